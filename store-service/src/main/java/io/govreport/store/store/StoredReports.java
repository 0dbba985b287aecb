package io.govreport.store.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.govreport.model.Region;
import io.govreport.model.ReportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.HashMap;
import java.util.Map;

/**
 * The stored reports' current extractor versions and headline metadata, read in one projected scan of
 * {@code reports}: what search and the catalogue counts need to keep only current rows and to label them.
 */
@ApplicationScoped
public class StoredReports {
    /** A stored report as the cross-report reads label it; {@code version} is its rows' current version. */
    public record Stored(String id, String version, String title, Region region, String level, Integer year) {
    }

    private final Collections collections;
    private final BsonJson json;

    public StoredReports(Collections collections, BsonJson json) {
        this.collections = collections;
        this.json = json;
    }

    public Map<String, Stored> all() {
        Map<String, Stored> stored = new HashMap<>();
        for (Document d : collections.reports().find(Filters.eq("status", ReportStatus.STORED))
                .projection(Projections.include("extractorVersion", "meta.title", "meta.region", "meta.level", "meta.year"))) {
            Document meta = d.get("meta", Document.class);
            Document region = meta == null ? null : meta.get("region", Document.class);
            stored.put(d.getString("_id"), new Stored(d.getString("_id"), d.getString("extractorVersion"),
                    meta == null ? null : meta.getString("title"),
                    region == null ? null : json.fromDocument(region, Region.class),
                    meta == null ? null : meta.getString("level"),
                    meta == null ? null : meta.getInteger("year")));
        }
        return stored;
    }

    /** Whether a row tagged with a report id and extractor version belongs to that report's current version. */
    static boolean isCurrent(Map<String, Stored> stored, String reportId, String version) {
        Stored report = stored.get(reportId);
        return report != null && version != null && version.equals(report.version());
    }
}
