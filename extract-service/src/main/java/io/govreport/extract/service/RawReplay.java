package io.govreport.extract.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.govreport.model.DeadLetter;
import io.govreport.model.RawReport;
import io.govreport.model.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * One pass over a topic that holds raw reports, publishing each report to {@code reports.raw} again for the
 * extract-service consumers to extract: the dead letters after a fix, or every report ever received when the
 * extractor has changed (re-extraction).
 *
 * <p>The pass stops at the end offsets it saw when it started, so what it publishes itself (or a report that fails
 * again) lands behind that mark and is not read again. A report met twice in one pass (submitted twice) goes once.
 */
public final class RawReplay {
    private static final Duration POLL = Duration.ofMillis(500);

    /** Where a pass reads, and how it finds the raw report in a record's value. */
    public enum From {
        /**
         * The dead letters not retried before: progress is committed under the consumer's group, so each dead letter
         * is retried by one pass only.
         */
        DEAD_LETTERS(Topics.DEAD_LETTER, true) {
            @Override
            RawReport report(ObjectMapper json, String value) throws JsonProcessingException {
                return json.readValue(value, DeadLetter.class).report();
            }
        },
        /**
         * Every report received: {@code reports.raw} from its beginning (the topic is compacted by report id, so it
         * keeps each report's latest record for good). Nothing is committed: each re-extraction reads it all.
         */
        RAW(Topics.RAW, false) {
            @Override
            RawReport report(ObjectMapper json, String value) throws JsonProcessingException {
                return json.readValue(value, RawReport.class);
            }
        };

        private final String topic;
        private final boolean resumes;

        From(String topic, boolean resumes) {
            this.topic = topic;
            this.resumes = resumes;
        }

        abstract RawReport report(ObjectMapper json, String value) throws JsonProcessingException;
    }

    private final Consumer<String, String> consumer;
    private final Producer<String, String> producer;
    private final ObjectMapper json;
    private final From from;

    public RawReplay(Consumer<String, String> consumer, Producer<String, String> producer, ObjectMapper json, From from) {
        this.consumer = consumer;
        this.producer = producer;
        this.json = json;
        this.from = from;
    }

    /**
     * @param republished reports published to reports.raw again
     * @param unreadable  records without a readable report, which only a new submission can fix
     */
    public record Result(int republished, int unreadable) {
    }

    public Result run() {
        List<TopicPartition> partitions = consumer.partitionsFor(from.topic).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        consumer.assign(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        Map<TopicPartition, OffsetAndMetadata> committed = from.resumes ? consumer.committed(Set.copyOf(partitions)) : Map.of();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata done = committed.get(partition);
            if (done == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, done.offset());
            }
        }
        Set<String> sent = new HashSet<>();
        List<Future<RecordMetadata>> sending = new ArrayList<>();
        int unreadable = 0;
        Map<TopicPartition, OffsetAndMetadata> progress = new HashMap<>();
        while (!caughtUp(partitions, end)) {
            for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (record.offset() >= end.get(partition)) {
                    continue;
                }
                RawReport report = read(record.value());
                if (report == null || report.id() == null) {
                    unreadable++;
                } else if (sent.add(report.id())) {
                    sending.add(producer.send(new ProducerRecord<>(Topics.RAW, report.id(), write(report))));
                }
                progress.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        awaitSent(sending);
        // Every republished report is on the broker now, so committing the progress loses nothing.
        if (from.resumes && !progress.isEmpty()) {
            consumer.commitSync(progress);
        }
        return new Result(sending.size(), unreadable);
    }

    private boolean caughtUp(List<TopicPartition> partitions, Map<TopicPartition, Long> end) {
        for (TopicPartition partition : partitions) {
            if (consumer.position(partition) < end.get(partition)) {
                return false;
            }
        }
        return true;
    }

    private RawReport read(String value) {
        try {
            return value == null ? null : from.report(json, value);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private String write(RawReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a RawReport always serializes", e);
        }
    }

    /** Sends go out together (a re-extraction publishes every report); the pass ends only when the broker has them all. */
    private void awaitSent(List<Future<RecordMetadata>> sending) {
        producer.flush();
        try {
            for (Future<RecordMetadata> send : sending) {
                send.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while republishing reports", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not republish a report: " + e.getCause().getMessage(), e);
        }
    }
}
