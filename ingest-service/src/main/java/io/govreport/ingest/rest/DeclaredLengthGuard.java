package io.govreport.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.govreport.ingest.config.IngestConfig;
import io.govreport.ingest.service.ReportIntake;
import io.govreport.ingest.service.ReportRejected;
import io.govreport.model.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a submission whose declared Content-Length is over the limit before any of its body is read, with the
 * same problem body as every other rejection. It runs ahead of the HTTP layer's own body-size check, which would
 * answer with an empty 413; that check stays as the backstop for chunked multipart uploads.
 */
@ApplicationScoped
public class DeclaredLengthGuard {
    /** Room for the multipart boundaries and part headers around a file of the largest accepted size. */
    private static final long MULTIPART_FRAMING = 64 * 1024;

    private final long maxBytes;
    private final ReportIntake intake;
    private final ObjectMapper json;

    public DeclaredLengthGuard(IngestConfig config, ReportIntake intake, ObjectMapper json) {
        this.maxBytes = config.maxBytes();
        this.intake = intake;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.post("/reports").order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && isOver(declared, allowance(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE)))) {
            intake.countRejected();
            ReportRejected rejected = ReportRejected.tooLarge(maxBytes);
            ctx.response()
                    .setStatusCode(rejected.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(problem(rejected));
            return;
        }
        ctx.next();
    }

    private long allowance(String contentType) {
        return contentType != null && contentType.startsWith("multipart/") ? maxBytes + MULTIPART_FRAMING : maxBytes;
    }

    private static boolean isOver(String declared, long allowance) {
        try {
            return Long.parseLong(declared.trim()) > allowance;
        } catch (NumberFormatException e) {
            return false; // a malformed header is the HTTP layer's to answer
        }
    }

    private String problem(ReportRejected rejected) {
        try {
            return json.writeValueAsString(Problem.of(rejected.status(), rejected.title(), rejected.getMessage()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Problem record always serializes", e);
        }
    }
}
