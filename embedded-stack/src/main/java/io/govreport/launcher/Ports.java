package io.govreport.launcher;

import io.govreport.stack.FreePorts;
import io.govreport.stack.StackConfig;

/** The loopback ports of one running system: four services and the embedded stack. */
public record Ports(int gateway, int ingest, int store, int extract, int kafka, int controller, int mongo) {

    /** The agreed defaults, the same as docker-compose's. */
    public static Ports defaults() {
        return new Ports(8080, 8081, 8082, 8083,
                StackConfig.DEFAULT_KAFKA_PORT, StackConfig.DEFAULT_CONTROLLER_PORT, StackConfig.DEFAULT_MONGO_PORT);
    }

    /** Ports nothing listens on, so a test system runs beside a developer's own. */
    public static Ports free() {
        return new Ports(FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(),
                FreePorts.next(), FreePorts.next(), FreePorts.next());
    }
}
