package io.govreport.extract.service;

import io.govreport.extract.config.ExtractConfig;
import io.govreport.extractor.Extractor;
import io.govreport.model.RawReport;
import io.govreport.model.ReportDocument;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.Semaphore;

/**
 * Runs the extractor over one raw report and checks that the document belongs to it, at most
 * {@link ExtractConfig#workers()} reports at once: more threads may hand reports in (the records in flight), but
 * extraction is CPU-bound, so more at once would only make each one slower.
 * Built at startup, so a bad worker count stops the service there, not at the first report.
 */
@ApplicationScoped
@Startup
public class ReportExtraction {
    private final Extractor extractor;
    private final ExtractionMetrics metrics;
    /** Fair, so reports are extracted about in the order they were handed in. */
    private final Semaphore slots;

    public ReportExtraction(Extractor extractor, ExtractionMetrics metrics, ExtractConfig config) {
        this.extractor = extractor;
        this.metrics = metrics;
        if (config.workers() < 1) {
            throw new IllegalArgumentException("GOVREPORT_EXTRACT_WORKERS (govreport.extract.workers) must be at least 1, not "
                    + config.workers());
        }
        this.slots = new Semaphore(config.workers(), true);
    }

    /**
     * Waits for a free slot, then extracts.
     *
     * @throws ExtractionFailure when the report cannot be made into a document
     */
    public ReportDocument extract(RawReport raw) throws InterruptedException {
        if (raw == null || raw.text() == null || raw.id() == null) {
            throw new ExtractionFailure("unreadable", "the record is not a readable raw report", null);
        }
        ReportDocument document;
        slots.acquire();
        try {
            document = extractor.extract(raw.text(), raw.source(), metrics);
        } catch (RuntimeException | StackOverflowError e) {
            throw new ExtractionFailure("extractor", "the extractor failed on this report (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        } finally {
            slots.release();
        }
        // The id is what every service tracks the report by; a document under another id would leave it pending forever.
        if (!raw.id().equals(document.id())) {
            throw new ExtractionFailure("id_mismatch", "the report's id " + raw.id()
                    + " is not the SHA-256 of its text (" + document.id() + "); the record was altered", null);
        }
        return document;
    }

    public String extractorVersion() {
        return Extractor.VERSION;
    }
}
