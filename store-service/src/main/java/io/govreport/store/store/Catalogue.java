package io.govreport.store.store;

import com.mongodb.client.model.Filters;
import io.govreport.model.IndicatorRow;
import io.govreport.model.MetricInfo;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The metric catalogue with how many current indicator rows carry each metric, by kind, from one read of every bucket. */
@ApplicationScoped
public class Catalogue {
    private final BucketReader buckets;
    private final MetricCatalogue catalogue;

    public Catalogue(BucketReader buckets, MetricCatalogue catalogue) {
        this.buckets = buckets;
        this.catalogue = catalogue;
    }

    public List<MetricInfo> metrics() {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (FoundRow found : buckets.read(Filters.empty(), row -> true).rows()) {
            IndicatorRow row = found.row();
            counts.computeIfAbsent(row.metric(), m -> new TreeMap<>()).merge(String.valueOf(row.kind()), 1L, Long::sum);
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
