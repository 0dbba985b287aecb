package io.govreport.ingest.rest;

import io.govreport.ingest.messaging.PublishFailed;
import io.govreport.ingest.service.ReportIntake;
import io.govreport.ingest.service.ReportRejected;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as an RFC 7807 problem, without stack traces or internal names. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private final ReportIntake intake;

    public ProblemMappers(ReportIntake intake) {
        this.intake = intake;
    }

    @ServerExceptionMapper
    public Response rejected(ReportRejected e) {
        intake.countRejected();
        return Problems.response(e.status(), e.title(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response unsupportedType(NotSupportedException e) {
        intake.countRejected();
        return Problems.response(415, "Unsupported content type",
                "Send text/plain, text/html, or multipart/form-data with a 'file' part (.txt, .html, .pdf, .docx).");
    }

    @ServerExceptionMapper
    public Response unavailable(PublishFailed e) {
        LOG.warn(e.getMessage(), e.getCause());
        Response problem = Problems.response(503, "Pipeline unavailable",
                "The report could not be queued because the message broker is unreachable; send it again later.");
        return Response.fromResponse(problem).header("Retry-After", "30").build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return Problems.response(status.getStatusCode(), status.getReasonPhrase(), status.getReasonPhrase());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("report submission failed", e);
        return Problems.response(500, "Internal error", "The report could not be accepted; try again later.");
    }
}
