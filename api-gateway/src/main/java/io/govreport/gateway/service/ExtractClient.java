package io.govreport.gateway.service;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** extract-service's operations (config key {@code quarkus.rest-client.extract.url}); each answers {republished, unreadable}. */
@RegisterRestClient(configKey = "extract")
public interface ExtractClient {

    @POST
    @Path("/dead-letters/retry")
    Response retryDeadLetters();

    @POST
    @Path("/reextract")
    Response reextract();
}
