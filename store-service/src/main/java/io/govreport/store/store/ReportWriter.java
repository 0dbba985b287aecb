package io.govreport.store.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
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

/**
 * Every write to the store. Each one is idempotent, so a message delivered twice (a replay, a redelivery after a
 * crash before the offset commit) changes nothing the second time.
 */
@ApplicationScoped
public class ReportWriter {
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    /** On the report document: how many passages its current version has in {@link SearchIndex}. */
    static final String PASSAGE_COUNT = "passageCount";

    private final Collections collections;
    private final SearchIndex searchIndex;
    private final BsonJson json;

    public ReportWriter(Collections collections, SearchIndex searchIndex, BsonJson json) {
        this.collections = collections;
        this.searchIndex = searchIndex;
        this.json = json;
    }

    /** Records a received report as pending, unless the store already knows it: a late raw message never downgrades. */
    public void markPending(RawReport raw) {
        Instant received = raw.receivedAt() != null ? raw.receivedAt() : Instant.now();
        collections.reports().updateOne(Filters.eq("_id", raw.id()), Updates.combine(
                Updates.setOnInsert("status", ReportStatus.PENDING),
                Updates.setOnInsert("source", raw.source() == null ? null : json.toDocument(raw.source())),
                Updates.setOnInsert("receivedAt", Date.from(received)),
                Updates.setOnInsert("updatedAt", new Date())), UPSERT);
    }

    /** Marks a report failed with the reason, unless it is stored: a stored document outranks any dead letter. */
    public void markFailed(DeadLetter dead) {
        Date now = new Date();
        Bson failed = Updates.combine(
                Updates.set("status", ReportStatus.FAILED),
                Updates.set("reason", dead.reason()),
                Updates.set("failedAt", Date.from(dead.failedAt() != null ? dead.failedAt() : now.toInstant())),
                Updates.set("updatedAt", now));
        long matched = collections.reports().updateOne(
                Filters.and(Filters.eq("_id", dead.id()), Filters.ne("status", ReportStatus.STORED)), failed).getMatchedCount();
        if (matched == 0) {
            // Not there yet (the raw message has not been seen), or stored: insert if absent, else leave alone.
            collections.reports().updateOne(Filters.eq("_id", dead.id()), Updates.combine(
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
     *   <li>write the new passages and indicator rows under the new version (readers skip them: not current yet);</li>
     *   <li>flip: replace the report document, whose {@code extractorVersion} is the rows' current version, in one
     *       single-document update (atomic in every MongoDB);</li>
     *   <li>bump the flip epoch, then delete the report's rows of the version it replaced (readers already skip them).</li>
     * </ol>
     * A crash between steps leaves only rows readers skip; the redelivered message redoes every step. Every row is
     * written and deleted by its {@code _id} ({@link RowIds}): the report document keeps how many rows its current
     * version has, so no step scans a collection, however many reports the store holds.
     *
     * @return false when the report was already stored by this extractor version (a duplicate or replay: nothing changed)
     */
    public boolean store(ReportDocument report) {
        Document current = collections.reports().find(Filters.eq("_id", report.id()))
                .projection(Projections.include("status", "extractorVersion", "indicatorCount", PASSAGE_COUNT)).first();
        String replaced = current == null ? null : current.getString("extractorVersion");
        if (current != null && ReportStatus.STORED.equals(current.getString("status"))
                && Objects.equals(replaced, report.extractorVersion())) {
            return false;
        }
        int passages = searchIndex.index(report);
        List<Document> rows = IndicatorRows.of(report, json);
        RowIds.insert(collections.indicators(), rows);

        Date now = new Date();
        List<Bson> updates = new ArrayList<>();
        json.toDocument(report).forEach((field, value) -> updates.add(Updates.set(field, value)));
        updates.add(Updates.set("status", ReportStatus.STORED));
        updates.add(Updates.set("indicatorCount", rows.size()));
        updates.add(Updates.set(PASSAGE_COUNT, passages));
        updates.add(Updates.set("storedAt", now));
        updates.add(Updates.set("updatedAt", now));
        updates.add(Updates.unset("reason"));
        updates.add(Updates.unset("failedAt"));
        updates.add(Updates.setOnInsert("receivedAt", now));
        collections.reports().updateOne(Filters.eq("_id", report.id()), Updates.combine(updates), UPSERT);

        collections.counters().updateOne(Filters.eq("_id", Collections.FLIPS), Updates.inc("epoch", 1L), UPSERT);
        if (replaced != null && !replaced.equals(report.extractorVersion())) {
            collections.indicators().deleteMany(Filters.in("_id",
                    RowIds.first(current.getInteger("indicatorCount", 0), report.id(), replaced)));
            searchIndex.dropVersion(report.id(), replaced, current.getInteger(PASSAGE_COUNT));
        }
        return true;
    }
}
