package io.govreport.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.govreport.stack.EmbeddedStackMain;
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
    private final Thread stopOnExit = new Thread(this::stop, "govreport-stop");
    private boolean stopped;

    private GovreportSystem(Path root, Path dataDir, Ports ports, ApiKeys apiKeys) {
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
            services.put(service, new ChildProcess(service.serviceName(),
                    List.of(java.toString(), "-jar", service.jar(root).toString()),
                    service.environment(ports, apiKeys.configured()), root, logs.resolve(service.serviceName() + ".log")));
        }
    }

    /**
     * Starts the stack and the four services and returns when every one is ready; on failure stops what it
     * started and throws a {@link StartupException} that names the part that failed and shows its log's end.
     *
     * @param root the project checkout, where each module's build output is
     */
    public static GovreportSystem start(Path root, Path dataDir, Ports ports) throws IOException, InterruptedException {
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
        GovreportSystem system = new GovreportSystem(absoluteRoot, absoluteData,
                ports, ApiKeys.resolve(System.getenv(), absoluteData));
        Runtime.getRuntime().addShutdownHook(system.stopOnExit);
        try {
            system.startStack();
            for (ChildProcess service : system.services.values()) {
                service.start();
            }
            for (Map.Entry<Service, ChildProcess> service : system.services.entrySet()) {
                system.awaitReady(service.getKey(), service.getValue());
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
        List<Thread> stopping = services.entrySet().stream()
                .filter(service -> service.getKey() != Service.GATEWAY)
                .map(service -> new Thread(service.getValue()::stop, "stop-" + service.getValue().name()))
                .toList();
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
        return STACK.equals(name) ? stack : services.get(Service.named(name));
    }
}
