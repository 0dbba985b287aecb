package io.govreport.store.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.govreport.model.ReportDocument;
import io.govreport.model.ReportStatus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Brings a store written by earlier code to the current shape, in the background after start-up, from the report
 * documents, which hold everything needed; a crash midway is finished at the next start.
 * <ul>
 *   <li>The earlier shape (one document per indicator row in {@code indicators}, one per passage in {@code passages}):
 *       drops those two collections and writes the buckets and passage document of every stored report that has none
 *       ({@link ReportWriter#reshape}). Until a report is done its figures and passages are not found.</li>
 *   <li>Passage documents whose terms an earlier {@link Segmenter#VERSION} cut: indexed again
 *       ({@link ReportWriter#reindex}). Until then a query finds them where both ways cut its words alike.</li>
 *   <li>Report documents written before they held their {@link MetricCounts}: counted from their current version. Until
 *       a report is done the metric catalogue leaves its figures out.</li>
 *   <li>Passage documents written before search had its inverted index: made pending, so that {@link SearchSegments}
 *       puts them into segments (until it has, search reads them whole, as it did before).</li>
 * </ul>
 */
@ApplicationScoped
public class StoreBackfill {
    private static final Logger LOG = Logger.getLogger(StoreBackfill.class);
    private static final List<String> EARLIER_SHAPE = List.of("indicators", "passages");
    private static final int PROGRESS_EVERY = 1000;
    /** The counters document recording the shape the last finished backfill brought the store to. */
    private static final String DONE = "store-backfill";
    private static final String SHAPE = "shape";
    /** Names what the steps below bring a store to; a new step changes it. */
    private static final String CURRENT_SHAPE = "buckets, bodies apart, terms v" + Segmenter.VERSION + ", search segments, metric counts";

    private final Collections collections;
    private final ReportQueries queries;
    private final ReportWriter writer;
    private final SearchSegments segments;

    public StoreBackfill(Collections collections, ReportQueries queries, ReportWriter writer, SearchSegments segments) {
        this.collections = collections;
        this.queries = queries;
        this.writer = writer;
        this.segments = segments;
    }

    void onStart(@Observes StartupEvent startup) {
        Thread thread = new Thread(this::backfill, "store-backfill");
        thread.setDaemon(true);
        thread.start();
    }

    private void backfill() {
        try {
            if (isDone()) {
                return;
            }
            collections.dropIfPresent(EARLIER_SHAPE);
            List<String> earlierShape = ids(collections.reports().find(Filters.and(Filters.eq("status", ReportStatus.STORED),
                    Filters.exists(ReportWriter.BUCKETS, false))).projection(Projections.include("_id")), "_id");
            rewrite(earlierShape, writer::reshape, "wrote the buckets and passages of %d of %d report(s) stored by the earlier shape");
            List<String> earlierTerms = ids(collections.passages().find(Filters.ne(SearchIndex.TERMS_VERSION, Segmenter.VERSION))
                    .projection(Projections.include(SearchIndex.REPORT_ID)), SearchIndex.REPORT_ID);
            rewrite(earlierTerms, writer::reindex, "indexed again the passages of %d of %d report(s) cut by an earlier segmenter");
            List<String> inlineBodies = ids(collections.reports().find(Filters.and(Filters.eq("status", ReportStatus.STORED),
                    Filters.exists(ReportBodies.FIELDS.get(0), true))).projection(Projections.include("_id")), "_id");
            rewrite(inlineBodies, writer::moveBody, "moved the bodies of %d of %d report(s) out of their report documents");
            List<String> uncounted = ids(collections.reports().find(Filters.and(Filters.eq("status", ReportStatus.STORED),
                    Filters.exists(MetricCounts.FIELD, false))).projection(Projections.include("_id")), "_id");
            rewrite(uncounted, writer::countMetrics, "counted the metrics of %d of %d report(s) stored without their counts");
            Set<String> indexed = segments.indexed();
            List<String> unsegmented = ids(collections.passages().find().projection(Projections.include("_id")), "_id")
                    .stream().filter(id -> !indexed.contains(id)).toList();
            unsegmented.forEach(segments::pending);
            if (!unsegmented.isEmpty()) {
                LOG.infof("store backfill made %d passage document(s) pending for the search index", unsegmented.size());
            }
            collections.counters().updateOne(Filters.eq("_id", DONE), Updates.set(SHAPE, CURRENT_SHAPE), new UpdateOptions().upsert(true));
        } catch (RuntimeException e) {
            LOG.warn("store backfill stopped; it runs again at the next start", e);
        }
    }

    /**
     * Whether a backfill of the current shape has finished on this store: its scans read every report and passage
     * document, seconds of work per thousand reports on the embedded store, at every start otherwise. The store-service
     * writing now writes the current shape, so the store stays done (an older one, in a rolling upgrade, may not).
     */
    private boolean isDone() {
        Document done = collections.counters().find(Filters.eq("_id", DONE)).first();
        return done != null && CURRENT_SHAPE.equals(done.getString(SHAPE));
    }

    private static List<String> ids(Iterable<Document> found, String field) {
        List<String> ids = new ArrayList<>();
        found.forEach(d -> ids.add(d.getString(field)));
        return ids;
    }

    /** Rewrites each report from its report document, logging progress every {@value #PROGRESS_EVERY} and at the end. */
    private void rewrite(List<String> ids, Consumer<ReportDocument> rewrite, String done) {
        for (int i = 0; i < ids.size(); i++) {
            queries.document(ids.get(i)).ifPresent(rewrite);
            if ((i + 1) % PROGRESS_EVERY == 0 || i + 1 == ids.size()) {
                LOG.infof("store backfill " + done, i + 1, ids.size());
            }
        }
    }
}
