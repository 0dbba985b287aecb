package io.govreport.extract.service;

import io.govreport.extractor.StageTimer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.TimeUnit;

/** What extract-service counts: reports extracted, reports failed, and the time each extractor stage takes. */
@ApplicationScoped
public class ExtractionMetrics implements StageTimer {
    private final MeterRegistry registry;
    private final Counter extracted;

    public ExtractionMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.extracted = Counter.builder("govreport.reports.extracted")
                .description("Reports extracted and published to reports.extracted")
                .register(registry);
    }

    public void extracted() {
        extracted.increment();
    }

    /** @param cause a short tag value: extractor, too_large, unreadable, id_mismatch */
    public void failed(String cause) {
        Counter.builder("govreport.reports.failed")
                .description("Reports sent to the dead-letter topic, by cause")
                .tag("cause", cause)
                .register(registry)
                .increment();
    }

    @Override
    public void record(String stage, long nanos) {
        Timer.builder("govreport.extraction.stage")
                .description("Time spent in each extractor stage")
                .tag("stage", stage)
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }
}
