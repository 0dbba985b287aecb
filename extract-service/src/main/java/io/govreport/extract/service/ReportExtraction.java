package io.govreport.extract.service;

import io.govreport.extractor.Extractor;
import io.govreport.model.RawReport;
import io.govreport.model.ReportDocument;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the extractor over one raw report and checks that the document belongs to it. */
@ApplicationScoped
public class ReportExtraction {
    private final Extractor extractor;
    private final ExtractionMetrics metrics;

    public ReportExtraction(Extractor extractor, ExtractionMetrics metrics) {
        this.extractor = extractor;
        this.metrics = metrics;
    }

    /** @throws ExtractionFailure when the report cannot be made into a document */
    public ReportDocument extract(RawReport raw) {
        if (raw == null || raw.text() == null || raw.id() == null) {
            throw new ExtractionFailure("unreadable", "the record is not a readable raw report", null);
        }
        ReportDocument document;
        try {
            document = extractor.extract(raw.text(), raw.source(), metrics);
        } catch (RuntimeException | StackOverflowError e) {
            throw new ExtractionFailure("extractor", "the extractor failed on this report (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
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
