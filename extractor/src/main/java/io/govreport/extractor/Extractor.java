package io.govreport.extractor;

import io.govreport.model.ReportDocument;
import io.govreport.model.Source;

/**
 * The extraction engine: normalize → metadata → sections → sentences → indicators → glossary.
 * Build one per process (it loads its dictionaries and rule files once); {@link #extract} is thread-safe.
 */
public final class Extractor {

    public ReportDocument extract(String rawText, Source source) {
        throw new UnsupportedOperationException("pipeline not wired yet");
    }
}
