package io.govreport.model;

import java.util.List;

/**
 * The structured form of one report, as extract-service publishes it to {@code reports.extracted}
 * and store-service keeps it (contract: shared/spec/extraction.md).
 *
 * @param text the normalized text that every offset in the document indexes
 */
public record ReportDocument(
        String id,
        Source source,
        String extractorVersion,
        Meta meta,
        List<Section> sections,
        List<Indicator> indicators,
        List<GlossaryEntry> glossary,
        List<String> warnings,
        String text) {
}
