package io.govreport.model;

/**
 * One quantitative figure read from a report (field meanings: shared/spec/extraction.md).
 *
 * @param kind    actual, estimate or target
 * @param measure level, change, share or count
 * @param upper   the upper end of a range, with {@code value} its lower end; otherwise null
 * @param approx  about, over, under, at_most, at_least or null
 * @param basis   yoy, since:YYYY, annual_avg or null
 * @param section id of the section the figure stands in
 */
public record Indicator(
        String name,
        String metric,
        String kind,
        String measure,
        double value,
        Double upper,
        String unit,
        String approx,
        String basis,
        Integer year,
        String section,
        Evidence evidence) {
}
