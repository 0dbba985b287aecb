package io.govreport.store.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import io.govreport.model.ReportDocument;
import io.govreport.model.ReportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code reportBodies}: one document per report version ({@code _id} reportId/version) with what makes a report big,
 * its {@link #FIELDS}, each {@link Packed}. They are kept out of the report documents so that what scans those on the
 * embedded store (the report list and its count, the region tree) reads documents of a kilobyte, not of a hundred.
 *
 * <p>A report document names its current version; its body is written before the flip to that version and dropped
 * after the flip away from it ({@link ReportWriter#store}). A reader that finds no body for the version it read met
 * such a flip in between, and reads the report document again ({@link #complete}). A report document of a store written
 * before bodies moved out still holds its body, and is read as it is until the backfill moves it.
 */
@ApplicationScoped
public class ReportBodies {
    static final List<String> FIELDS = List.of("text", "sections", "indicators", "glossary", "warnings");
    /** Rounds of reading report documents again before a reader gives up on a report that keeps being re-extracted. */
    private static final int ATTEMPTS = 5;

    private final Collections collections;

    public ReportBodies(Collections collections) {
        this.collections = collections;
    }

    static String id(String reportId, String version) {
        return reportId + "/" + version;
    }

    /**
     * Writes the body of the report's version; idempotent, a body left by an earlier attempt is replaced.
     *
     * @param whole the report as a document ({@link BsonJson#toDocument})
     */
    void write(ReportDocument report, Document whole) {
        Document body = new Document("_id", id(report.id(), report.extractorVersion()));
        FIELDS.forEach(field -> body.append(field, Packed.pack(whole.get(field))));
        collections.bodies().replaceOne(Filters.eq("_id", body.get("_id")), body, new ReplaceOptions().upsert(true));
    }

    /** The last write of a re-extraction's {@link ReportWriter#store}, hence journaled. */
    void drop(String reportId, String version) {
        collections.bodies().withWriteConcern(ReportWriter.LAST).deleteOne(Filters.eq("_id", id(reportId, version)));
    }

    /**
     * Stored report documents with the named body fields filled in from their current version's body, in the order
     * given. A report read again that is no longer stored is left out.
     *
     * @param reports    report documents read with {@code projection}
     * @param projection holds at least {@code _id}, {@code extractorVersion} and the named fields (which a report
     *                   document from before bodies moved out still holds itself); a report is read again with it
     */
    List<Document> complete(List<Document> reports, Bson projection, List<String> fields) {
        List<Document> done = new ArrayList<>(reports);
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < done.size(); i++) {
            if (!holdsBody(done.get(i), fields)) {
                open.add(i);
            }
        }
        for (int attempt = 0; !open.isEmpty(); attempt++) {
            if (attempt == ATTEMPTS) {
                throw new IllegalStateException("reports re-extracted while being read, " + ATTEMPTS + " times over: "
                        + open.stream().map(i -> done.get(i).getString("_id")).toList());
            }
            Map<String, Document> bodies = new HashMap<>();
            collections.bodies().find(Filters.in("_id", open.stream().map(i -> bodyId(done.get(i))).toList()))
                    .projection(Projections.include(fields)).batchSize(Collections.BODY_READ_BATCH).forEach(b -> bodies.put(b.getString("_id"), b));
            List<Integer> again = new ArrayList<>();
            for (int i : open) {
                Document body = bodies.get(bodyId(done.get(i)));
                if (body == null) {
                    again.add(i);
                } else {
                    fields.forEach(field -> done.get(i).append(field, Packed.unpack(body.get(field))));
                }
            }
            if (!again.isEmpty()) {
                reread(done, again, projection);
            }
            open = again.stream().filter(i -> done.get(i) != null && !holdsBody(done.get(i), fields)).toList();
        }
        return done.stream().filter(Objects::nonNull).toList();
    }

    /**
     * Reads the reports at these indexes again; one no longer stored becomes null. By {@code _id} alone, the status
     * checked here: mongo-java-server uses its {@code _id} index only for a query on {@code _id} alone.
     */
    private void reread(List<Document> done, List<Integer> indexes, Bson projection) {
        Map<String, Document> fresh = new HashMap<>();
        collections.reports().find(Filters.in("_id", indexes.stream().map(i -> done.get(i).get("_id")).toList()))
                .projection(Projections.fields(projection, Projections.include("status")))
                .forEach(d -> {
                    if (ReportStatus.STORED.equals(d.remove("status"))) {
                        fresh.put(d.getString("_id"), d);
                    }
                });
        for (int i : indexes) {
            done.set(i, fresh.get(done.get(i).getString("_id")));
        }
    }

    /** A report document from before bodies moved out holds its body itself. */
    private static boolean holdsBody(Document report, List<String> fields) {
        return fields.stream().anyMatch(report::containsKey);
    }

    private static String bodyId(Document report) {
        return id(report.getString("_id"), report.getString("extractorVersion"));
    }
}
