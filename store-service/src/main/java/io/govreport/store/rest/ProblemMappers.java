package io.govreport.store.rest;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.govreport.model.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error answer as an RFC 7807 problem, without stack traces or internal names. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    static Response problem(int status, String title, String detail) {
        return Response.status(status).type(MediaType.valueOf(Problem.MEDIA_TYPE))
                .entity(Problem.of(status, title, detail)).build();
    }

    @ServerExceptionMapper
    public Response badRequest(BadRequest e) {
        return problem(400, "Bad request", e.getMessage());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return problem(status.getStatusCode(), status.getReasonPhrase(), null);
    }

    /**
     * MongoDB unreachable (no server within the driver's selection timeout, a connection lost): an outage, not a fault,
     * so a 503 that tells the client to ask again, as the gateway passes it on.
     */
    @ServerExceptionMapper({MongoTimeoutException.class, MongoSocketException.class})
    public Response storeUnavailable(RuntimeException e) {
        LOG.warnf("MongoDB unreachable: %s", e.getMessage());
        return Response.fromResponse(problem(503, "Store unavailable",
                "The database is unreachable; ask again shortly.")).header("Retry-After", "5").build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("request failed", e);
        return problem(500, "Internal error", "The request could not be completed; see the service log.");
    }
}
