package io.govreport.gateway.service;

import io.govreport.model.IndicatorRow;
import io.govreport.model.Page;
import io.govreport.model.ReportDocument;
import io.govreport.model.ReportStatus;
import io.govreport.model.ReportSummary;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * store-service's read API (config key {@code quarkus.rest-client.store.url}). Query parameters are passed on as the
 * client sent them, on every endpoint: store-service validates them and refuses unknown ones (one place for the
 * rules), and its 400 problems reach the client.
 */
@RegisterRestClient(configKey = "store")
public interface StoreClient {

    @GET
    @Path("/reports")
    Page<ReportSummary> reports(@RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/reports/{id}")
    ReportDocument report(@PathParam("id") String id, @RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/reports/{id}/status")
    ReportStatus status(@PathParam("id") String id, @RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/indicators")
    Page<IndicatorRow> indicators(@RestQuery MultivaluedMap<String, String> query);

    /**
     * The same page as store-service wrote it, for a reply that passes it on unread; asynchronous, so the hot query is
     * answered on the event loop without handing it to a worker thread and back.
     */
    @GET
    @Path("/indicators")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<byte[]> indicatorsJson(@RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/q/health/ready")
    Response ready();
}
