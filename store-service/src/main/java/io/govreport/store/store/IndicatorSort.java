package io.govreport.store.store;

import io.govreport.model.IndicatorRow;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/**
 * The orders of the indicator query, named by the {@code sort} parameter ({@code -} in front: descending). Missing
 * values come first ascending and last descending, as in MongoDB. Each order ends with the report and the position in
 * it, so pages never overlap or skip a row.
 */
public enum IndicatorSort {
    VALUE("value", Comparator.comparingDouble(IndicatorRow::value)),
    YEAR("year", nullsFirst(IndicatorRow::year)),
    REPORT_YEAR("reportYear", nullsFirst(IndicatorRow::reportYear)),
    REGION("region", nullsFirst(r -> r.region() == null ? null : r.region().code())),
    METRIC("metric", nullsFirst(IndicatorRow::metric));

    /** A sort and its direction; a null sort is report order alone. */
    public record Order(IndicatorSort sort, boolean descending) {
        Comparator<FoundRow> comparator() {
            if (sort == null) {
                return FoundRow.REPORT_ORDER;
            }
            Comparator<IndicatorRow> field = descending ? sort.field.reversed() : sort.field;
            return Comparator.comparing(FoundRow::row, field).thenComparing(FoundRow.REPORT_ORDER);
        }
    }

    /** The default: report by report, in each report's order. */
    public static final Order REPORT_ORDER = new Order(null, false);

    private final String key;
    private final Comparator<IndicatorRow> field;

    IndicatorSort(String key, Comparator<IndicatorRow> field) {
        this.key = key;
        this.field = field;
    }

    /** The order named {@code key} or {@code -key}; empty for an unknown name. */
    public static Optional<Order> parse(String value) {
        boolean descending = value.startsWith("-");
        String key = descending ? value.substring(1) : value;
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst().map(s -> new Order(s, descending));
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(s -> s.key).toList());
    }

    private static <T extends Comparable<T>> Comparator<IndicatorRow> nullsFirst(Function<IndicatorRow, T> field) {
        return Comparator.comparing(field, Comparator.nullsFirst(Comparator.naturalOrder()));
    }
}
