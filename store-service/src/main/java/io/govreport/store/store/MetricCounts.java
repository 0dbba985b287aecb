package io.govreport.store.store;

import io.govreport.model.Indicator;
import io.govreport.model.ReportDocument;
import org.bson.Document;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many of a report's indicator rows carry each metric, by kind: {@code {metric: {kind: n}}}, written into its report
 * document with the flip to its current version. The metric catalogue sums these small maps over the report documents;
 * reading every bucket instead took minutes at history scale and held the embedded store's threads all that time.
 */
final class MetricCounts {
    static final String FIELD = "metricCounts";

    private MetricCounts() {
    }

    /** The counts of a report's rows that have a metric (the rows its buckets hold). */
    static Document of(ReportDocument report) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        List<Indicator> indicators = report.indicators() == null ? List.of() : report.indicators();
        for (Indicator indicator : indicators) {
            if (indicator.metric() != null) {
                counts.computeIfAbsent(indicator.metric(), m -> new TreeMap<>()).merge(String.valueOf(indicator.kind()), 1, Integer::sum);
            }
        }
        Document document = new Document();
        counts.forEach((metric, byKind) -> document.append(metric, new Document(byKind)));
        return document;
    }

    /** Adds one report document's counts (null for a report stored before they were written) to the totals. */
    static void addTo(Map<String, Map<String, Long>> totals, Document counts) {
        if (counts == null) {
            return;
        }
        counts.forEach((metric, byKind) -> ((Document) byKind).forEach((kind, n) ->
                totals.computeIfAbsent(metric, m -> new TreeMap<>()).merge(kind, ((Number) n).longValue(), Long::sum)));
    }
}
