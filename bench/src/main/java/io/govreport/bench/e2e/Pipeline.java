package io.govreport.bench.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What the benchmarks watch in a running system, without adding load to the path they measure: how many extracted
 * documents are on {@code reports.extracted} (its end offsets), how many reports the store has written (its
 * {@code govreport_reports_stored_total} counter), and which extract-service member holds which raw partition.
 */
final class Pipeline implements AutoCloseable {
    static final String EXTRACT_GROUP = "extract-service";
    static final String RAW = "reports.raw";
    static final String EXTRACTED = "reports.extracted";
    private static final int RAW_PARTITIONS = 6;
    private static final int EXTRACTED_PARTITIONS = 3;
    private static final String STORED_COUNTER = "govreport_reports_stored_total";

    private final String bootstrap;
    private final Admin admin;
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI storeMetrics;

    Pipeline(int kafkaPort, int storePort) {
        this.bootstrap = "127.0.0.1:" + kafkaPort;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        this.storeMetrics = URI.create("http://127.0.0.1:" + storePort + "/q/metrics");
    }

    /** Records on reports.extracted: every extracted document the extract-service instances have published. */
    long extracted() throws InterruptedException {
        Map<TopicPartition, OffsetSpec> latest = IntStream.range(0, EXTRACTED_PARTITIONS).boxed()
                .collect(Collectors.toMap(p -> new TopicPartition(EXTRACTED, p), p -> OffsetSpec.latest()));
        try {
            return admin.listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the end offsets of " + EXTRACTED, e.getCause());
        }
    }

    /**
     * The timestamp of every record on a topic (its producer's send time: the topics keep CreateTime), by key (the report id), read after a
     * run from the start of each partition: where a report's time went between the hops, at no cost during the run.
     */
    Map<String, Long> appendTimes(String topic) {
        int partitions = RAW.equals(topic) ? RAW_PARTITIONS : EXTRACTED_PARTITIONS;
        List<TopicPartition> all = IntStream.range(0, partitions).mapToObj(p -> new TopicPartition(topic, p)).toList();
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        Map<String, Long> times = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(all);
            consumer.seekToBeginning(all);
            Map<TopicPartition, Long> end = consumer.endOffsets(all);
            while (all.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    times.put(record.key(), record.timestamp());
                }
            }
        }
        return times;
    }

    /** Reports the store has written since it started (duplicates not counted). */
    long stored() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(storeMetrics).timeout(Duration.ofSeconds(30)).GET().build();
        String metrics = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        return metrics.lines().filter(line -> line.startsWith(STORED_COUNTER))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** Each member of the extract-service consumer group (member id) with the raw partitions it holds. */
    Map<String, List<Integer>> assignment() throws InterruptedException {
        try {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(EXTRACT_GROUP))
                    .describedGroups().get(EXTRACT_GROUP).get();
            Map<String, List<Integer>> members = new TreeMap<>();
            for (MemberDescription member : group.members()) {
                members.put(member.consumerId(), member.assignment().topicPartitions().stream()
                        .map(TopicPartition::partition).sorted().toList());
            }
            return members;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot describe the consumer group " + EXTRACT_GROUP, e.getCause());
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
