package io.govreport.gateway.security;

import io.govreport.gateway.rest.Problems;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;
import java.util.OptionalLong;

/** Guards {@link RequiresApiKey} endpoints: no key 401, unknown key 403, over the key's rate 429 with Retry-After. */
public class ApiKeyFilter {
    public static final String HEADER = "X-API-Key";

    private final ApiKeys keys;
    private final RateLimiter limiter;

    public ApiKeyFilter(ApiKeys keys, RateLimiter limiter) {
        this.keys = keys;
        this.limiter = limiter;
    }

    @ServerRequestFilter
    @RequiresApiKey
    public Optional<Response> check(ContainerRequestContext request) {
        String presented = request.getHeaderString(HEADER);
        if (presented == null || presented.isBlank()) {
            return Optional.of(Problems.response(401, "API key required", "Send your key in the " + HEADER + " header.")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + HEADER + "\"").build());
        }
        Optional<String> key = keys.match(presented);
        if (key.isEmpty()) {
            return Optional.of(Problems.response(403, "API key not accepted", "The " + HEADER + " is not a valid key.").build());
        }
        OptionalLong wait = limiter.acquire(key.get());
        if (wait.isPresent()) {
            return Optional.of(Problems.response(429, "Too many requests",
                            "This key's write rate is used up; retry in " + wait.getAsLong() + " s.")
                    .header("Retry-After", wait.getAsLong()).build());
        }
        return Optional.empty();
    }
}
