package io.govreport.stack;

/**
 * The development stack: a KRaft Kafka broker with govreport's topics and a file-backed MongoDB-wire store,
 * both on loopback. Usable in-process (tests) or through {@link EmbeddedStackMain} (its own JVM).
 */
public final class EmbeddedStack implements AutoCloseable {
    private final StackConfig config;
    private final KafkaBroker kafka;
    private final MongoStore mongo;

    private EmbeddedStack(StackConfig config, KafkaBroker kafka, MongoStore mongo) {
        this.config = config;
        this.kafka = kafka;
        this.mongo = mongo;
    }

    /** Starts both servers and creates the topics; returns once both accept clients. */
    public static EmbeddedStack start(StackConfig config) throws Exception {
        MongoStore mongo = MongoStore.start(config.dataDir().resolve("mongo.mv"), config.mongoPort());
        KafkaBroker kafka;
        try {
            kafka = KafkaBroker.start(config.dataDir().resolve("kafka"), config.kafkaPort(), config.controllerPort());
        } catch (Exception | Error e) {
            mongo.close();
            throw e;
        }
        EmbeddedStack stack = new EmbeddedStack(config, kafka, mongo);
        try {
            TopicSetup.createTopics(config.kafkaBootstrap());
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    public String kafkaBootstrap() {
        return config.kafkaBootstrap();
    }

    public String mongoUri() {
        return config.mongoUri();
    }

    /** Stops the broker first (it flushes its logs), then the store (it writes its file). */
    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            mongo.close();
        }
    }
}
