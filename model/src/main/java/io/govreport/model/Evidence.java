package io.govreport.model;

/** The span of normalized text a figure was read from. */
public record Evidence(int start, int end, String text) {
}
