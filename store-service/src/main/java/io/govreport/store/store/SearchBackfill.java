package io.govreport.store.store;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Indexes, in the background after start-up, the stored reports that have no passages of their current version
 * (stored before search existed, or by a store that crashed between the two writes), so search covers every report.
 */
@ApplicationScoped
public class SearchBackfill {
    private static final Logger LOG = Logger.getLogger(SearchBackfill.class);

    private final StoredReports reports;
    private final ReportQueries queries;
    private final SearchIndex index;

    public SearchBackfill(StoredReports reports, ReportQueries queries, SearchIndex index) {
        this.reports = reports;
        this.queries = queries;
        this.index = index;
    }

    void onStart(@Observes StartupEvent startup) {
        Thread thread = new Thread(this::backfill, "search-backfill");
        thread.setDaemon(true);
        thread.start();
    }

    private void backfill() {
        int indexed = 0;
        try {
            for (StoredReports.Stored report : reports.all().values()) {
                if (!index.isIndexed(report.id(), report.version())) {
                    queries.document(report.id()).ifPresent(index::index);
                    indexed++;
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("search backfill stopped; it runs again at the next start", e);
        }
        if (indexed > 0) {
            LOG.infof("search backfill indexed %d stored report(s)", indexed);
        }
    }
}
