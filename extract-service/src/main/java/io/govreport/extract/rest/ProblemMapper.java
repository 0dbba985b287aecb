package io.govreport.extract.rest;

import io.govreport.model.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Errors leave as RFC 7807 problems, without stack traces or internal names. */
public class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final MediaType PROBLEM = MediaType.valueOf(Problem.MEDIA_TYPE);

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return problem(status.getStatusCode(), status.getReasonPhrase(), status.getReasonPhrase());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("request failed", e);
        return problem(503, "Service unavailable", "The operation could not be completed; the broker may be unreachable.");
    }

    private static Response problem(int status, String title, String detail) {
        return Response.status(status).type(PROBLEM).entity(Problem.of(status, title, detail)).build();
    }
}
