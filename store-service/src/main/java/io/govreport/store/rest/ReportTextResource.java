package io.govreport.store.rest;

import io.govreport.store.store.ReportTexts;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.regex.Pattern;

/** A stored report's text, or one section's, with the offsets of its indicators. */
@Path("/reports/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ReportTextResource {
    private static final Pattern SECTION_ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    private final ReportTexts texts;

    public ReportTextResource(ReportTexts texts) {
        this.texts = texts;
    }

    @GET
    @Path("text")
    public Response text(@PathParam("id") String id) {
        return texts.whole(Params.id(id)).map(t -> Response.ok(t).build())
                .orElseGet(() -> ProblemMappers.problem(404, "Not found", "No stored report has this id."));
    }

    @GET
    @Path("sections/{sid}/text")
    public Response sectionText(@PathParam("id") String id, @PathParam("sid") String sectionId) {
        if (!SECTION_ID.matcher(sectionId).matches()) {
            throw new BadRequest("section id must be letters, digits, '.', '_' or '-' (as in s2.1)");
        }
        return texts.section(Params.id(id), sectionId).map(t -> Response.ok(t).build())
                .orElseGet(() -> ProblemMappers.problem(404, "Not found", "No stored report with this id has a section with this id."));
    }
}
