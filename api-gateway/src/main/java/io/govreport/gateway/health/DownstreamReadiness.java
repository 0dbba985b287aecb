package io.govreport.gateway.health;

import io.govreport.gateway.service.IngestClient;
import io.govreport.gateway.service.StoreClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.function.Supplier;

/** The gateway is ready when ingest-service and store-service both say they are ready. */
@Readiness
@ApplicationScoped
public class DownstreamReadiness implements HealthCheck {
    private final IngestClient ingest;
    private final StoreClient store;

    public DownstreamReadiness(@RestClient IngestClient ingest, @RestClient StoreClient store) {
        this.ingest = ingest;
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        boolean ingestReady = answersReady(ingest::ready);
        boolean storeReady = answersReady(store::ready);
        HealthCheckResponseBuilder response = HealthCheckResponse.named("downstream services")
                .withData("ingest-service", ingestReady ? "UP" : "DOWN")
                .withData("store-service", storeReady ? "UP" : "DOWN");
        return (ingestReady && storeReady ? response.up() : response.down()).build();
    }

    private static boolean answersReady(Supplier<Response> ready) {
        try (Response response = ready.get()) {
            return response.getStatus() == 200;
        } catch (RuntimeException notReady) {
            return false;
        }
    }
}
