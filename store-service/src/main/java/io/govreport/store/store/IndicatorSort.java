package io.govreport.store.store;

import com.mongodb.client.model.Sorts;
import org.bson.conversions.Bson;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders of the indicator query, named by the {@code sort} parameter ({@code -} in front: descending). Each ends
 * with the report and position in it, so pages never overlap or skip a row.
 */
public enum IndicatorSort {
    VALUE("value", "value"),
    YEAR("year", "year"),
    REPORT_YEAR("reportYear", "reportYear"),
    REGION("region", "region.code"),
    METRIC("metric", "metric");

    /** The default: report by report, in each report's order. */
    public static final Bson REPORT_ORDER = Sorts.ascending(IndicatorRows.REPORT_ID, IndicatorRows.SEQ);

    private final String key;
    private final String field;

    IndicatorSort(String key, String field) {
        this.key = key;
        this.field = field;
    }

    /** The order named {@code key} or {@code -key}; empty for an unknown name. */
    public static Optional<Bson> parse(String value) {
        boolean descending = value.startsWith("-");
        String key = descending ? value.substring(1) : value;
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst()
                .map(s -> Sorts.orderBy(descending ? Sorts.descending(s.field) : Sorts.ascending(s.field), REPORT_ORDER));
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(s -> s.key).toList());
    }
}
