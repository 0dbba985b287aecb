package io.govreport.gateway.service;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.io.InputStream;

/** ingest-service (config key {@code quarkus.rest-client.ingest.url}). */
@RegisterRestClient(configKey = "ingest")
public interface IngestClient {

    /**
     * Streams the body on with its content type (a multipart boundary included) and, when the client declared it, its
     * length, so ingest can refuse an oversize report before reading it. Ingest answers 202 with the id.
     */
    @POST
    @Path("/reports")
    Response submit(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                    @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength, InputStream body);

    @GET
    @Path("/q/health/ready")
    Response ready();
}
