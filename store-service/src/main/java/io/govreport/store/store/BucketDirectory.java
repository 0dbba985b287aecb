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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code metricBuckets}: per metric ({@code _id}), the ids of the bucket groups it has ({@link BucketKey}), so a query
 * that names a metric but not its year or kind knows which bucket ids to read. A group is listed before its first row
 * is written (a crash in between leaves an empty group listed, never a filled one unlisted), and the directory is
 * written only when this process has not seen the group listed yet, i.e. about once per group, not once per report.
 * Ids are never removed: the set known here only grows, so it never claims a group is listed that is not.
 */
@ApplicationScoped
public class BucketDirectory {
    static final String IDS = "buckets";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final Collections collections;
    private final Set<String> listed = ConcurrentHashMap.newKeySet();
    private volatile boolean loaded;

    public BucketDirectory(Collections collections) {
        this.collections = collections;
    }

    /** Lists the buckets that are not listed yet. */
    void list(Collection<BucketKey> buckets) {
        load();
        Map<String, List<String>> missing = new TreeMap<>();
        for (BucketKey key : buckets) {
            if (!listed.contains(key.id())) {
                missing.computeIfAbsent(key.metric(), m -> new ArrayList<>()).add(key.id());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> updates = new ArrayList<>();
        missing.forEach((metric, ids) -> updates.add(new UpdateOneModel<>(Filters.eq("_id", metric),
                Updates.addEachToSet(IDS, ids), UPSERT)));
        collections.directory().bulkWrite(updates);
        missing.values().forEach(listed::addAll);
    }

    /** The ids of every bucket of a metric, read from the store (another instance may have added some). */
    List<String> ids(String metric) {
        Document entry = collections.directory().find(Filters.eq("_id", metric)).first();
        return entry == null ? List.of() : entry.getList(IDS, String.class);
    }

    private void load() {
        if (loaded) {
            return;
        }
        for (Document entry : collections.directory().find()) {
            listed.addAll(entry.getList(IDS, String.class));
        }
        loaded = true;
    }
}
