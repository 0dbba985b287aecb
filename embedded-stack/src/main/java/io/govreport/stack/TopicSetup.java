package io.govreport.stack;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import io.govreport.model.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/** Creates govreport's topics with their partition counts; topics that exist already are left alone. */
final class TopicSetup {
    /** Partitions bound how many extract-service instances can share the raw stream. */
    static final Map<String, Integer> PARTITIONS = Map.of(
            Topics.RAW, 6,
            Topics.EXTRACTED, 3,
            Topics.DEAD_LETTER, 1);
    /**
     * Retention beyond the broker's default week: reports.raw keeps every report for good, compacted by report id
     * (re-extraction replays it), and dead letters stay until they are retried.
     */
    static final Map<String, Map<String, String>> RETENTION = Map.of(
            Topics.RAW, Map.of("cleanup.policy", "compact"),
            Topics.DEAD_LETTER, Map.of("retention.ms", "-1"));

    private TopicSetup() {
    }

    static void createTopics(String bootstrap) throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = PARTITIONS.entrySet().stream()
                    .filter(topic -> !existing.contains(topic.getKey()))
                    .map(topic -> new NewTopic(topic.getKey(), topic.getValue(), (short) 1).configs(configs(topic.getKey())))
                    .collect(Collectors.toList());
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        }
    }

    private static Map<String, String> configs(String topic) {
        Map<String, String> configs = new HashMap<>(RETENTION.getOrDefault(topic, Map.of()));
        configs.put("max.message.bytes", KafkaBroker.MAX_MESSAGE_BYTES);
        return configs;
    }
}
