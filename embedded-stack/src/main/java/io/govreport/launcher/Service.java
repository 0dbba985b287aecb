package io.govreport.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/** The four Quarkus services: where each one's runnable jar is, how its JVM starts and which port it serves on. */
enum Service {
    // The two that pass reports along do little work per report: at 20 reports/s, minutes into a run, their JIT's
    // optimizing compiler still took about 40 % of their CPU, on the cores the others need. C1 alone (BENCHMARKS.md).
    INGEST("ingest-service", Ports::ingest, Service.QUICK_COMPILE_ONLY),
    EXTRACT("extract-service", Ports::extract),
    // Its kept answers (up to a few hundred MB) outgrow the default initial heap (1/64 of the memory), and its classes
    // the default first metaspace bound: G1 then ran marking cycles (heap occupancy; "Metadata GC Threshold") and the
    // mixed collections after them copied those answers, 27-130 ms pauses while queries were answered.
    STORE("store-service", Ports::store, "-Xms1g", "-XX:MetaspaceSize=128m"),
    GATEWAY("api-gateway", Ports::gateway, Service.QUICK_COMPILE_ONLY);

    private static final String QUICK_COMPILE_ONLY = "-XX:TieredStopAtLevel=1";

    private final String module;
    private final ToIntFunction<Ports> port;
    private final List<String> jvmOptions;

    Service(String module, ToIntFunction<Ports> port, String... jvmOptions) {
        this.module = module;
        this.port = port;
        this.jvmOptions = List.of(jvmOptions);
    }

    /** The name logs, errors and {@link GovreportSystem#kill9(String)} use: the module's name. */
    String serviceName() {
        return module;
    }

    int port(Ports ports) {
        return port.applyAsInt(ports);
    }

    Path jar(Path root) {
        return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The command that runs the service's jar on {@code java}. */
    List<String> command(Path java, Path root) {
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar(root).toString()));
        return command;
    }

    /** The agreed configuration variables (common.md), pointing the service at this system's stack and peers. */
    Map<String, String> environment(Ports ports, String apiKeys) {
        String loopback = "http://127.0.0.1:";
        Map<String, String> common = Map.of(
                "QUARKUS_HTTP_HOST", "127.0.0.1",
                "QUARKUS_HTTP_PORT", Integer.toString(port(ports)),
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + ports.kafka(),
                "QUARKUS_MONGODB_CONNECTION_STRING", "mongodb://127.0.0.1:" + ports.mongo(),
                "QUARKUS_MONGODB_DATABASE", "govreport");
        if (this != GATEWAY) {
            return common;
        }
        Map<String, String> gateway = new java.util.HashMap<>(common);
        gateway.put("QUARKUS_REST_CLIENT_INGEST_URL", loopback + ports.ingest());
        gateway.put("QUARKUS_REST_CLIENT_STORE_URL", loopback + ports.store());
        gateway.put("QUARKUS_REST_CLIENT_EXTRACT_URL", loopback + ports.extract());
        gateway.put("GOVREPORT_API_KEYS", apiKeys);
        return gateway;
    }

    static Service named(String name) {
        for (Service service : values()) {
            if (service.module.equals(name)) {
                return service;
            }
        }
        throw new IllegalArgumentException("no service named " + name);
    }
}
