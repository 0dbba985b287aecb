package io.govreport.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.govreport.stack.EmbeddedStackMain;
import io.govreport.stack.FreePorts;
import io.govreport.stack.StackConfig;

/**
 * The whole system as child processes: the embedded stack, then the four services, each logging to
 * {@code <data>/logs/<name>.log}. {@code ./govreport up} runs it; the system tests start it on free ports and use
 * {@link #kill9(String)} and {@link #restart(String)} to break it on purpose.
 */
public final class GovreportSystem implements AutoCloseable {
    /** The name of the embedded stack's process, beside the services' module names. */
    public static final String STACK = "stack";
    static final String STACK_JAR = "embedded-stack/target/embedded-stack-0.1.0-SNAPSHOT.jar";
    static final String STACK_LIB = "embedded-stack/target/lib";
    private static final Duration STACK_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(180);

    private final Ports ports;
    private final ApiKeys apiKeys;
    private final ChildProcess stack;
    private final Map<Service, ChildProcess> services = new EnumMap<>(Service.class);
    /** Extract-service instances beyond the first (same consumer group), by name, with the HTTP port each serves on. */
    private final Map<ChildProcess, Integer> extraExtracts = new LinkedHashMap<>();
    private final Thread stopOnExit = new Thread(this::stop, "govreport-stop");
    private boolean stopped;

    /**
     * How to run the system beyond its ports: how many extract-service instances (one consumer group, so the
     * partitions of reports.raw spread over them), and environment variables given to every service on top of the
     * agreed ones (e.g. a benchmark's higher rate limit).
     */
    public record Options(int extractInstances, Map<String, String> environment) {
        public Options {
            if (extractInstances < 1) {
                throw new IllegalArgumentException("at least one extract-service instance, not " + extractInstances);
            }
            environment = Map.copyOf(environment);
        }

        public static Options defaults() {
            return new Options(1, Map.of());
        }
    }

    private GovreportSystem(Path root, Path dataDir, Ports ports, ApiKeys apiKeys, Options options) {
        this.ports = ports;
        this.apiKeys = apiKeys;
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path logs = dataDir.resolve("logs");
        StackConfig stackConfig = new StackConfig(dataDir, ports.kafka(), ports.controller(), ports.mongo());
        List<String> stackCommand = new ArrayList<>(List.of(java.toString(), "-cp",
                root.resolve(STACK_JAR) + ":" + root.resolve(STACK_LIB) + "/*", EmbeddedStackMain.class.getName()));
        stackCommand.addAll(List.of(stackConfig.toArgs()));
        this.stack = new ChildProcess(STACK, stackCommand, Map.of(), root, logs.resolve(STACK + ".log"));
        for (Service service : Service.values()) {
            Map<String, String> environment = new HashMap<>(options.environment());
            environment.putAll(service.environment(ports, apiKeys.configured()));
            services.put(service, new ChildProcess(service.serviceName(), service.command(java, root),
                    environment, root, logs.resolve(service.serviceName() + ".log")));
        }
        for (int instance = 2; instance <= options.extractInstances(); instance++) {
            String name = Service.EXTRACT.serviceName() + "-" + instance;
            int port = FreePorts.next();
            Map<String, String> environment = new HashMap<>(options.environment());
            environment.putAll(Service.EXTRACT.environment(ports, apiKeys.configured()));
            environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            extraExtracts.put(new ChildProcess(name, Service.EXTRACT.command(java, root),
                    environment, root, logs.resolve(name + ".log")), port);
        }
    }

    /**
     * Starts the stack and the four services and returns when every one is ready; on failure stops what it
     * started and throws a {@link StartupException} that names the part that failed and shows its log's end.
     *
     * @param root the project checkout, where each module's build output is
     */
    public static GovreportSystem start(Path root, Path dataDir, Ports ports) throws IOException, InterruptedException {
        return start(root, dataDir, ports, Options.defaults());
    }

