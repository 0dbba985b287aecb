package io.govreport.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/** api-gateway settings; the keys come from the environment only ({@code GOVREPORT_API_KEYS}). */
@ConfigMapping(prefix = "govreport")
public interface GatewayConfig {
    /** The API keys that may write, comma-separated in {@code GOVREPORT_API_KEYS}. None set: every write is refused. */
    Optional<List<String>> apiKeys();

    RateLimit rateLimit();

    /** A token bucket per API key: {@code capacity} writes at once, refilled at {@code perSecond}. */
    interface RateLimit {
        @WithDefault("20")
        int capacity();

        @WithDefault("2")
        double perSecond();
    }
}
