package io.govreport.model;

/** One indicator's value in a table cell, with the report and the text it was read from. */
public record Figure(double value, Double upper, String unit, String approx, String kind, String reportId,
                     String section, Evidence evidence) {

    public static Figure of(IndicatorRow row) {
        return new Figure(row.value(), row.upper(), row.unit(), row.approx(), row.kind(), row.reportId(), row.section(),
                row.evidence());
    }
}
