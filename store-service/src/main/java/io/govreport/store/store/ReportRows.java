package io.govreport.store.store;

import com.mongodb.client.model.Projections;
import io.govreport.model.IndicatorRow;
import io.govreport.model.Region;
import io.govreport.model.ReportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Indicator rows read from the reports themselves, whose bodies hold exactly the current version's {@code indicators}:
 * for queries without a metric, and for reports whose bucket entries are in flux ({@link BucketReader}).
 */
@ApplicationScoped
public class ReportRows {
    private static final List<String> INDICATORS = List.of("indicators");
    /** What a report document is read with (its body's indicators, where it still holds them itself). */
    private static final Bson FIELDS = Projections.include("meta.region", "meta.level", "meta.year", "extractorVersion", "indicators",
            "status");

    private final Collections collections;
    private final ReportBodies bodies;

    public ReportRows(Collections collections, ReportBodies bodies) {
        this.collections = collections;
        this.bodies = bodies;
    }

    /**
     * The rows of the stored report documents matching the filter that the predicate wants. The status is checked here,
     * so a read by {@code _id} needs no other condition (with one, mongo-java-server scans instead of using the index).
     */
    List<FoundRow> of(Bson reports, Predicate<IndicatorRow> wanted) {
        List<FoundRow> rows = new ArrayList<>();
        List<Document> found = new ArrayList<>();
        collections.reports().find(reports).projection(FIELDS).batchSize(Collections.REPORT_SCAN_BATCH).forEach(d -> {
            if (ReportStatus.STORED.equals(d.getString("status"))) {
                found.add(d);
            }
        });
        for (Document report : bodies.complete(found, FIELDS, INDICATORS)) {
            Document meta = report.get("meta", Document.class);
            Region region = meta == null ? null : FoundRow.region(meta.get("region", Document.class));
            String level = meta == null ? null : meta.getString("level");
            Integer year = meta == null ? null : FoundRow.integer(meta.get("year"));
            List<Document> indicators = report.getList("indicators", Document.class, List.of());
            for (int seq = 0; seq < indicators.size(); seq++) {
                FoundRow row = FoundRow.of(report.getString("_id"), region, level, year, seq, indicators.get(seq));
                if (wanted.test(row.row())) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
