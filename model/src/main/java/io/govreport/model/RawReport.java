package io.govreport.model;

import java.time.Instant;

/**
 * A report as ingest-service publishes it to {@code reports.raw}, keyed by {@code id}.
 *
 * @param id   hex SHA-256 of {@code text}
 * @param text the report normalized to UTF-8 text
 */
public record RawReport(String id, Source source, String text, Instant receivedAt) {
}
