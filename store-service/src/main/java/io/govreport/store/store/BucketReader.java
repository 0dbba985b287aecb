package io.govreport.store.store;

import com.mongodb.client.model.Filters;
import io.govreport.model.IndicatorRow;
import io.govreport.model.Region;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads indicator buckets and keeps, per report, the rows of exactly one version.
 *
 * <p>Why a reader never sees a report half old, half new or missing, given how {@link ReportWriter#store} replaces
 * version W by V (write V's entries, W's kept; flip the report document; bump the flip epoch; retire W's entries):
 * <ul>
 *   <li>A report seen with one version only, not pending, in every bucket read: that version's entries are all there.
 *       In a bucket holding rows of both versions a reader sees W alone (before V's write), both, or V alone (after
 *       the flip, when all of V is written); V alone where W has no rows is marked {@code pending} until W is
 *       retired.</li>
 *   <li>A report seen with two versions, or a pending entry, is in flux: its rows are taken from its report document
 *       instead, which holds exactly its current version's indicators and is read in one atomic read.</li>
 *   <li>A report whose W rows were retired from one bucket while another bucket was read before V's write shows
 *       nothing at all; that needs a whole flip during the read, so the epoch is read before and after and the read
 *       runs again when it moved.</li>
 * </ul>
 * What is left: rows of a report's first version can be seen a moment before the flip that marks it stored.
 */
@ApplicationScoped
public class BucketReader {
    private static final int ATTEMPTS = 3;

    private final Collections collections;
    private final ReportRows reportRows;
    private final FlipEpoch flips;

    public BucketReader(Collections collections, ReportRows reportRows, FlipEpoch flips) {
        this.collections = collections;
        this.reportRows = reportRows;
        this.flips = flips;
    }

    /**
     * The rows of the buckets {@code which} selects that {@code wanted} accepts, in no particular order.
     * {@code readBefore} is the caller's reading of the epoch, taken just before: it serves as the first attempt's.
     */
    List<FoundRow> read(Bson which, Predicate<IndicatorRow> wanted, FlipEpoch.Stamp readBefore) {
        List<Document> buckets;
        int attempt = 0;
        FlipEpoch.Stamp before;
        FlipEpoch.Stamp after;
        do {
            before = attempt == 0 ? readBefore : flips.read();
            buckets = collections.buckets().find(which).batchSize(Collections.BUCKET_READ_BATCH).into(new ArrayList<>());
            after = flips.read();
            attempt++;
        } while (!before.equals(after) && attempt < ATTEMPTS);
        return choose(buckets, wanted);
    }

    private List<FoundRow> choose(List<Document> buckets, Predicate<IndicatorRow> wanted) {
        Map<String, String> versions = new HashMap<>();
        Set<String> inFlux = new HashSet<>();
        for (Document bucket : buckets) {
            reports(bucket).forEach((reportId, entries) -> {
                for (Object value : ((Document) entries).values()) {
                    Document entry = (Document) value;
                    String version = String.valueOf(entry.getString(IndicatorBuckets.VERSION));
                    String seen = versions.putIfAbsent(reportId, version);
                    if (seen != null && !seen.equals(version) || entry.getBoolean(IndicatorBuckets.PENDING, false)) {
                        inFlux.add(reportId);
                    }
                }
            });
        }
        List<FoundRow> rows = new ArrayList<>();
        for (Document bucket : buckets) {
            reports(bucket).forEach((reportId, entries) -> {
                Document byVersion = (Document) entries;
                if (!inFlux.contains(reportId) && !byVersion.isEmpty()) {
                    Document entry = (Document) byVersion.values().iterator().next();
                    Region region = FoundRow.region(entry.get("region", Document.class));
                    for (Document indicator : entry.getList(IndicatorBuckets.ROWS, Document.class)) {
                        add(rows, wanted, FoundRow.of(reportId, region, entry.getString("level"),
                                FoundRow.integer(entry.get("reportYear")), indicator.getInteger(IndicatorBuckets.SEQ), indicator));
                    }
                }
            });
        }
        if (!inFlux.isEmpty()) {
            rows.addAll(reportRows.of(Filters.in("_id", inFlux),
                    r -> r.metric() != null && wanted.test(r)));
        }
        return rows;
    }

    private static Document reports(Document bucket) {
        Document reports = bucket.get(IndicatorBuckets.REPORTS, Document.class);
        return reports == null ? new Document() : reports;
    }

    private static void add(List<FoundRow> rows, Predicate<IndicatorRow> wanted, FoundRow row) {
        if (wanted.test(row.row())) {
            rows.add(row);
        }
    }
}
