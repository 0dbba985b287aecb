package io.govreport.model;

/** Where a report came from, as it was submitted. */
public record Source(String fileName, String contentType, String charset) {
}
