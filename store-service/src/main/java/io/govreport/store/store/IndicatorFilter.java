package io.govreport.store.store;

/**
 * Filters of the indicator query; a null field does not filter. Values are literals, never query operators.
 *
 * @param name     a substring of the indicator's name
 * @param year     the indicator's own year; yearFrom/yearTo bound it
 * @param region   a region name, a province, or a GB/T 2260 code prefix
 * @param level    the report's level
 */
public record IndicatorFilter(String metric, String name, String kind, String measure, Integer year, Integer yearFrom,
                              Integer yearTo, String region, String level) {
}
