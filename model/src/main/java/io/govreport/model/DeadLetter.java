package io.govreport.model;

import java.time.Instant;

/** A raw report that could not be extracted, with the reason, as published to {@code reports.raw.dlq}. */
public record DeadLetter(String id, Source source, String reason, String extractorVersion, Instant failedAt,
                         RawReport report) {
}
