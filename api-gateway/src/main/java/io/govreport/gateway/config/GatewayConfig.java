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

    /**
     * The most bytes of an upload passed on to ingest: its report limit ({@code GOVREPORT_INGEST_MAX_BYTES}, 5 MB) plus
     * room for a multipart upload's framing. Past it the gateway answers 413 itself and reads no more.
     */
    @WithDefault("5308416")
    long uploadMaxBytes();

    /** The longest URL (path and query, percent-encoded) the gateway takes; a longer one gets a 414 problem. */
    @WithDefault("8192")
    int maxUrlBytes();

    /** A token bucket per API key: {@code capacity} writes at once, refilled at {@code perSecond}. */
    interface RateLimit {
        @WithDefault("20")
        int capacity();

        @WithDefault("2")
        double perSecond();
    }
}
