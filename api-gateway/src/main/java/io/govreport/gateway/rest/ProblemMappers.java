package io.govreport.gateway.rest;

import io.govreport.model.Problem;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Set;

/**
 * Every error as an RFC 7807 problem, never a stack. A downstream service's own problem (a 400 for a bad filter, a 413
 * from ingest, ingest's 503 when the broker is away) reaches the client as it was, its Retry-After too; a service that
 * cannot be reached is a 503. A downstream 500 stays a 500: it is a fault, not an outage, and a 503 would tell the
 * client to send the same request again and again.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String DOCS = "; the API is described at /q/swagger-ui (OpenAPI document: /q/openapi)";

    private final RouteMethods routes;

    public ProblemMappers(RouteMethods routes) {
        this.routes = routes;
    }

    @ServerExceptionMapper
    public Response downstreamAnswered(ClientWebApplicationException e) {
        Response downstream = e.getResponse();
        int status = downstream.getStatus();
        if (status >= 500) {
            LOG.warnf("downstream answered %d", status);
        }
        Problem problem = readProblem(downstream);
        return Response.status(status).type(Problems.MEDIA_TYPE)
                .entity(problem != null ? problem : Problem.of(status, downstream.getStatusInfo().getReasonPhrase(), null))
                .header(HttpHeaders.RETRY_AFTER, downstream.getHeaderString(HttpHeaders.RETRY_AFTER))
                .build();
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameter e) {
        return Problems.response(400, "Bad request", e.getMessage()).build();
    }

    @ServerExceptionMapper
    public Response downstreamUnreachable(ProcessingException e) {
        LOG.warnf("downstream unreachable: %s", e.getMessage());
        return unavailable();
    }

    /** The framework's own refusals (no such route or media type), each saying what there is instead. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, ContainerRequestContext request) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 404 -> "No such path: " + route(request) + DOCS;
            case 406 -> "Accept: " + request.getHeaderString(HttpHeaders.ACCEPT) + " names no media type " + route(request)
                    + " answers; the API answers application/json (and text/csv on /api/v1/indicators)";
            default -> null;
        };
        return Problems.response(status.getStatusCode(), status.getReasonPhrase(), detail).build();
    }

    /** A method the path does not take: the answer names those it does (the framework's 405 does not). */
    @ServerExceptionMapper
    public Response methodNotAllowed(NotAllowedException e, ContainerRequestContext request) {
        Set<String> allowed = routes.allowed(request.getUriInfo().getPath());
        return Problems.response(405, "Method Not Allowed",
                "No such method: " + route(request) + "; the path takes " + String.join(", ", allowed) + DOCS)
                .allow(allowed).build();
    }

    private static String route(ContainerRequestContext request) {
        return request.getMethod() + " " + request.getUriInfo().getPath();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("request failed", e);
        return Problems.response(500, "Internal error", "The request could not be completed; see the gateway log.").build();
    }

    private static Response unavailable() {
        return Problems.response(503, "Service unavailable", "A govreport service behind the gateway is not answering; try again shortly.")
                .header("Retry-After", 5).build();
    }

    private static Problem readProblem(Response downstream) {
        try {
            return downstream.hasEntity() ? downstream.readEntity(Problem.class) : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
