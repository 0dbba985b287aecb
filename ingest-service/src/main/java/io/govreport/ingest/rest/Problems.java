package io.govreport.ingest.rest;

import io.govreport.model.Problem;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** RFC 7807 problem answers. */
final class Problems {
    private Problems() {
    }

    static Response response(int status, String title, String detail) {
        return Response.status(status)
                .type(MediaType.valueOf(Problem.MEDIA_TYPE))
                .entity(Problem.of(status, title, detail))
                .build();
    }
}
