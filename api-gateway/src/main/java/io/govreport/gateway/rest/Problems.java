package io.govreport.gateway.rest;

import io.govreport.model.Problem;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** RFC 7807 problem answers. */
public final class Problems {
    public static final MediaType MEDIA_TYPE = MediaType.valueOf(Problem.MEDIA_TYPE);

    private Problems() {
    }

    public static Response.ResponseBuilder response(int status, String title, String detail) {
        return Response.status(status).type(MEDIA_TYPE).entity(Problem.of(status, title, detail));
    }
}
