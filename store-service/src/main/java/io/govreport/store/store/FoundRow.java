package io.govreport.store.store;

import io.govreport.model.Evidence;
import io.govreport.model.IndicatorRow;
import io.govreport.model.Region;
import org.bson.Document;

import java.util.Comparator;

/**
 * An indicator row a query found, with its position in its report ({@code seq}), which orders rows within a report.
 * Rows are read from stored documents field by field rather than through JSON: a query may read thousands.
 */
record FoundRow(IndicatorRow row, int seq) {
    /** Report by report (by id), in each report's order: the default order and every sort's tie-break. */
    static final Comparator<FoundRow> REPORT_ORDER =
            Comparator.comparing((FoundRow f) -> f.row().reportId()).thenComparingInt(FoundRow::seq);

    /** A row from a stored indicator (the spec's indicator fields) and its report's region, level and year. */
    static FoundRow of(String reportId, Region region, String level, Integer reportYear, int seq, Document indicator) {
        Document evidence = indicator.get("evidence", Document.class);
        return new FoundRow(new IndicatorRow(reportId, region, level, reportYear,
                indicator.getString("name"), indicator.getString("metric"), indicator.getString("kind"),
                indicator.getString("measure"), number(indicator.get("value")), nullableNumber(indicator.get("upper")),
                indicator.getString("unit"), indicator.getString("approx"), indicator.getString("basis"),
                integer(indicator.get("year")), indicator.getString("section"),
                evidence == null ? null : new Evidence(integer(evidence.get("start")), integer(evidence.get("end")),
                        evidence.getString("text"))), seq);
    }

    static Region region(Document region) {
        return region == null ? null : new Region(region.getString("name"), region.getString("province"),
                region.getString("city"), region.getString("district"), region.getString("code"));
    }

    static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static double number(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    private static Double nullableNumber(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
