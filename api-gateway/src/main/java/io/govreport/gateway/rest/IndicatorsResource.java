package io.govreport.gateway.rest;

import io.govreport.gateway.service.IndicatorsCsv;
import io.govreport.gateway.service.StoreClient;
import io.govreport.model.IndicatorRow;
import io.govreport.model.Page;
import io.govreport.model.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Indicators across all stored reports. */
@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "indicators", description = "Figures read from the reports, queried across all of them")
public class IndicatorsResource {
    /** A CSV export without page/size holds every matching row, up to this many. */
    private static final int CSV_MAX_ROWS = 100_000;
    private static final int CSV_PAGE = 200;

    private final StoreClient store;

    public IndicatorsResource(@RestClient StoreClient store) {
        this.store = store;
    }

    @GET
    @Operation(summary = "Indicators across reports",
            description = "Each row is an indicator of the extraction spec plus its report's id, region, level and year. "
                    + "Filters combine with AND; text is matched literally. A page past the last one is empty.")
    @Parameter(name = "metric", in = ParameterIn.QUERY, description = "Catalogue key: gdp, fiscal_revenue, disposable_income, pm25, ...", example = "gdp")
    @Parameter(name = "name", in = ParameterIn.QUERY, description = "Text the indicator's name contains (case-insensitive)", example = "生产总值")
    @Parameter(name = "kind", in = ParameterIn.QUERY, description = "actual, estimate or target", example = "target")
    @Parameter(name = "measure", in = ParameterIn.QUERY, description = "level, change, share or count", example = "change")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "The indicator's year", example = "2018", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "yearFrom", in = ParameterIn.QUERY, description = "Indicator year at least", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "yearTo", in = ParameterIn.QUERY, description = "Indicator year at most", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "region", in = ParameterIn.QUERY, description = "A region name, a province (all its districts) or a GB/T 2260 code prefix", example = "北京市")
    @Parameter(name = "level", in = ParameterIn.QUERY, description = "The report's level: national, province, city, district or county")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "1-based page number (default 1)", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Rows per page, 1-200 (default 20)", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "value, year, reportYear, region or metric; - in front for descending (default: report by report, in text order)", example = "-value")
    @APIResponse(responseCode = "200", description = "One page of indicator rows",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "gdp targets", value = ApiExamples.INDICATOR_PAGE),
                    schema = @Schema(name = "IndicatorPage", type = SchemaType.OBJECT, properties = {
                            @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = IndicatorRow.class),
                            @SchemaProperty(name = "page", type = SchemaType.INTEGER, description = "1-based page number"),
                            @SchemaProperty(name = "size", type = SchemaType.INTEGER, description = "rows per page"),
                            @SchemaProperty(name = "total", type = SchemaType.INTEGER, description = "rows matching, in all pages")})))
    @APIResponse(responseCode = "400", description = "A malformed or unknown parameter, a metric not in the catalogue, or yearTo before yearFrom",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "problem", value = ApiExamples.PROBLEM)))
    @APIResponse(responseCode = "503", description = "store-service not answering", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<byte[]> find(@Context UriInfo uri) {
        // Passed on as store-service wrote it (the hot query, kept there as JSON): reading and writing it again here
        // would cost more than the rest of the hop. Asynchronous (StoreClient#indicatorsJson), so the query stays on the
        // event loop. That client fails with the transport's own exception (a refused connection is netty's
        // ConnectException) where the blocking one wraps it in a ProcessingException; wrapped the same way, any failure
        // but store-service's own answer is the same 503 problem.
        return store.indicatorsJson(uri.getQueryParameters()).onFailure(e -> !(e instanceof WebApplicationException))
                .transform(ProcessingException::new);
    }

    @GET
    // qs below 1: a client that accepts anything (*/*) gets JSON; only one that asks for text/csv gets the file
    @Produces(IndicatorsCsv.MEDIA_TYPE + ";qs=0.5")
    @Operation(summary = "Indicators across reports as CSV (Accept: text/csv)",
            description = "The same filters; every matching row (up to 100000) unless page/size are given. UTF-8 with a byte-order "
                    + "mark, CRLF, every field quoted: opens cleanly in Excel.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = IndicatorsCsv.MEDIA_TYPE, example = "\"reportId\",\"region\",\"regionCode\",...\r\n"))
    public Response csv(@Context UriInfo uri) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        boolean onePage = query.containsKey("page") || query.containsKey("size");
        // The first page is fetched before answering, so a refused filter is still a problem answer, not a broken file.
        MultivaluedMap<String, String> first = pageOf(query, onePage, 1);
        Page<IndicatorRow> firstPage = store.indicators(first);
        StreamingOutput body = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            out.write(IndicatorsCsv.BOM);
            IndicatorsCsv.header(out);
            Page<IndicatorRow> page = firstPage;
            int written = 0;
            for (int number = 1; ; page = store.indicators(pageOf(query, false, ++number))) {
                for (IndicatorRow row : page.items()) {
                    IndicatorsCsv.row(out, row);
                }
                written += page.items().size();
                if (onePage || page.items().isEmpty() || written >= page.total() || written >= CSV_MAX_ROWS) {
                    break;
                }
            }
            out.flush();
        };
        return Response.ok(body, IndicatorsCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"indicators.csv\"").build();
    }

    private static MultivaluedMap<String, String> pageOf(MultivaluedMap<String, String> query, boolean asGiven, int page) {
        if (asGiven) {
            return query;
        }
        MultivaluedMap<String, String> paged = new MultivaluedHashMap<>(query);
        paged.putSingle("page", Integer.toString(page));
        paged.putSingle("size", Integer.toString(CSV_PAGE));
        return paged;
    }
}
