package io.govreport.bench.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
import org.apache.kafka.common.TopicPartition;

/**
 * What the benchmarks watch in a running system, without adding load to the path they measure: how many extracted
 * documents are on {@code reports.extracted} (its end offsets), how many reports the store has written (its
 * {@code govreport_reports_stored_total} counter), and which extract-service member holds which raw partition.
 */
final class Pipeline implements AutoCloseable {
    static final String EXTRACT_GROUP = "extract-service";
    private static final String EXTRACTED = "reports.extracted";
    private static final int EXTRACTED_PARTITIONS = 3;
    private static final String STORED_COUNTER = "govreport_reports_stored_total";

    private final Admin admin;
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI storeMetrics;

    Pipeline(int kafkaPort, int storePort) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + kafkaPort));
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
