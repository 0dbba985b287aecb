package io.govreport.gateway.service;

import io.govreport.model.Comparison;
import io.govreport.model.MetricInfo;
import io.govreport.model.RegionNode;
import io.govreport.model.ReportText;
import io.govreport.model.SearchResults;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/**
 * store-service's questions across reports (same service and config key as {@link StoreClient}); query parameters
 * pass on as sent, store-service validates them.
 */
@RegisterRestClient(configKey = "store")
public interface StoreQueriesClient {

    @GET
    @Path("/compare")
    Comparison compare(@RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/metrics")
    List<MetricInfo> metrics(@RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/regions")
    List<RegionNode> regions(@RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/search")
    SearchResults search(@RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/reports/{id}/text")
    ReportText text(@PathParam("id") String id, @RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/reports/{id}/sections/{sid}/text")
    ReportText sectionText(@PathParam("id") String id, @PathParam("sid") String sectionId,
                           @RestQuery MultivaluedMap<String, String> query);
}
