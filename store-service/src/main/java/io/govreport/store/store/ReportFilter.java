package io.govreport.store.store;

/** Filters of the report list; a null field does not filter. Values are literals, never query operators. */
public record ReportFilter(String region, Integer year, String level) {
}
