package io.govreport.store.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code metricBuckets}: which bucket groups ({@link BucketKey}) a metric has, so a query that names a metric but not
 * its year or kind knows which bucket ids to read. Two kinds of document:
 *
 * <pre>{_id: "gdp", years: ["2017", "2018", "-"]}                      the metric's years
 * {_id: "gdp|2018", buckets: ["gdp|target|2018|北京市", ...]}           its groups of one year ({@link BucketKey#directoryId})</pre>
 *
 * One document per metric and year, not one per metric: a new group rewrites the whole document that lists it, and
 * the embedded store writes a changed document again at each commit; one list per metric grew to a few thousand ids
 * and was the collection the embedded store wrote most bytes of while a store filled up. A store written before holds
 * all of a metric's groups in its metric document's {@code buckets}, still read.
 *
 * <p>A group is listed before its first row is written (a crash in between leaves an empty group listed, never a
 * filled one unlisted), its year document before the metric document names the year, and the directory is written
 * only when this process has not seen the group listed yet, i.e. about once per group, not once per report. Ids are
 * never removed: the sets known here only grow, so they never claim a group is listed that is not.
 */
@ApplicationScoped
public class BucketDirectory {
    static final String IDS = "buckets";
    static final String YEARS = "years";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final Collections collections;
    /** Group ids and the ids of year documents known to be listed. */
    private final Set<String> listed = ConcurrentHashMap.newKeySet();
    private volatile boolean loaded;

    public BucketDirectory(Collections collections) {
        this.collections = collections;
    }

    /** Lists the buckets that are not listed yet. */
    void list(Collection<BucketKey> buckets) {
        load();
        Map<String, List<String>> groupsByYear = new TreeMap<>();
        Map<String, Set<String>> yearsByMetric = new TreeMap<>();
        for (BucketKey key : buckets) {
            if (!listed.contains(key.id())) {
                groupsByYear.computeIfAbsent(key.directoryId(), y -> new ArrayList<>()).add(key.id());
                if (!listed.contains(key.directoryId())) {
                    yearsByMetric.computeIfAbsent(key.metric(), m -> new LinkedHashSet<>()).add(key.yearPart());
                }
            }
        }
        if (groupsByYear.isEmpty()) {
            return;
        }
        // In this order (a bulk write is ordered): a year is named only once its document lists the groups.
        List<WriteModel<Document>> updates = new ArrayList<>();
        groupsByYear.forEach((yearId, ids) -> updates.add(new UpdateOneModel<>(Filters.eq("_id", yearId),
                Updates.addEachToSet(IDS, ids), UPSERT)));
        yearsByMetric.forEach((metric, years) -> updates.add(new UpdateOneModel<>(Filters.eq("_id", metric),
                Updates.addEachToSet(YEARS, List.copyOf(years)), UPSERT)));
        collections.directory().bulkWrite(updates);
        groupsByYear.forEach((yearId, ids) -> {
            listed.addAll(ids);
            listed.add(yearId);
        });
    }

    /** The ids of every bucket group of a metric, read from the store (another instance may have added some). */
    List<String> ids(String metric) {
        Document entry = collections.directory().find(Filters.eq("_id", metric)).first();
        if (entry == null) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>(entry.getList(IDS, String.class, List.of()));
        List<String> years = entry.getList(YEARS, String.class, List.of());
        if (!years.isEmpty()) {
            collections.directory().find(Filters.in("_id", years.stream().map(year -> BucketKey.directoryId(metric, year)).toList()))
                    .forEach(year -> ids.addAll(year.getList(IDS, String.class, List.of())));
        }
        return List.copyOf(ids);
    }

    private void load() {
        if (loaded) {
            return;
        }
        Map<String, List<String>> groupsByDocument = new HashMap<>();
        Set<String> named = new HashSet<>();
        for (Document entry : collections.directory().find()) {
            String id = entry.getString("_id");
            if (entry.containsKey(YEARS)) {
                entry.getList(YEARS, String.class).forEach(year -> named.add(BucketKey.directoryId(id, year)));
            }
            groupsByDocument.put(id, entry.getList(IDS, String.class, List.of()));
        }
        // A year document whose year its metric does not name yet (a crash between the two writes) is not listed:
        // the next list() of one of its groups names the year. Groups in a metric document are of the earlier layout.
        groupsByDocument.forEach((id, ids) -> {
            if (named.contains(id) || !BucketKey.isDirectoryId(id)) {
                listed.addAll(ids);
            }
        });
        listed.addAll(named);
        loaded = true;
    }
}
