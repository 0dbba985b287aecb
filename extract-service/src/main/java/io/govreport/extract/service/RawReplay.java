package io.govreport.extract.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.govreport.model.DeadLetter;
import io.govreport.model.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * One pass over the dead-letter topic: every dead letter that still holds its raw report is published to
 * {@code reports.raw} again, for the (fixed) extractor to try once more.
 *
 * <p>The pass stops at the end offsets it saw when it started, so a report that fails again lands behind that mark
 * and waits for the next pass instead of going round in a loop. Its progress is committed under its own consumer
 * group, so each dead letter is retried by one pass only.
 */
public final class DeadLetterReplay {
    private static final Duration POLL = Duration.ofMillis(500);

    private final Consumer<String, String> consumer;
    private final Producer<String, String> producer;
    private final ObjectMapper json;

    public DeadLetterReplay(Consumer<String, String> consumer, Producer<String, String> producer, ObjectMapper json) {
        this.consumer = consumer;
        this.producer = producer;
        this.json = json;
    }

    /**
     * @param retried reports published to reports.raw again
     * @param skipped dead letters without a readable report, which only a new submission can fix
     */
    public record Result(int retried, int skipped) {
    }

    public Result run() {
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.DEAD_LETTER).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        consumer.assign(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata done = committed.get(partition);
            if (done == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, done.offset());
            }
        }
        int retried = 0;
        int skipped = 0;
        Map<TopicPartition, OffsetAndMetadata> progress = new HashMap<>();
        while (!caughtUp(partitions, end)) {
            for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (record.offset() >= end.get(partition)) {
                    continue;
                }
                DeadLetter letter = read(record.value());
                if (letter == null || letter.report() == null) {
                    skipped++;
                } else {
                    republish(letter);
                    retried++;
                }
                progress.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        // Every republished report is on the broker (republish waits), so committing now loses nothing.
        if (!progress.isEmpty()) {
            consumer.commitSync(progress);
        }
        return new Result(retried, skipped);
    }

    private boolean caughtUp(List<TopicPartition> partitions, Map<TopicPartition, Long> end) {
        for (TopicPartition partition : partitions) {
            if (consumer.position(partition) < end.get(partition)) {
                return false;
            }
        }
        return true;
    }

    private DeadLetter read(String value) {
        try {
            return value == null ? null : json.readValue(value, DeadLetter.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private void republish(DeadLetter letter) {
        try {
            String raw = json.writeValueAsString(letter.report());
            producer.send(new ProducerRecord<>(Topics.RAW, letter.report().id(), raw)).get();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a RawReport always serializes", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while republishing " + letter.id(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not republish " + letter.id() + ": " + e.getCause().getMessage(), e);
        }
    }
}
