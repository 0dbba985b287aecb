package io.govreport.store.store;

import io.govreport.model.IndicatorRow;

import java.util.Locale;

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

    /** Whether a row passes every filter (rows are filtered in the service: the embedded store would scan). */
    boolean accepts(IndicatorRow row) {
        return (metric == null || metric.equals(row.metric()))
                && (kind == null || kind.equals(row.kind()))
                && (measure == null || measure.equals(row.measure()))
                && (year == null || year.equals(row.year()))
                && (yearFrom == null || row.year() != null && row.year() >= yearFrom)
                && (yearTo == null || row.year() != null && row.year() <= yearTo)
                && (level == null || level.equals(row.level()))
                && (region == null || Criteria.regionMatches(row.region(), region))
                && (name == null || row.name() != null
                        && row.name().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)));
    }
}
