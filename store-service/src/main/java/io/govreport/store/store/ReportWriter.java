package io.govreport.store.store;

import com.mongodb.MongoException;
import com.mongodb.WriteConcern;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.govreport.model.DeadLetter;
import io.govreport.model.RawReport;
import io.govreport.model.ReportDocument;
import io.govreport.model.ReportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Every write to the store. Each one is idempotent, so a message delivered twice (a replay, a redelivery after a
 * crash before the offset commit) changes nothing the second time.
 *
 * <p>The last write made for a message is journaled ({@link #LAST}): the consumer acks the message, and Kafka commits
 * its offset, once the method returns, so its writes must be on disk by then, and MongoDB's journal puts every earlier
 * write on disk with a journaled one. The writes before it are only acknowledged, which spares a disk flush each.
 */
@ApplicationScoped
public class ReportWriter {
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    static final WriteConcern LAST = WriteConcern.JOURNALED;

    /** On the report document: the buckets its current version's rows are in ({@link IndicatorBuckets}). */
    static final String BUCKETS = "indicatorBuckets";

    private final Collections collections;
    private final ReportBodies bodies;
    private final SearchIndex searchIndex;
    private final IndicatorBuckets indicatorBuckets;
    private final BsonJson json;
    private final FlipEpoch flips;
    /** One report's store and backfill steps never overlap; different reports' do, on the write lanes. */
    private final ReportLocks locks = new ReportLocks();

    public ReportWriter(Collections collections, ReportBodies bodies, SearchIndex searchIndex,
                        IndicatorBuckets indicatorBuckets, BsonJson json, FlipEpoch flips) {
        this.collections = collections;
        this.bodies = bodies;
        this.searchIndex = searchIndex;
        this.indicatorBuckets = indicatorBuckets;
        this.json = json;
        this.flips = flips;
    }

    /**
     * Records received reports as pending, each unless the store already knows it: a late raw message never
     * downgrades. One journaled bulk write for the lot, so a re-extraction published at once costs the store one disk
     * commit per batch of raw messages rather than one per report.
     */
    public void markPending(List<RawReport> raws) {
        List<WriteModel<Document>> upserts = new ArrayList<>(raws.size());
        for (RawReport raw : raws) {
            Instant received = raw.receivedAt() != null ? raw.receivedAt() : Instant.now();
            upserts.add(new UpdateOneModel<>(Filters.eq("_id", raw.id()), Updates.combine(
                    Updates.setOnInsert("status", ReportStatus.PENDING),
                    Updates.setOnInsert("source", raw.source() == null ? null : json.toDocument(raw.source())),
                    Updates.setOnInsert("receivedAt", Date.from(received)),
                    Updates.setOnInsert("updatedAt", new Date())), UPSERT));
        }
        if (!upserts.isEmpty()) {
            collections.reports().withWriteConcern(LAST).bulkWrite(upserts);
        }
    }

    /** Marks a report failed with the reason, unless it is stored: a stored document outranks any dead letter. */
    public void markFailed(DeadLetter dead) {
        Date now = new Date();
        Bson failed = Updates.combine(
                Updates.set("status", ReportStatus.FAILED),
                Updates.set("reason", dead.reason()),
                Updates.set("failedAt", Date.from(dead.failedAt() != null ? dead.failedAt() : now.toInstant())),
                Updates.set("updatedAt", now));
        long matched = collections.reports().withWriteConcern(LAST).updateOne(
                Filters.and(Filters.eq("_id", dead.id()), Filters.ne("status", ReportStatus.STORED)), failed).getMatchedCount();
        if (matched == 0) {
            // Not there yet (the raw message has not been seen), or stored: insert if absent, else leave alone.
            collections.reports().withWriteConcern(LAST).updateOne(Filters.eq("_id", dead.id()), Updates.combine(
                    Updates.setOnInsert("status", ReportStatus.FAILED),
                    Updates.setOnInsert("reason", dead.reason()),
                    Updates.setOnInsert("source", dead.source() == null ? null : json.toDocument(dead.source())),
                    Updates.setOnInsert("receivedAt", now),
                    Updates.setOnInsert("failedAt", now),
                    Updates.setOnInsert("updatedAt", now)), UPSERT);
        }
    }

    /**
     * Stores an extracted report so that no reader sees it half old and half new:
     * <ol>
     *   <li>write the new version's body, passage document and bucket entries beside the old version's, which stay
     *       ({@link ReportBodies}, {@link SearchIndex}, {@link IndicatorBuckets});</li>
     *   <li>flip: replace the report document, whose {@code extractorVersion} names the current version, in one
     *       single-document update (atomic in every MongoDB);</li>
     *   <li>bump the flip epoch, then retire the replaced version's entries, passage document and body.</li>
     * </ol>
     * Readers keep one version per report ({@link BucketReader} says why that is enough). A crash between steps leaves
     * entries readers set aside or that the redelivered message, which redoes every step, overwrites. Every write names
     * its documents by {@code _id}, so no step scans a collection however many reports the store holds.
     *
     * @return false when the report was already stored by this extractor version (a duplicate or replay: nothing changed)
     */
    public boolean store(ReportDocument report) {
        return store(report, () -> prepare(report));
    }

    /**
     * What {@link #store} writes that depends on the report alone: its document, its passages with their segmented
     * terms, and its rows by bucket. Reads nothing stored and holds no lock, so the next report can be prepared while
     * one is being written.
     */
    public PreparedReport prepare(ReportDocument report) {
        return new PreparedReport(report, json.toDocument(report), searchIndex.passages(report),
                indicatorBuckets.rowsByBucket(report));
    }

    /** {@link #store(ReportDocument)} of a report {@link #prepare}d. */
    public boolean store(PreparedReport prepared) {
        return store(prepared.report(), () -> prepared);
    }

    /**
     * Whether the report is stored already at its extractor version, so that {@link #store} would change nothing: the
     * consumer asks before preparing, as a replay (a re-extraction by the same extractor, a redelivery) need not be
     * segmented again. One read by {@code _id}; false when the store cannot answer, as {@link #store} decides again
     * anyway, with the consumer's retries around it.
     */
    public boolean isStoredAtVersion(ReportDocument report) {
        try {
            return storedAtVersion(current(report.id()), report);
        } catch (MongoException e) {
            return false;
        }
    }

    private Document current(String id) {
        return collections.reports().find(Filters.eq("_id", id))
                .projection(Projections.include("status", "extractorVersion", BUCKETS)).first();
    }

    private static boolean storedAtVersion(Document current, ReportDocument report) {
        return current != null && ReportStatus.STORED.equals(current.getString("status"))
                && Objects.equals(current.getString("extractorVersion"), report.extractorVersion());
    }

    /** Prepares the report only once it is known not to be a replay. */
    private boolean store(ReportDocument report, Supplier<PreparedReport> preparing) {
        synchronized (locks.of(report.id())) {
            return storeLocked(report, preparing);
        }
    }

    private boolean storeLocked(ReportDocument report, Supplier<PreparedReport> preparing) {
        Document current = current(report.id());
        if (storedAtVersion(current, report)) {
            // A replay may follow a store that died between its flip and its bump: readers that kept an answer at the
            // epoch before the flip must see it move.
            flips.bump(LAST);
            return false;
        }
        String replaced = current == null ? null : current.getString("extractorVersion");
        List<String> replacedBuckets = current == null ? List.of() : current.getList(BUCKETS, String.class, List.of());
        PreparedReport prepared = preparing.get();
        Document whole = prepared.whole();
        bodies.write(report, whole);
        searchIndex.write(prepared.passages());
        List<String> buckets = indicatorBuckets.write(report, prepared.bucketRows(),
                replaced == null ? null : Set.copyOf(replacedBuckets));

        Date now = new Date();
        List<Bson> updates = new ArrayList<>();
        whole.forEach((field, value) -> {
            if (!ReportBodies.FIELDS.contains(field)) {
                updates.add(Updates.set(field, value));
            }
        });
        // A report document from before bodies moved out holds its body itself.
        ReportBodies.FIELDS.forEach(field -> updates.add(Updates.unset(field)));
        updates.add(Updates.set("status", ReportStatus.STORED));
        updates.add(Updates.set("indicatorCount", report.indicators() == null ? 0 : report.indicators().size()));
        updates.add(Updates.set(BUCKETS, buckets));
        updates.add(Updates.set(MetricCounts.FIELD, MetricCounts.of(report)));
        updates.add(Updates.set("storedAt", now));
        updates.add(Updates.set("updatedAt", now));
        updates.add(Updates.unset("reason"));
        updates.add(Updates.unset("failedAt"));
        updates.add(Updates.setOnInsert("receivedAt", now));
        collections.reports().updateOne(Filters.eq("_id", report.id()), Updates.combine(updates), UPSERT);

        // The last write unless a replaced version is retired after it (ReportBodies.drop is then).
        flips.bump(replaced == null ? LAST : null);
        if (replaced != null) {
            indicatorBuckets.retire(report.id(), replaced, replacedBuckets, report.extractorVersion(), buckets);
            searchIndex.drop(report.id(), replaced);
            bodies.drop(report.id(), replaced);
        }
        return true;
    }

    /**
     * Writes the bucket entries and passages of a report stored by the store's earlier shape (its report document has
     * no {@value #BUCKETS}), read at its current version. Under the report's lock, as {@link #store} is, and done only
     * if the report is still at that version in the earlier shape, so a re-extraction that ran meanwhile is never undone.
     */
    void reshape(ReportDocument report) {
        synchronized (locks.of(report.id())) {
            if (stillAt(report, BUCKETS, false)) {
                searchIndex.index(report);
                List<String> buckets = indicatorBuckets.write(report, null);
                collections.reports().updateOne(Filters.eq("_id", report.id()), Updates.set(BUCKETS, buckets));
                flips.bump(null);
            }
        }
    }

    /**
     * Writes the {@link MetricCounts} of a report stored before report documents held them. Like {@link #reshape}, only
     * while the report is still stored at the version read without them; moves the epoch, as the catalogue changes.
     */
    void countMetrics(ReportDocument report) {
        synchronized (locks.of(report.id())) {
            if (stillAt(report, MetricCounts.FIELD, false)) {
                collections.reports().updateOne(Filters.eq("_id", report.id()), Updates.set(MetricCounts.FIELD, MetricCounts.of(report)));
                flips.bump(null);
            }
        }
    }

    /**
     * Writes again the passages of a report whose passage document was cut by an earlier {@link Segmenter#VERSION}.
     * Like {@link #reshape}, only while the report is still stored at the version read, so that no passage document
     * of a replaced version comes back.
     */
    void reindex(ReportDocument report) {
        synchronized (locks.of(report.id())) {
            if (stillAt(report, BUCKETS, true)) {
                searchIndex.index(report);
            }
        }
    }

    /**
     * Moves the body of a report stored before bodies moved out of the report documents into {@code reportBodies}.
     * Like {@link #reshape}, only while the report is still stored at the version read (with its body inline).
     */
    void moveBody(ReportDocument report) {
        synchronized (locks.of(report.id())) {
            if (stillAt(report, ReportBodies.FIELDS.get(0), true)) {
                bodies.write(report, json.toDocument(report));
                collections.reports().updateOne(Filters.eq("_id", report.id()),
                        Updates.combine(ReportBodies.FIELDS.stream().map(Updates::unset).toList()));
            }
        }
    }

    /**
     * Whether the report is still stored at the version read, with or without the field. Read by {@code _id} alone and
     * checked here: mongo-java-server scans the collection for a query on {@code _id} and anything more.
     */
    private boolean stillAt(ReportDocument report, String field, boolean present) {
        Document d = collections.reports().find(Filters.eq("_id", report.id()))
                .projection(Projections.include("extractorVersion", field)).first();
        return d != null && Objects.equals(d.getString("extractorVersion"), report.extractorVersion()) && d.containsKey(field) == present;
    }
}
