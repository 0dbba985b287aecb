package io.govreport.ingest.rest;

/**
 * The answer to an accepted report.
 *
 * @param status where the public API tells how far the report has got
 */
public record SubmissionReceipt(String id, String status) {
    public static SubmissionReceipt of(String id) {
        return new SubmissionReceipt(id, "/api/v1/reports/" + id + "/status");
    }
}