    /** As {@link #start(Path, Path, Ports)}, with more extract-service instances or extra environment. */
    public static GovreportSystem start(Path root, Path dataDir, Ports ports, Options options)
            throws IOException, InterruptedException {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        Path absoluteData = dataDir.toAbsolutePath().normalize();
        List<Path> missing = new ArrayList<>();
        for (Path jar : requiredJars(absoluteRoot)) {
            if (!Files.exists(jar)) {
                missing.add(jar);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("not built yet (run mvn -B -DskipTests install): " + missing);
        }
        ports.requireFree();
        GovreportSystem system = new GovreportSystem(absoluteRoot, absoluteData,
                ports, ApiKeys.resolve(System.getenv(), absoluteData), options);
        Runtime.getRuntime().addShutdownHook(system.stopOnExit);
        try {
            system.startStack();
            for (ChildProcess service : system.services.values()) {
                service.start();
            }
            for (ChildProcess extract : system.extraExtracts.keySet()) {
                extract.start();
            }
            for (Map.Entry<Service, ChildProcess> service : system.services.entrySet()) {
                system.awaitReady(service.getKey(), service.getValue());
            }
            for (Map.Entry<ChildProcess, Integer> extract : system.extraExtracts.entrySet()) {
                ReadinessCheck.await(extract.getKey(), SERVICE_TIMEOUT, ReadinessCheck.healthReady(extract.getValue()));
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            system.stop();
            throw e;
        }
        return system;
    }

    /** The runnable jars a start needs, for the launcher's and the script's "is it built?" check. */
    public static List<Path> requiredJars(Path root) {
        List<Path> jars = new ArrayList<>(List.of(root.resolve(STACK_JAR)));
        for (Service service : Service.values()) {
            jars.add(service.jar(root));
        }
        return jars;
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + ports.gateway();
    }

    public String apiKey() {
        return apiKeys.clientKey();
    }

    ApiKeys apiKeys() {
        return apiKeys;
    }

    public GatewayClient gateway() {
        return new GatewayClient(gatewayUrl(), apiKey());
    }

    public Ports ports() {
        return ports;
    }

    /**
     * The process id of every running part, by name: {@value #STACK}, each service's module name, and
     * {@code extract-service-2}... for the extra extract instances (for a benchmark's reading of /proc).
     */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        pids.put(STACK, stack.pid());
        services.values().forEach(service -> pids.put(service.name(), service.pid()));
        extraExtracts.keySet().forEach(extract -> pids.put(extract.name(), extract.pid()));
        return pids;
    }

    /** Kills a process with SIGKILL, as a crash would: {@value #STACK} or a service's module name. */
    public void kill9(String name) throws InterruptedException {
        child(name).kill9();
    }

    /** Stops a process if it still runs (SIGTERM), starts it again on the same ports and data, and waits until it is ready. */
    public void restart(String name) throws IOException, InterruptedException {
        ChildProcess child = child(name);
        child.stop();
        if (child == stack) {
            startStack();
        } else if (extraExtracts.containsKey(child)) {
            child.start();
            ReadinessCheck.await(child, SERVICE_TIMEOUT, ReadinessCheck.healthReady(extraExtracts.get(child)));
        } else {
            Service service = Service.named(name);
            child.start();
            awaitReady(service, child);
        }
    }

    /**
     * Stops the gateway first, so no new work comes in, then the other services together (each drains its
     * consumers), then the stack. Safe to call twice.
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        services.get(Service.GATEWAY).stop();
        List<ChildProcess> others = new ArrayList<>(extraExtracts.keySet());
        services.forEach((service, child) -> {
            if (service != Service.GATEWAY) {
                others.add(child);
            }
        });
        List<Thread> stopping = others.stream().map(child -> new Thread(child::stop, "stop-" + child.name())).toList();
        stopping.forEach(Thread::start);
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stack.stop();
        if (Thread.currentThread() != stopOnExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway and finds everything stopped
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void startStack() throws IOException, InterruptedException {
        long logStart = Files.exists(stack.log()) ? Files.size(stack.log()) : 0;
        stack.start();
        ReadinessCheck.await(stack, STACK_TIMEOUT, () -> stack.logHasLineStartingWith(EmbeddedStackMain.READY, logStart));
    }

    private void awaitReady(Service service, ChildProcess child) throws InterruptedException {
        ReadinessCheck.await(child, SERVICE_TIMEOUT, ReadinessCheck.healthReady(service.port(ports)));
    }

    private ChildProcess child(String name) {
        if (STACK.equals(name)) {
            return stack;
        }
        for (ChildProcess extract : extraExtracts.keySet()) {
            if (extract.name().equals(name)) {
                return extract;
            }
        }
        return services.get(Service.named(name));
    }
}
