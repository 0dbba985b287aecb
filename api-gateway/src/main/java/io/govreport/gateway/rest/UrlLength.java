package io.govreport.gateway.rest;

import io.govreport.gateway.config.GatewayConfig;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/**
 * Refuses an over-long URL with a 414 problem that says the limit. The HTTP layer's own cap
 * ({@code quarkus.http.limits.max-initial-line-length}) sits well above {@link GatewayConfig#maxUrlBytes()}, because a
 * request line past that cap is refused before any route with a 414 and no body at all.
 */
public class UrlLength {
    private final int maxBytes;

    public UrlLength(GatewayConfig config) {
        this.maxBytes = config.maxUrlBytes();
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(HttpServerRequest request) {
        // The request line as sent: percent-encoded, so its length is its size in bytes.
        int length = request.uri().length();
        if (length <= maxBytes) {
            return Optional.empty();
        }
        return Optional.of(Problems.response(414, "URL too long", "The URL is " + length + " bytes; at most " + maxBytes
                + " are taken. Send fewer or shorter query parameters.").build());
    }
}
