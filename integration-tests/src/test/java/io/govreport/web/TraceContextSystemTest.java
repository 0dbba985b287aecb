package io.govreport.web;

import io.govreport.model.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A report's trace goes with it across the Kafka hops: the W3C {@code traceparent} that ingest-service puts on the raw
 * record is the parent of the one extract-service puts on the extracted record (same trace id), so a trace
 * back end, once configured, shows one trace from the gateway to the store.
 */
@ExtendWith(SampleSystem.class)
class TraceContextSystemTest {

    @Test
    void eachSampleKeepsOneTraceFromRawToExtracted(SampleSystem.Running running) {
        String bootstrap = "127.0.0.1:" + running.system().ports().kafka();
        Map<String, String> rawTrace = traceIdsByKey(bootstrap, Topics.RAW);
        Map<String, String> extractedTrace = traceIdsByKey(bootstrap, Topics.EXTRACTED);

        for (String id : running.idByFile().values()) {
            String raw = rawTrace.get(id);
            assertNotNull(raw, "no traceparent on the raw record of " + id);
            assertTrue(raw.matches("[0-9a-f]{32}") && !raw.equals("0".repeat(32)), "a valid trace id: " + raw);
            assertEquals(raw, extractedTrace.get(id), "the extracted record of " + id + " continues its raw record's trace");
        }
    }

    /** Every record of the topic, from the start: its key and the trace id of its traceparent header. */
    private static Map<String, String> traceIdsByKey(String bootstrap, String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        Map<String, String> traceIds = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Header traceparent = record.headers().lastHeader("traceparent");
                    if (traceparent != null) {
                        // version-traceid-spanid-flags
                        traceIds.put(record.key(), new String(traceparent.value(), StandardCharsets.US_ASCII).split("-")[1]);
                    }
                }
            }
        }
        return traceIds;
    }
}
