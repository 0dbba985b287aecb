package io.govreport.stack;

import java.nio.file.Path;

/**
 * Where the embedded stack keeps its data and which loopback ports it serves on.
 *
 * @param dataDir        holds {@code kafka/} (the broker's log dir) and {@code mongo.mv} (the document store)
 * @param kafkaPort      the broker's client listener
 * @param controllerPort the KRaft controller listener
 * @param mongoPort      the MongoDB wire protocol listener
 */
public record StackConfig(Path dataDir, int kafkaPort, int controllerPort, int mongoPort) {
    public static final String HOST = "127.0.0.1";
    public static final int DEFAULT_KAFKA_PORT = 9092;
    public static final int DEFAULT_CONTROLLER_PORT = 9093;
    public static final int DEFAULT_MONGO_PORT = 27017;

    public static StackConfig defaults() {
        return new StackConfig(Path.of("data"), DEFAULT_KAFKA_PORT, DEFAULT_CONTROLLER_PORT, DEFAULT_MONGO_PORT);
    }

    /** Reads {@code --data DIR --kafka-port N --controller-port N --mongo-port N}; absent options keep their defaults. */
    public static StackConfig fromArgs(String... args) {
        StackConfig config = defaults();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + args[i] + " needs a value");
            }
            String value = args[i + 1];
            config = switch (args[i]) {
                case "--data" -> new StackConfig(Path.of(value), config.kafkaPort, config.controllerPort, config.mongoPort);
                case "--kafka-port" -> new StackConfig(config.dataDir, port(value), config.controllerPort, config.mongoPort);
                case "--controller-port" -> new StackConfig(config.dataDir, config.kafkaPort, port(value), config.mongoPort);
                case "--mongo-port" -> new StackConfig(config.dataDir, config.kafkaPort, config.controllerPort, port(value));
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --data DIR, --kafka-port N, --controller-port N, --mongo-port N)");
            };
        }
        return config;
    }

    /** The same settings as command-line options, for starting the stack in a child process. */
    public String[] toArgs() {
        return new String[] {
            "--data", dataDir.toString(),
            "--kafka-port", Integer.toString(kafkaPort),
            "--controller-port", Integer.toString(controllerPort),
            "--mongo-port", Integer.toString(mongoPort)};
    }

    public String kafkaBootstrap() {
        return HOST + ":" + kafkaPort;
    }

    public String mongoUri() {
        return "mongodb://" + HOST + ":" + mongoPort;
    }

    private static int port(String value) {
        int port = Integer.parseInt(value);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("not a port: " + value);
        }
        return port;
    }
}
