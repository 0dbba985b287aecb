package io.govreport.store.store;

import com.mongodb.client.model.Projections;
import io.govreport.model.IndicatorRow;
import io.govreport.model.Region;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Indicator rows read from report documents, whose {@code indicators} are always exactly the current version's. */
final class ReportRows {
    /** What a report document must be read with. */
    static final Bson FIELDS = Projections.include("meta.region", "meta.level", "meta.year", "indicators");

    private ReportRows() {
    }

    static List<FoundRow> of(Iterable<Document> reports, Predicate<IndicatorRow> wanted) {
        List<FoundRow> rows = new ArrayList<>();
        for (Document report : reports) {
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
