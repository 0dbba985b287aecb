package io.govreport.gateway.rest;

import io.govreport.gateway.config.GatewayConfig;
import io.govreport.gateway.security.ApiKeyFilter;
import io.govreport.gateway.security.RequiresApiKey;
import io.govreport.gateway.service.IngestClient;
import io.govreport.gateway.service.StoreClient;
import io.govreport.model.Page;
import io.govreport.model.Problem;
import io.govreport.model.ReportDocument;
import io.govreport.model.ReportIds;
import io.govreport.model.ReportStatus;
import io.govreport.model.ReportSummary;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.io.InputStream;

/** Submitting reports, listing them, reading one and its processing status. */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports", description = "Government work reports: submit, list, read, follow their processing")
public class ReportsResource {
    private final IngestClient ingest;
    private final StoreClient store;
    private final long uploadMaxBytes;

    public ReportsResource(@RestClient IngestClient ingest, @RestClient StoreClient store, GatewayConfig config) {
        this.ingest = ingest;
        this.store = store;
        this.uploadMaxBytes = config.uploadMaxBytes();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RequiresApiKey
    @Operation(summary = "Submit a report",
            description = "Send the report as text/plain (UTF-8, GB18030 or GBK), text/html, or a multipart/form-data upload "
                    + "in a part named 'file' (.txt, .html, .pdf with a text layer, .docx). The answer comes at once; "
                    + "extraction runs in the background: follow the status link. The same text submitted twice is one report.")
    @Parameter(name = ApiKeyFilter.HEADER, in = ParameterIn.HEADER, required = true, description = "A key from GOVREPORT_API_KEYS")
    @RequestBody(content = @Content(mediaType = MediaType.TEXT_PLAIN, example = "2018年北京市平谷区人民政府工作报告\n……"))
    @APIResponse(responseCode = "202", description = "Accepted; the id and the status link",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "accepted", value = ApiExamples.RECEIPT)))
    @APIResponse(responseCode = "400", description = "Empty or blank", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "No X-API-Key", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "X-API-Key not accepted", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "Over the size limit", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Not text", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "429", description = "This key's write rate is used up; see Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "ingest-service not answering", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response submit(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength, InputStream body,
                           @Context HttpServerRequest request) {
        try (Response accepted = ingest.submit(contentType, contentLength, new BoundedUpload(body, uploadMaxBytes))) {
            // Rebuilt rather than returned as is: the downstream response's own headers (length, encoding) do not apply.
            Response.ResponseBuilder answer = Response.status(accepted.getStatus()).type(MediaType.APPLICATION_JSON)
                    .entity(accepted.readEntity(String.class));
            if (accepted.getLocation() != null) {
                answer.location(accepted.getLocation());
            }
            return answer.build();
        } catch (RuntimeException e) {
            if (!BoundedUpload.cutOff(e)) {
                throw e;
            }
            dropTheRest(request);
            // Connection: close tells a client that reads the answer while it sends (curl) to stop sending the rest.
            return Problems.response(413, "Report too large",
                    "The upload is larger than the limit of " + uploadMaxBytes + " bytes.").header("Connection", "close").build();
        }
    }

    /**
     * The rest of a cut-off upload is read and dropped as it arrives. Left to the blocking input stream, it would be
     * queued unread until the request ended: hundreds of megabytes held for a client that sends them all before it
     * reads the answer (the JDK client does).
     */
    private static void dropTheRest(HttpServerRequest request) {
        try {
            if (!request.isEnded()) {
                request.handler(chunk -> { }).resume();
            }
        } catch (IllegalStateException ended) {
            // the last of the body came in meanwhile: nothing is left to drop
        }
    }

    @GET
    @Operation(summary = "List stored reports", description = "Newest report year first. A page past the last one is empty.")
    @Parameter(name = "region", in = ParameterIn.QUERY, description = "A region name (北京市平谷区), a province (北京市: all its districts) or a GB/T 2260 code prefix (1101)", example = "北京市")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "The year the report plans for", example = "2018", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "level", in = ParameterIn.QUERY, description = "national, province, city, district or county", example = "district")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "1-based page number (default 1)", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Rows per page, 1-200 (default 20)", schema = @Schema(type = SchemaType.INTEGER))
    @APIResponse(responseCode = "200", description = "One page of reports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = ApiExamples.REPORT_PAGE),
                    schema = @Schema(name = "ReportPage", type = SchemaType.OBJECT, properties = {
                            @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = ReportSummary.class),
                            @SchemaProperty(name = "page", type = SchemaType.INTEGER, description = "1-based page number"),
                            @SchemaProperty(name = "size", type = SchemaType.INTEGER, description = "rows per page"),
                            @SchemaProperty(name = "total", type = SchemaType.INTEGER, description = "rows matching, in all pages")})))
    @APIResponse(responseCode = "400", description = "A malformed or unknown parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "problem", value = ApiExamples.PROBLEM)))
    public Page<ReportSummary> list(@Context UriInfo uri) {
        return store.reports(uri.getQueryParameters());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One stored report",
            description = "Its metadata, heading tree, indicators with their evidence offsets, glossary, warnings and normalized text.")
    @APIResponse(responseCode = "200", description = "The report document (shape: the extraction spec)")
    @APIResponse(responseCode = "400", description = "Not a report id", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No stored report with this id (it may still be pending, or have failed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ReportDocument report(@Parameter(description = "The report id: hex SHA-256 of its normalized text", example = ApiExamples.ID)
                                 @PathParam("id") String id, @Context UriInfo uri) {
        return store.report(requireId(id), uri.getQueryParameters());
    }

    @GET
    @Path("/{id}/status")
    @Operation(summary = "A submitted report's processing status", description = "pending, stored, or failed with the reason.")
    @APIResponse(responseCode = "200", description = "The status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "stored", value = ApiExamples.STATUS)))
    @APIResponse(responseCode = "400", description = "Not a report id", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No report with this id was received", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ReportStatus status(@Parameter(description = "The report id", example = ApiExamples.ID) @PathParam("id") String id,
                               @Context UriInfo uri) {
        return store.status(requireId(id), uri.getQueryParameters());
    }

    /** Checked here too, so nothing but a plain hex id is ever put into a downstream path. */
    static String requireId(String id) {
        if (!ReportIds.isValid(id)) {
            throw new InvalidParameter("id must be 64 lowercase hex digits (the SHA-256 of the report text)");
        }
        return id;
    }
}
