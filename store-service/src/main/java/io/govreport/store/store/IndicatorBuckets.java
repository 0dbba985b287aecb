package io.govreport.store.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.govreport.model.Indicator;
import io.govreport.model.ReportDocument;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a report version's rows into {@code indicatorBuckets} and retires a replaced version's. A bucket document:
 *
 * <pre>{_id: "gdp|target|2018|河北省|3", metric, kind, year, province,
 *  reports: {&lt;reportId&gt;: {&lt;version key&gt;: {version, region, level, reportYear, pending?, rows: [indicator + seq]}}}}</pre>
 *
 * Each bucket is written with one {@code $set} of one report version's entry (upserting the bucket), all of a report's
 * buckets in one bulk command, so storing a report costs a few dozen updates, not one insert per row.
 * {@code pending} marks an entry written while another version is current, in a bucket that version has no rows in:
 * there a reader could not tell it from a current entry, so it takes the report as in flux ({@link BucketReader}).
 */
@ApplicationScoped
public class IndicatorBuckets {
    static final String REPORTS = "reports";
    static final String VERSION = "version";
    static final String PENDING = "pending";
    static final String ROWS = "rows";
    static final String SEQ = "seq";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final Collections collections;
    private final BucketDirectory directory;
    private final BsonJson json;

    public IndicatorBuckets(Collections collections, BucketDirectory directory, BsonJson json) {
        this.collections = collections;
        this.directory = directory;
        this.json = json;
    }

    /**
     * Writes the report's rows that have a metric into their buckets under its version, and returns the bucket ids.
     *
     * @param current the buckets of the version that is current while this one is written, or null when none is
     *                (a first store, or the backfill writing the current version itself)
     */
    List<String> write(ReportDocument report, Set<String> current) {
        return write(report, rowsByBucket(report), current);
    }

    /** {@link #write(ReportDocument, Set)} with the report's rows already grouped by {@link #rowsByBucket}. */
    List<String> write(ReportDocument report, Map<BucketKey, List<Document>> rows, Set<String> current) {
        directory.list(rows.keySet());
        List<WriteModel<Document>> updates = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        rows.forEach((key, bucketRows) -> {
            String id = key.bucketId(report.id());
            ids.add(id);
            Document entry = new Document(VERSION, report.extractorVersion())
                    .append("region", report.meta() == null || report.meta().region() == null ? null
                            : json.toDocument(report.meta().region()))
                    .append("level", report.meta() == null ? null : report.meta().level())
                    .append("reportYear", report.meta() == null ? null : report.meta().year())
                    .append(ROWS, bucketRows);
            if (current != null && !current.contains(id)) {
                entry.append(PENDING, true);
            }
            updates.add(new UpdateOneModel<>(Filters.eq("_id", id), Updates.combine(
                    Updates.setOnInsert("metric", key.metric()), Updates.setOnInsert("kind", key.kind()),
                    Updates.setOnInsert("year", key.year()), Updates.setOnInsert("province", key.province()),
                    Updates.set(entryPath(report.id(), report.extractorVersion()), Utf8BsonBuffer.raw(entry))), UPSERT));
        });
        if (!updates.isEmpty()) {
            collections.buckets().bulkWrite(updates);
        }
        return ids;
    }

    /**
     * After the flip to {@code version}: removes the replaced version's entries (the report's whole place in a bucket
     * the new version has no rows in) and clears {@code pending} from the new version's entries.
     */
    void retire(String reportId, String replaced, Collection<String> replacedBuckets, String version,
                Collection<String> buckets) {
        List<WriteModel<Document>> updates = new ArrayList<>();
        for (String id : replacedBuckets) {
            Bson unset = buckets.contains(id) ? Updates.unset(entryPath(reportId, replaced))
                    : Updates.unset(REPORTS + "." + reportId);
            updates.add(new UpdateOneModel<>(Filters.eq("_id", id), unset));
        }
        for (String id : buckets) {
            if (!replacedBuckets.contains(id)) {
                updates.add(new UpdateOneModel<>(Filters.eq("_id", id),
                        Updates.unset(entryPath(reportId, version) + "." + PENDING)));
            }
        }
        if (!updates.isEmpty()) {
            collections.buckets().bulkWrite(updates);
        }
    }

    /** The report's rows that have a metric, as bucket documents hold them, by bucket group; reads nothing stored. */
    Map<BucketKey, List<Document>> rowsByBucket(ReportDocument report) {
        Map<BucketKey, List<Document>> rows = new LinkedHashMap<>();
        List<Indicator> indicators = report.indicators() == null ? List.of() : report.indicators();
        for (int seq = 0; seq < indicators.size(); seq++) {
            BucketKey key = BucketKey.of(indicators.get(seq), report.meta());
            if (key != null) {
                rows.computeIfAbsent(key, k -> new ArrayList<>()).add(json.toDocument(indicators.get(seq)).append(SEQ, seq));
            }
        }
        return rows;
    }

    /** The path of a report version's entry in a bucket; the version is escaped, since a field name cannot hold a dot. */
    private static String entryPath(String reportId, String version) {
        return REPORTS + "." + reportId + "." + versionKey(version);
    }

    static String versionKey(String version) {
        return String.valueOf(version).replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }
}
