package io.govreport.store.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.govreport.model.Region;
import io.govreport.model.ReportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

/** The stored reports' regions and levels, read in one projected scan of {@code reports}: what the region tree needs. */
@ApplicationScoped
public class StoredReports {
    /** A stored report as the region tree counts it. */
    public record Stored(String id, Region region, String level) {
    }

    private final Collections collections;

    public StoredReports(Collections collections) {
        this.collections = collections;
    }

    public List<Stored> all() {
        List<Stored> stored = new ArrayList<>();
        for (Document d : collections.reports().find(Filters.eq("status", ReportStatus.STORED))
                .projection(Projections.include("meta.region", "meta.level")).batchSize(Collections.REPORT_SCAN_BATCH)) {
            Document meta = d.get("meta", Document.class);
            stored.add(new Stored(d.getString("_id"), meta == null ? null : FoundRow.region(meta.get("region", Document.class)),
                    meta == null ? null : meta.getString("level")));
        }
        return stored;
    }
}
