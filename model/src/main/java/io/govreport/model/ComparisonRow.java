package io.govreport.model;

import java.util.List;

/** One region's line of a {@link Comparison}: a cell per year of the table, in the table's year order. */
public record ComparisonRow(Region region, String level, List<ComparisonCell> cells) {
}
