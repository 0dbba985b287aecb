package io.govreport.extract.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** extract-service settings. */
@ConfigMapping(prefix = "govreport.extract")
public interface ExtractConfig {
    /** Reports extracted at once: extraction is CPU-bound, so one per core the instance may use. */
    @WithDefault("2")
    int workers();
}
