package io.govreport.extract.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.HashMap;
import java.util.Map;

/** Runs {@link RawReplay} passes on demand, one at a time, each with its own short-lived Kafka clients. */
@ApplicationScoped
public class Replays {
    static final String DEAD_LETTER_GROUP = "extract-service-dlq-retry";

    private final Map<String, Object> kafka;
    private final ObjectMapper json;

    public Replays(@Identifier("default-kafka-broker") Map<String, Object> kafka, ObjectMapper json) {
        this.kafka = kafka;
        this.json = json;
    }

    /** Sends every dead letter not retried before back to reports.raw, for a fixed extractor to try again. */
    public RawReplay.Result retryDeadLetters() {
        return run(RawReplay.From.DEAD_LETTERS);
    }

    /**
     * Sends every report received back to reports.raw, so the extractor running now extracts each one again; the
     * store replaces a report's document and indicator rows in one flip once the new version arrives.
     */
    public RawReplay.Result reextractAll() {
        return run(RawReplay.From.RAW);
    }

    private synchronized RawReplay.Result run(RawReplay.From from) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(from), new StringDeserializer(), new StringDeserializer());
             KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new StringSerializer())) {
            return new RawReplay(consumer, producer, json, from).run();
        }
    }

    private Map<String, Object> consumerConfig(RawReplay.From from) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG));
        if (from == RawReplay.From.DEAD_LETTERS) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, DEAD_LETTER_GROUP);
        }
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        return config;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        return config;
    }
}
