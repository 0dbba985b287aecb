package io.govreport.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.govreport.launcher.GovreportSystem;
import io.govreport.launcher.Ports;
import io.govreport.web.SampleSystem;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A system of its own for the reliability tests, started once for all their classes (kept in JUnit's root store,
 * stopped when the run ends). It is not the samples' system: these tests kill its parts and fill it with synthetic
 * reports, which must not show in the query and page tests' answers.
 */
public class ReliabilitySystem implements ParameterResolver {

    /** The running system; closing it stops the system and deletes its data, as the samples' system does. */
    record Running(SampleSystem.Running run) implements ExtensionContext.Store.CloseableResource {
        GovreportSystem system() {
            return run.system();
        }

        Http gateway() {
            return new Http(run.system().gatewayUrl());
        }

        String ingestUrl() {
            return "http://127.0.0.1:" + run.system().ports().ingest();
        }

        String kafka() {
            return "127.0.0.1:" + run.system().ports().kafka();
        }

        @Override
        public void close() throws IOException {
            run.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Running.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(ReliabilitySystem.class))
                .getOrComputeIfAbsent(Running.class, key -> start(), Running.class);
    }

    private static Running start() {
        try {
            Path root = Path.of(System.getProperty("govreport.root"));
            Path data = Files.createTempDirectory("govreport-reliability-");
            GovreportSystem system = GovreportSystem.start(root, data, Ports.free());
            return new Running(new SampleSystem.Running(system, system.gateway(), Map.of(), root, data));
        } catch (IOException e) {
            throw new IllegalStateException("the system did not start: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the system", e);
        }
    }
}
