package io.govreport.model;

import java.util.List;

/**
 * One metric as a region x year table, targets beside actuals, ready for a chart: {@code years} are the columns,
 * each row's {@code cells} hold one entry per year in the same order.
 *
 * @param kind    the kind asked for (target, actual, estimate), or null for all of them
 * @param measure the measure the table shows (level, change, share, count): one measure, so one unit per chart
 * @param unit    the unit every figure in the table is written in
 */
public record Comparison(String metric, String name, String kind, String measure, String unit, List<Integer> years,
                         List<ComparisonRow> rows) {
}
