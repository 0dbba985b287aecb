package io.govreport.model;

import java.time.Instant;

/** One row of the report list: a stored report's metadata without its text, sections and indicators. */
public record ReportSummary(
        String id,
        String title,
        Region region,
        String level,
        Integer year,
        String deliveredOn,
        String extractorVersion,
        int indicatorCount,
        Instant storedAt) {
}
