package io.govreport.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class StackConfigTest {
    @Test
    void optionsOverrideTheDefaultsAndRoundTripThroughArgs() {
        StackConfig config = StackConfig.fromArgs("--data", "/tmp/d", "--kafka-port", "19092", "--mongo-port", "37017");
        assertEquals(new StackConfig(Path.of("/tmp/d"), 19092, StackConfig.DEFAULT_CONTROLLER_PORT, 37017), config);
        assertEquals(config, StackConfig.fromArgs(config.toArgs()));
        assertEquals("127.0.0.1:19092", config.kafkaBootstrap());
        assertEquals("mongodb://127.0.0.1:37017", config.mongoUri());
    }

    @Test
    void rejectsUnknownOptionsMissingValuesAndBadPorts() {
        assertEquals("unknown option --kafka", rejection("--kafka", "1"));
        assertEquals("unknown option --bogus", rejection("--bogus"), "an unknown option is unknown, with a value or not");
        assertEquals("option --data needs a value", rejection("--data"));
        assertEquals("not a port: 70000", rejection("--mongo-port", "70000"));
        assertEquals("not a port: abc", rejection("--kafka-port", "abc"));
    }

    @Test
    void aTakenStackPortIsNamedBeforeAnythingStarts() throws Exception {
        StackConfig config = new StackConfig(Path.of("unused"), FreePorts.next(), FreePorts.next(), FreePorts.next());
        FreePorts.requireFree(config.namedPorts());
        try (ServerSocket other = new ServerSocket(config.mongoPort(), 1, InetAddress.getByName(StackConfig.HOST))) {
            String message = assertThrows(IllegalStateException.class, () -> FreePorts.requireFree(config.namedPorts())).getMessage();
            assertTrue(message.startsWith("port " + config.mongoPort() + " (the MongoDB-wire store) "), message);
        }
    }

    private static String rejection(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> StackConfig.fromArgs(args)).getMessage();
    }
}
