package io.govreport.store.rest;

import io.govreport.model.Page;
import io.govreport.model.ReportDocument;
import io.govreport.model.ReportStatus;
import io.govreport.model.ReportSummary;
import io.govreport.store.store.ReportFilter;
import io.govreport.store.store.ReportQueries;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The internal read API over reports, called by the gateway. */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {
    private final ReportQueries queries;

    public ReportsResource(ReportQueries queries) {
        this.queries = queries;
    }

    @GET
    public Page<ReportSummary> list(@QueryParam("region") String region, @QueryParam("year") String year,
                                    @QueryParam("level") String level, @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        ReportFilter filter = new ReportFilter(Params.text("region", region), Params.year("year", year),
                Params.oneOf("level", level, Params.LEVELS));
        return queries.list(filter, Params.page(page, size));
    }

    @GET
    @Path("/{id}")
    public Response document(@PathParam("id") String id) {
        ReportDocument document = queries.document(Params.id(id)).orElse(null);
        if (document == null) {
            return ProblemMappers.problem(404, "Not found", "No stored report has this id; its status tells whether it is still pending or failed.");
        }
        return Response.ok(document).build();
    }

    @GET
    @Path("/{id}/status")
    public Response status(@PathParam("id") String id) {
        ReportStatus status = queries.status(Params.id(id)).orElse(null);
        if (status == null) {
            return ProblemMappers.problem(404, "Not found", "No report with this id has been received.");
        }
        return Response.ok(status).build();
    }
}
