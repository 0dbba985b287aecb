package io.govreport.launcher;

import io.govreport.stack.FreePorts;
import io.govreport.stack.StackConfig;

import java.util.LinkedHashMap;
import java.util.Map;

/** The loopback ports of one running system: four services and the embedded stack. */
public record Ports(int gateway, int ingest, int store, int extract, int kafka, int controller, int mongo) {

    /** The agreed defaults, the same as docker-compose's. */
    public static Ports defaults() {
        return new Ports(8080, 8081, 8082, 8083,
                StackConfig.DEFAULT_KAFKA_PORT, StackConfig.DEFAULT_CONTROLLER_PORT, StackConfig.DEFAULT_MONGO_PORT);
    }

    /** Fails at once, naming the first port something already listens on ({@link FreePorts#requireFree}). */
    public void requireFree() {
        Map<String, Integer> parts = new LinkedHashMap<>(StackConfig.namedPorts(kafka, controller, mongo));
        for (Service service : Service.values()) {
            parts.put(service.serviceName(), service.port(this));
        }
        FreePorts.requireFree(parts);
    }

    /** Ports nothing listens on, so a test system runs beside a developer's own. */
    public static Ports free() {
        return new Ports(FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(),
                FreePorts.next(), FreePorts.next(), FreePorts.next());
    }
}
