package io.govreport.store.store;

import io.govreport.model.Comparison;
import io.govreport.model.ComparisonCell;
import io.govreport.model.ComparisonRow;
import io.govreport.model.Figure;
import io.govreport.model.IndicatorRow;
import io.govreport.model.Region;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One metric as a region x year table. A figure's year is its own: the year a target is for, the year an actual
 * happened. Figures without one (a five-year average, a plan period's goal) belong to no single year and stay out. The table keeps one measure and one unit so its figures can share an axis: the
 * ones asked for, else the most frequent. Where several figures compete for a cell, a target comes from the
 * earliest report that sets it (the year's own plan) and an actual from the latest report that gives it (the most
 * final figure), an actual outranking an estimate; within a report the first mention wins.
 */
@ApplicationScoped
public class Comparisons {
    private static final String TARGET = "target";
    private static final String ACTUAL = "actual";

    private final IndicatorQuery indicators;
    private final MetricCatalogue catalogue;

    public Comparisons(IndicatorQuery indicators, MetricCatalogue catalogue) {
        this.indicators = indicators;
        this.catalogue = catalogue;
    }

    public Comparison compare(String metric, String kind, String measure, String region, String level) {
        List<IndicatorRow> rows = new ArrayList<>(indicators.all(
                new IndicatorFilter(metric, null, kind, measure, null, null, null, region, level)));
        rows.removeIf(r -> r.year() == null);
        String chosenMeasure = measure != null ? measure : mostFrequent(rows, IndicatorRow::measure);
        rows.removeIf(r -> !Objects.equals(r.measure(), chosenMeasure));
        String unit = mostFrequent(rows, IndicatorRow::unit);
        rows.removeIf(r -> !Objects.equals(r.unit(), unit));

        TreeSet<Integer> years = new TreeSet<>();
        rows.forEach(r -> years.add(r.year()));
        Map<String, List<IndicatorRow>> byRegion = new TreeMap<>();
        rows.forEach(r -> byRegion.computeIfAbsent(regionKey(r.region()), k -> new ArrayList<>()).add(r));
        List<ComparisonRow> table = new ArrayList<>();
        byRegion.values().forEach(regionRows -> {
            List<ComparisonCell> cells = new ArrayList<>();
            for (int year : years) {
                List<IndicatorRow> inYear = regionRows.stream().filter(r -> r.year() == year).toList();
                cells.add(new ComparisonCell(year, figure(target(inYear)), figure(actual(inYear))));
            }
            IndicatorRow first = regionRows.get(0);
            table.add(new ComparisonRow(first.region(), first.level(), cells));
        });
        return new Comparison(metric, catalogue.name(metric), kind, chosenMeasure, unit, List.copyOf(years), table);
    }

    private static IndicatorRow target(List<IndicatorRow> inYear) {
        return inYear.stream().filter(r -> TARGET.equals(r.kind()))
                .min(Comparator.comparing(Comparisons::reportYearOrZero)).orElse(null);
    }

    private static IndicatorRow actual(List<IndicatorRow> inYear) {
        return inYear.stream().filter(r -> !TARGET.equals(r.kind()))
                .min(Comparator.comparing((IndicatorRow r) -> ACTUAL.equals(r.kind()) ? 0 : 1)
                        .thenComparing(Comparator.comparing(Comparisons::reportYearOrZero).reversed()))
                .orElse(null);
    }

    private static Figure figure(IndicatorRow row) {
        return row == null ? null : Figure.of(row);
    }

    private static int reportYearOrZero(IndicatorRow r) {
        return r.reportYear() == null ? 0 : r.reportYear();
    }

    private static String regionKey(Region region) {
        if (region == null) {
            return "~";
        }
        return region.code() != null ? region.code() : "~" + region.name();
    }

    private static <T> T mostFrequent(List<IndicatorRow> rows, Function<IndicatorRow, T> field) {
        Map<T, Long> counts = rows.stream().filter(r -> field.apply(r) != null)
                .collect(Collectors.groupingBy(field, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
