package io.govreport.stack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

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
    /** The options {@link #fromArgs} reads, as a usage line shows them. */
    public static final String OPTIONS = "[--data DIR] [--kafka-port N] [--controller-port N] [--mongo-port N]";

    public static StackConfig defaults() {
        return new StackConfig(Path.of("data"), DEFAULT_KAFKA_PORT, DEFAULT_CONTROLLER_PORT, DEFAULT_MONGO_PORT);
    }

    /** Reads {@code --data DIR --kafka-port N --controller-port N --mongo-port N}; absent options keep their defaults. */
    public static StackConfig fromArgs(String... args) {
        StackConfig config = defaults();
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            BiFunction<StackConfig, String, StackConfig> set = switch (option) {
                case "--data" -> (c, value) -> new StackConfig(Path.of(value), c.kafkaPort, c.controllerPort, c.mongoPort);
                case "--kafka-port" -> (c, value) -> new StackConfig(c.dataDir, port(value), c.controllerPort, c.mongoPort);
                case "--controller-port" -> (c, value) -> new StackConfig(c.dataDir, c.kafkaPort, port(value), c.mongoPort);
                case "--mongo-port" -> (c, value) -> new StackConfig(c.dataDir, c.kafkaPort, c.controllerPort, port(value));
                default -> throw new IllegalArgumentException("unknown option " + option);
            };
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + option + " needs a value");
            }
            config = set.apply(config, args[i + 1]);
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

    /** The stack's ports by the part that binds each, as a message about a taken port names them. */
    public Map<String, Integer> namedPorts() {
        return namedPorts(kafkaPort, controllerPort, mongoPort);
    }

    public static Map<String, Integer> namedPorts(int kafkaPort, int controllerPort, int mongoPort) {
        Map<String, Integer> parts = new LinkedHashMap<>();
        parts.put("Kafka", kafkaPort);
        parts.put("the Kafka controller", controllerPort);
        parts.put("the MongoDB-wire store", mongoPort);
        return parts;
    }

    public String kafkaBootstrap() {
        return HOST + ":" + kafkaPort;
    }

    public String mongoUri() {
        return "mongodb://" + HOST + ":" + mongoPort;
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, as a number out of range is
        }
        throw new IllegalArgumentException("not a port: " + value);
    }
}
