package io.govreport.model;

/** Who delivered the report, and in what office. */
public record Speaker(String name, String title) {
}
