package io.govreport.extract.config;

import io.govreport.extractor.Extractor;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One extractor per process: it loads HanLP and its rule files once, and is thread-safe. */
@ApplicationScoped
public class ExtractorProducer {

    /** Built at startup, so the first report does not pay for loading the dictionaries. */
    @Produces
    @Singleton
    @Startup
    Extractor extractor() {
        return new Extractor();
    }
}
