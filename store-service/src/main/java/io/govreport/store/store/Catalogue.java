package io.govreport.store.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.govreport.model.MetricInfo;
import io.govreport.model.ReportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The metric catalogue with how many current indicator rows carry each metric, by kind: the sum of the stored reports'
 * {@link MetricCounts}, one scan of the report documents, kept until the flip epoch moves ({@link FlipEpoch}).
 */
@ApplicationScoped
public class Catalogue {
    private final Collections collections;
    private final MetricCatalogue catalogue;
    private final FlipEpoch flips;
    /** One answer, the whole catalogue. */
    private final KeptAnswers<Boolean, List<MetricInfo>> kept = new KeptAnswers<>(1, metrics -> 1);

    public Catalogue(Collections collections, MetricCatalogue catalogue, FlipEpoch flips) {
        this.collections = collections;
        this.catalogue = catalogue;
        this.flips = flips;
    }

    /** Synchronized: requests that arrive while one scans wait for its answer rather than scan the store beside it. */
    public synchronized List<MetricInfo> metrics() {
        return kept.answer(true, flips.current(), this::read);
    }

    private List<MetricInfo> read() {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (Document report : collections.reports().find(Filters.eq("status", ReportStatus.STORED))
                .projection(Projections.include(MetricCounts.FIELD)).batchSize(Collections.REPORT_SCAN_BATCH)) {
            MetricCounts.addTo(counts, report.get(MetricCounts.FIELD, Document.class));
        }
        List<MetricInfo> metrics = new ArrayList<>();
        catalogue.metrics().forEach((metric, names) -> {
            Map<String, Long> byKind = counts.getOrDefault(metric, Map.of());
            metrics.add(new MetricInfo(metric, names.isEmpty() ? metric : names.get(0), names,
                    byKind.values().stream().mapToLong(Long::longValue).sum(), new TreeMap<>(byKind)));
        });
        return List.copyOf(metrics);
    }
}
