package io.govreport.gateway.rest;

import io.govreport.gateway.security.ApiKeyFilter;
import io.govreport.gateway.security.RequiresApiKey;
import io.govreport.gateway.service.ExtractClient;
import io.govreport.model.Problem;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.function.Supplier;

/** Operator actions that send reports through extraction again; they write, so they need an API key. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@RequiresApiKey
@Tag(name = "admin", description = "Retry dead letters, re-extract every report")
@APIResponse(responseCode = "401", description = "No X-API-Key", content = @Content(mediaType = Problem.MEDIA_TYPE))
@APIResponse(responseCode = "403", description = "X-API-Key not accepted", content = @Content(mediaType = Problem.MEDIA_TYPE))
@APIResponse(responseCode = "503", description = "extract-service or the broker not answering", content = @Content(mediaType = Problem.MEDIA_TYPE))
public class AdminResource {
    private static final String RESULT = "{\"republished\": 3, \"unreadable\": 0}";

    private final ExtractClient extract;

    public AdminResource(@RestClient ExtractClient extract) {
        this.extract = extract;
    }

    @POST
    @Path("/dead-letters/retry")
    @Parameter(name = ApiKeyFilter.HEADER, in = ParameterIn.HEADER, required = true, description = "A key from GOVREPORT_API_KEYS")
    @Operation(summary = "Retry the dead letters",
            description = "After the extractor has been fixed: every report on the dead-letter topic that no earlier retry "
                    + "took goes back to extraction. A report that fails again waits for the next retry.")
    @APIResponse(responseCode = "200", description = "How many reports went back, and how many dead letters held no readable report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "result", value = RESULT)))
    public Response retryDeadLetters() {
        return relay(extract::retryDeadLetters);
    }

    @POST
    @Path("/reextract")
    @Parameter(name = ApiKeyFilter.HEADER, in = ParameterIn.HEADER, required = true, description = "A key from GOVREPORT_API_KEYS")
    @Operation(summary = "Re-extract every report",
            description = "After the extractor has changed: every report received goes through extraction again, once. "
                    + "Readers keep seeing each report's old document until its new one replaces it whole; a report "
                    + "already extracted by the running extractor version is left as it is.")
    @APIResponse(responseCode = "200", description = "How many reports went back to extraction",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "result", value = RESULT)))
    public Response reextract() {
        return relay(extract::reextract);
    }

    private static Response relay(Supplier<Response> call) {
        try (Response result = call.get()) {
            return Response.ok(result.readEntity(String.class), MediaType.APPLICATION_JSON_TYPE).build();
        }
    }
}
