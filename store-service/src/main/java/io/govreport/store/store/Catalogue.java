package io.govreport.store.store;

import com.mongodb.client.model.Projections;
import io.govreport.model.MetricInfo;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The metric catalogue with how many current indicator rows carry each metric, by kind, in one projected scan. */
@ApplicationScoped
public class Catalogue {
    private final Collections collections;
    private final StoredReports reports;
    private final MetricCatalogue catalogue;

    public Catalogue(Collections collections, StoredReports reports, MetricCatalogue catalogue) {
        this.collections = collections;
        this.reports = reports;
        this.catalogue = catalogue;
    }

    public List<MetricInfo> metrics() {
        Map<String, StoredReports.Stored> stored = reports.all();
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (Document row : collections.indicators().find()
                .projection(Projections.include("metric", "kind", IndicatorRows.REPORT_ID, IndicatorRows.VERSION))) {
            String metric = row.getString("metric");
            if (metric != null && StoredReports.isCurrent(stored, row.getString(IndicatorRows.REPORT_ID), row.getString(IndicatorRows.VERSION))) {
                counts.computeIfAbsent(metric, m -> new TreeMap<>()).merge(String.valueOf(row.getString("kind")), 1L, Long::sum);
            }
        }
        List<MetricInfo> metrics = new ArrayList<>();
        catalogue.metrics().forEach((metric, names) -> {
            Map<String, Long> byKind = counts.getOrDefault(metric, Map.of());
            metrics.add(new MetricInfo(metric, names.isEmpty() ? metric : names.get(0), names,
                    byKind.values().stream().mapToLong(Long::longValue).sum(), new TreeMap<>(byKind)));
        });
        return metrics;
    }
}
