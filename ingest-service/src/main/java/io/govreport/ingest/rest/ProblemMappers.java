package io.govreport.ingest.rest;

import io.govreport.ingest.messaging.PublishFailed;
import io.govreport.ingest.service.ReportIntake;
import io.govreport.ingest.service.ReportRejected;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;

import java.io.IOException;

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

    /**
     * The multipart parser's failures, met before the resource is reached: a body that ends before its closing boundary
     * (a plain IOException; this service's own code wraps the ones it meets) or a part whose headers are broken. That
     * is bad input, not a fault here: a 400 the client can act on, and one log line rather than a stack.
     */
    @ServerExceptionMapper({IOException.class, MultipartParser.MalformedMessageException.class})
    public Response malformedMultipart(Exception e) {
        intake.countRejected();
        LOG.infof("malformed multipart body refused: %s", e);
        return Problems.response(400, "Malformed upload", "The multipart/form-data body is malformed (it ends before its "
                + "closing boundary, or a part's headers are broken); send the report in a part named 'file'.");
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
        // not "try again": a 500 is a fault here, which the same report sent again meets again
        return Problems.response(500, "Internal error",
                "The report could not be accepted because of an unexpected error, logged by the service.");
    }
}
