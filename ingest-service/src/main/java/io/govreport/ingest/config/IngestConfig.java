package io.govreport.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The ingest-service's own settings ({@code govreport.ingest.*}). */
@ConfigMapping(prefix = "govreport.ingest")
public interface IngestConfig {

    /**
     * The largest report accepted, in bytes of the submitted body or file. Keep
     * {@code quarkus.http.limits.max-body-size} a little above it, so multipart framing fits.
     */
    @WithDefault("5242880")
    long maxBytes();
}
