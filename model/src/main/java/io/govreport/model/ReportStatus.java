package io.govreport.model;

import java.time.Instant;

/**
 * How far a submitted report has got.
 *
 * @param status pending (received, not yet extracted), stored, or failed
 * @param reason why extraction failed; null unless failed
 */
public record ReportStatus(String id, String status, String reason, Instant updatedAt) {
    public static final String PENDING = "pending";
    public static final String STORED = "stored";
    public static final String FAILED = "failed";
}
