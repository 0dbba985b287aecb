package io.govreport.store.store;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.govreport.model.IndicatorRow;
import io.govreport.model.Page;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Indicators across reports. A row counts only when its version is its report's current version
 * ({@code reports.extractorVersion}), which hides rows written ahead of a flip and rows left behind by one
 * ({@link ReportWriter#store}). Because the scan and the version look-up are separate reads, the flip epoch is read
 * before and after: if no flip happened in between, every current version was flipped before the scan began, so the
 * scan saw all of its rows and none of them was deleted during it. Otherwise the query runs again.
 */
@ApplicationScoped
public class IndicatorQuery {
    private static final int ATTEMPTS = 3;
    private static final int LOOKUP_BATCH = 500;
    // Served by the index (reportId, seq); the filters use (metric, kind, year) and (region.*, metric).
    private static final Bson ORDER = IndicatorSort.REPORT_ORDER;

    private final Collections collections;
    private final BsonJson json;

    public IndicatorQuery(Collections collections, BsonJson json) {
        this.collections = collections;
        this.json = json;
    }

    public Page<IndicatorRow> find(IndicatorFilter filter, PageRequest page) {
        return find(filter, page, ORDER);
    }

    /** @param order an {@link IndicatorSort} order, or {@link IndicatorSort#REPORT_ORDER} */
    public Page<IndicatorRow> find(IndicatorFilter filter, PageRequest page, Bson order) {
        Bson query = criteria(filter);
        Page<IndicatorRow> answer;
        int attempt = 0;
        long before;
        long after;
        do {
            before = flipEpoch();
            answer = scan(query, page, order);
            after = flipEpoch();
            attempt++;
        } while (before != after && attempt < ATTEMPTS);
        // After the last attempt the answer is still version-consistent per report; a report rewritten during the
        // scan may at worst show fewer of its new rows in this one answer.
        return answer;
    }

    /**
     * Streams every matching row to count the current ones and keep the requested page; the count has to skip
     * non-current rows, which a server-side count cannot tell apart.
     */
    private Page<IndicatorRow> scan(Bson query, PageRequest page, Bson order) {
        List<IndicatorRow> items = new ArrayList<>();
        long total = 0;
        Map<String, String> currentVersions = new HashMap<>();
        List<Document> batch = new ArrayList<>(LOOKUP_BATCH);
        try (MongoCursor<Document> rows = collections.indicators().find(query).sort(order).iterator()) {
            while (rows.hasNext()) {
                batch.add(rows.next());
                if (batch.size() < LOOKUP_BATCH && rows.hasNext()) {
                    continue;
                }
                lookUpVersions(batch, currentVersions);
                for (Document row : batch) {
                    if (isCurrent(row, currentVersions)) {
                        if (total >= page.skip() && items.size() < page.size()) {
                            items.add(row(row));
                        }
                        total++;
                    }
                }
                batch.clear();
            }
        }
        return new Page<>(items, page.page(), page.size(), total);
    }

    private void lookUpVersions(List<Document> rows, Map<String, String> currentVersions) {
        List<String> unknown = rows.stream().map(r -> r.getString(IndicatorRows.REPORT_ID))
                .filter(id -> !currentVersions.containsKey(id)).distinct().toList();
        if (unknown.isEmpty()) {
            return;
        }
        unknown.forEach(id -> currentVersions.put(id, null));
        for (Document report : collections.reports().find(Filters.in("_id", unknown))
                .projection(Projections.include("extractorVersion"))) {
            currentVersions.put(report.getString("_id"), report.getString("extractorVersion"));
        }
    }

    private static boolean isCurrent(Document row, Map<String, String> currentVersions) {
        String version = row.getString(IndicatorRows.VERSION);
        return version != null && version.equals(currentVersions.get(row.getString(IndicatorRows.REPORT_ID)));
    }

    private IndicatorRow row(Document stored) {
        Document row = new Document(stored);
        row.remove("_id");
        row.remove(IndicatorRows.VERSION);
        row.remove(IndicatorRows.SEQ);
        return json.fromDocument(row, IndicatorRow.class);
    }

    private long flipEpoch() {
        Document counter = collections.counters().find(Filters.eq("_id", Collections.FLIPS)).first();
        return counter == null ? 0L : ((Number) counter.get("epoch")).longValue();
    }

    private static Bson criteria(IndicatorFilter f) {
        List<Bson> criteria = new ArrayList<>();
        if (f.metric() != null) {
            criteria.add(Filters.eq("metric", f.metric()));
        }
        if (f.kind() != null) {
            criteria.add(Filters.eq("kind", f.kind()));
        }
        if (f.measure() != null) {
            criteria.add(Filters.eq("measure", f.measure()));
        }
        if (f.year() != null) {
            criteria.add(Filters.eq("year", f.year()));
        }
        if (f.yearFrom() != null) {
            criteria.add(Filters.gte("year", f.yearFrom()));
        }
        if (f.yearTo() != null) {
            criteria.add(Filters.lte("year", f.yearTo()));
        }
        if (f.level() != null) {
            criteria.add(Filters.eq("level", f.level()));
        }
        if (f.region() != null) {
            criteria.add(Criteria.region("region", f.region()));
        }
        if (f.name() != null) {
            criteria.add(Criteria.contains("name", f.name()));
        }
        return Criteria.all(criteria);
    }
}
