package io.govreport.gateway.rest;

import io.govreport.gateway.service.StoreQueriesClient;
import io.govreport.model.Comparison;
import io.govreport.model.MetricInfo;
import io.govreport.model.Problem;
import io.govreport.model.RegionNode;
import io.govreport.model.SearchResults;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;

/** Questions across all stored reports: compare a metric, the catalogue, the regions, full-text search. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "questions", description = "Compare, catalogue, regions and search across all reports")
public class QueriesResource {
    private final StoreQueriesClient store;

    public QueriesResource(@RestClient StoreQueriesClient store) {
        this.store = store;
    }

    @GET
    @Path("/compare")
    @Operation(summary = "One metric as a region x year table",
            description = "Targets beside actuals (an estimate where no actual is given yet) for each region and year, ready "
                    + "for a chart. One measure and unit per table: the one asked for, else the most frequent.")
    @Parameter(name = "metric", in = ParameterIn.QUERY, required = true, description = "Catalogue key (see /api/v1/metrics)", example = "gdp")
    @Parameter(name = "kind", in = ParameterIn.QUERY, description = "Only target, actual or estimate figures", example = "target")
    @Parameter(name = "measure", in = ParameterIn.QUERY, description = "level, change, share or count", example = "change")
    @Parameter(name = "region", in = ParameterIn.QUERY, description = "A region name, a province (all its districts) or a GB/T 2260 code prefix", example = "北京市")
    @Parameter(name = "level", in = ParameterIn.QUERY, description = "national, province, city, district or county")
    @APIResponse(responseCode = "200", description = "The table",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "gdp targets", value = QueryExamples.COMPARISON)))
    @APIResponse(responseCode = "400", description = "No metric, one not in the catalogue, or a malformed or unknown parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "problem", value = ApiExamples.PROBLEM)))
    public Comparison compare(@Context UriInfo uri) {
        return store.compare(uri.getQueryParameters());
    }

    @GET
    @Path("/metrics")
    @Operation(summary = "The metric catalogue", description = "Every metric key the extractor knows, its Chinese names, and how many indicators of the stored reports carry it, by kind.")
    @APIResponse(responseCode = "200", description = "The catalogue, in catalogue order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "catalogue", value = QueryExamples.METRICS)))
    public List<MetricInfo> metrics(@Context UriInfo uri) {
        return store.metrics(uri.getQueryParameters());
    }

    @GET
    @Path("/regions")
    @Operation(summary = "The regions of the stored reports", description = "A tree: province, city, district; reports counts the reports about the node itself.")
    @APIResponse(responseCode = "200", description = "The tree's top level",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "tree", value = QueryExamples.REGIONS)))
    public List<RegionNode> regions(@Context UriInfo uri) {
        return store.regions(uri.getQueryParameters());
    }

    @GET
    @Path("/search")
    @Operation(summary = "Full-text search over headings and sentences",
            description = "The query is cut into words by HanLP (as the reports were at indexing); passages holding any of them are "
                    + "ranked by BM25, those holding them all in the query's order first, headings first on a tie; total counts "
                    + "them all. Snippets are plain text with the matched words as offsets in marks.")
    @Parameter(name = "q", in = ParameterIn.QUERY, required = true, description = "Words to search for, up to 100 characters", example = "煤改气")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "1-based page number (default 1)", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Hits per page, 1-200 (default 20)", schema = @Schema(type = SchemaType.INTEGER))
    @APIResponse(responseCode = "200", description = "A ranked page of hits",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "hits", value = QueryExamples.SEARCH)))
    @APIResponse(responseCode = "400", description = "No query, or one too long", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public SearchResults search(@Context UriInfo uri) {
        return store.search(uri.getQueryParameters());
    }
}
