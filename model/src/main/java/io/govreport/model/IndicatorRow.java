package io.govreport.model;

/**
 * An indicator as the cross-report query returns it: the spec's indicator fields, flat, plus its report's
 * id, region, level and year (flat so that a row maps to one line of a table or CSV export).
 *
 * @param reportYear the year the report plans for (its meta.year), beside the indicator's own {@code year}
 */
public record IndicatorRow(
        String reportId,
        Region region,
        String level,
        Integer reportYear,
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

    public static IndicatorRow of(String reportId, Meta meta, Indicator i) {
        return new IndicatorRow(reportId, meta == null ? null : meta.region(), meta == null ? null : meta.level(),
                meta == null ? null : meta.year(), i.name(), i.metric(), i.kind(), i.measure(), i.value(), i.upper(),
                i.unit(), i.approx(), i.basis(), i.year(), i.section(), i.evidence());
    }
}
