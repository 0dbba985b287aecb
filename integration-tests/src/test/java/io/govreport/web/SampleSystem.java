package io.govreport.web;

import io.govreport.launcher.GatewayClient;
import io.govreport.launcher.GovreportSystem;
import io.govreport.launcher.Ports;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole system on free ports with the five sample reports stored, started once for every test class that uses
 * this extension (kept in JUnit's root store, stopped when the run ends), so the API and browser tests share one start.
 */
public class SampleSystem implements BeforeAllCallback, ParameterResolver {
    private static final Duration STORED_WITHIN = Duration.ofMinutes(3);

    /** The running system, its gateway client, and each sample's report id by file name. */
    public record Running(GovreportSystem system, GatewayClient gateway, Map<String, String> idByFile, Path root, Path data)
            implements ExtensionContext.Store.CloseableResource {
        public String url(String path) {
            return system.gatewayUrl() + path;
        }

        @Override
        public void close() throws IOException {
            system.stop();
            try (Stream<Path> files = Files.walk(data)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        running(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Running.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return running(context);
    }

    private static Running running(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(SampleSystem.class))
                .getOrComputeIfAbsent(Running.class, key -> start(), Running.class);
    }

    private static Running start() {
        try {
            Path root = Path.of(System.getProperty("govreport.root"));
            Path data = Files.createTempDirectory("govreport-web-");
            GovreportSystem system = GovreportSystem.start(root, data, Ports.free());
            GatewayClient gateway = system.gateway();
            Map<String, String> ids = new LinkedHashMap<>();
            try (Stream<Path> files = Files.list(root.resolve("samples"))) {
                for (Path sample : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    ids.put(sample.getFileName().toString(), gateway.submit(Files.readString(sample, StandardCharsets.UTF_8)));
                }
            }
            gateway.awaitStored(ids.values(), STORED_WITHIN);
            return new Running(system, gateway, Map.copyOf(ids), root, data);
        } catch (IOException e) {
            throw new IllegalStateException("the system did not start with the samples: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the system", e);
        }
    }
}
