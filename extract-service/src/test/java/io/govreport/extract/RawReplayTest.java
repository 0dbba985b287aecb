package io.govreport.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.govreport.extract.service.RawReplay;
import io.govreport.model.DeadLetter;
import io.govreport.model.RawReport;
import io.govreport.model.ReportIds;
import io.govreport.model.Source;
import io.govreport.model.Topics;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/** Runs against Kafka's mock clients; a Quarkus test only so that it shares the application's class loader and ObjectMapper. */
@QuarkusTest
class RawReplayTest {
    private static final TopicPartition DLQ = new TopicPartition(Topics.DEAD_LETTER, 0);
    private static final TopicPartition RAW = new TopicPartition(Topics.RAW, 0);
    @Inject
    ObjectMapper json;
    private final MockConsumer<String, String> consumer = new MockConsumer<>("earliest");
    private final MockProducer<String, String> producer =
            new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());

    @Test
    void republishesEachRetriableDeadLetterOnceAndStopsAtTheEndItSawFirst() throws Exception {
        holding(DLQ, 3);
        RawReport first = report("2018年政府工作报告 一");
        consumer.schedulePollTask(() -> {
            consumer.addRecord(record(0, first.id(), letter(first)));
            consumer.addRecord(record(1, "unreadable", letter(null)));
            consumer.addRecord(record(2, "garbage", "{not json"));
            // arrives after the pass started: left for the next pass
            consumer.addRecord(record(3, "late", letter(report("later"))));
        });

        RawReplay.Result result = new RawReplay(consumer, producer, json, RawReplay.From.DEAD_LETTERS).run();

        assertThat(result, is(new RawReplay.Result(1, 2)));
        assertThat(producer.history(), hasSize(1));
        ProducerRecord<String, String> sent = producer.history().get(0);
        assertThat(sent.topic(), is(Topics.RAW));
        assertThat(sent.key(), is(first.id()));
        assertThat(json.readValue(sent.value(), RawReport.class), is(first));
        assertThat(consumer.committed(Set.of(DLQ)).get(DLQ).offset(), is(3L));

        RawReport second = report("2019年政府工作报告 二");
        consumer.updateEndOffsets(Map.of(DLQ, 5L));
        consumer.schedulePollTask(() -> {
            // a real broker serves the partition again from the committed offset; the mock has to be told to
            consumer.addRecord(record(3, "late", letter(report("later"))));
            consumer.addRecord(record(4, second.id(), letter(second)));
        });
        RawReplay.Result next = new RawReplay(consumer, producer, json, RawReplay.From.DEAD_LETTERS).run();

        assertThat(next, is(new RawReplay.Result(2, 0)));
        assertThat(producer.history().stream().map(ProducerRecord::key).toList(),
                contains(first.id(), ReportIds.of("later"), second.id()));
    }

    @Test
    void reextractionRepublishesEveryReportOnceFromTheBeginningAndCommitsNothing() throws Exception {
        holding(RAW, 4);
        RawReport first = report("2018年政府工作报告 一");
        RawReport second = report("2019年政府工作报告 二");
        consumer.schedulePollTask(() -> {
            consumer.addRecord(record(RAW, 0, first.id(), json(first)));
            consumer.addRecord(record(RAW, 1, second.id(), json(second)));
            // the same report submitted again: extracted once
            consumer.addRecord(record(RAW, 2, first.id(), json(first)));
            consumer.addRecord(record(RAW, 3, "poison", "{not json"));
        });

        RawReplay.Result result = new RawReplay(consumer, producer, json, RawReplay.From.RAW).run();

        assertThat(result, is(new RawReplay.Result(2, 1)));
        assertThat(producer.history().stream().map(ProducerRecord::key).toList(), contains(first.id(), second.id()));
        assertThat(producer.history().stream().map(ProducerRecord::topic).distinct().toList(), contains(Topics.RAW));
        assertThat(consumer.committed(Set.of(RAW)).get(RAW), is(nullValue()));
    }

    /** The partition is the topic's only one and holds offsets 0 to end - 1. */
    private void holding(TopicPartition partition, long end) {
        consumer.updatePartitions(partition.topic(), List.of(new PartitionInfo(partition.topic(), 0, null, null, null)));
        consumer.updateBeginningOffsets(Map.of(partition, 0L));
        consumer.updateEndOffsets(Map.of(partition, end));
    }

    private String json(RawReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RawReport report(String text) {
        return new RawReport(ReportIds.of(text), new Source("r.txt", "text/plain", "UTF-8"), text,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    private String letter(RawReport report) {
        try {
            return json.writeValueAsString(new DeadLetter(report == null ? "unreadable" : report.id(),
                    null, "the extractor failed", "0.1.0", Instant.parse("2026-01-02T00:00:00Z"), report));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConsumerRecord<String, String> record(long offset, String key, String value) {
        return record(DLQ, offset, key, value);
    }

    private static ConsumerRecord<String, String> record(TopicPartition partition, long offset, String key, String value) {
        return new ConsumerRecord<>(partition.topic(), partition.partition(), offset, key, value);
    }
}
