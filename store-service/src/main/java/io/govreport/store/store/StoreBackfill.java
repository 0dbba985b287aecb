package io.govreport.store.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.govreport.model.ReportStatus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Brings a store written by the earlier shape (one document per indicator row in {@code indicators}, one per passage
 * in {@code passages}) to the current one, in the background after start-up: drops those two collections and writes
 * the buckets and passage document of every stored report that has none ({@link ReportWriter#reshape}), from its
 * report document, which holds everything needed. Until a report is done its figures and passages are not found;
 * a crash midway is finished at the next start.
 */
@ApplicationScoped
public class StoreBackfill {
    private static final Logger LOG = Logger.getLogger(StoreBackfill.class);
    private static final List<String> EARLIER_SHAPE = List.of("indicators", "passages");

    private final Collections collections;
    private final ReportQueries queries;
    private final ReportWriter writer;

    public StoreBackfill(Collections collections, ReportQueries queries, ReportWriter writer) {
        this.collections = collections;
        this.queries = queries;
        this.writer = writer;
    }

    void onStart(@Observes StartupEvent startup) {
        Thread thread = new Thread(this::backfill, "store-backfill");
        thread.setDaemon(true);
        thread.start();
    }

    private void backfill() {
        int reshaped = 0;
        try {
            collections.dropIfPresent(EARLIER_SHAPE);
            List<String> ids = new ArrayList<>();
            for (Document d : collections.reports().find(Filters.and(Filters.eq("status", ReportStatus.STORED),
                    Filters.exists(ReportWriter.BUCKETS, false))).projection(Projections.include("_id"))) {
                ids.add(d.getString("_id"));
            }
            for (String id : ids) {
                queries.document(id).ifPresent(writer::reshape);
                reshaped++;
            }
        } catch (RuntimeException e) {
            LOG.warn("store backfill stopped; it runs again at the next start", e);
        }
        if (reshaped > 0) {
            LOG.infof("store backfill wrote the buckets and passages of %d report(s) stored by the earlier shape", reshaped);
        }
    }
}
