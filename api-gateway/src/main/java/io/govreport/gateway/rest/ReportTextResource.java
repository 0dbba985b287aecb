package io.govreport.gateway.rest;

import io.govreport.gateway.service.StoreQueriesClient;
import io.govreport.model.Problem;
import io.govreport.model.ReportText;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.regex.Pattern;

/** A report's text, or one section's, with the offsets of the indicators read from it. */
@Path("/api/v1/reports/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
public class ReportTextResource {
    private static final Pattern SECTION_ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    private final StoreQueriesClient store;

    public ReportTextResource(@RestClient StoreQueriesClient store) {
        this.store = store;
    }

    @GET
    @Path("/text")
    @Operation(summary = "A report's text with its indicators located",
            description = "The normalized text, the heading tree, and each indicator with its evidence offsets in the text.")
    @APIResponse(responseCode = "200", description = "The text",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "text", value = QueryExamples.TEXT)))
    @APIResponse(responseCode = "400", description = "Not a report id", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No stored report with this id", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ReportText text(@Parameter(description = "The report id", example = ApiExamples.ID) @PathParam("id") String id,
                           @Context UriInfo uri) {
        return store.text(ReportsResource.requireId(id), uri.getQueryParameters());
    }

    @GET
    @Path("/sections/{sid}/text")
    @Operation(summary = "One section's text with its indicators located",
            description = "The section's text (heading included) and its subtree; indicator offsets are relative to this text, "
                    + "start gives where it begins in the whole report.")
    @APIResponse(responseCode = "200", description = "The section's text",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "section", value = QueryExamples.TEXT)))
    @APIResponse(responseCode = "400", description = "Not a report id or section id", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such stored report or section", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ReportText sectionText(@Parameter(description = "The report id", example = ApiExamples.ID) @PathParam("id") String id,
                                  @Parameter(description = "The section id, as in the heading tree", example = "s1.2") @PathParam("sid") String sectionId,
                                  @Context UriInfo uri) {
        if (!SECTION_ID.matcher(sectionId).matches()) {
            throw new InvalidParameter("section id must be letters, digits, '.', '_' or '-' (as in s1.2)");
        }
        return store.sectionText(ReportsResource.requireId(id), sectionId, uri.getQueryParameters());
    }
}
