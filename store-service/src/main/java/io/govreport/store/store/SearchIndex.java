package io.govreport.store.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import io.govreport.model.ReportDocument;
import io.govreport.store.config.StoreConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code passages} collection: one row per heading and sentence of each stored report with its HanLP-segmented
 * {@code terms}, because neither the embedded store (no {@code $text}) nor MongoDB's text index (no Chinese
 * word breaking) can search Chinese. Rows are tagged with the extractor version like the indicator rows, and search
 * keeps only the current version's, so a re-extraction never shows a report's passages half old and half new.
 */
@ApplicationScoped
public class SearchIndex {
    static final String PASSAGES = "passages";
    static final String REPORT_ID = "reportId";
    static final String VERSION = "version";
    static final String TERMS = "terms";

    private final MongoCollection<Document> passages;
    private final Segmenter segmenter;

    public SearchIndex(MongoClient client, StoreConfig config, Segmenter segmenter) {
        this.passages = client.getDatabase(config.database()).getCollection(PASSAGES);
        this.segmenter = segmenter;
    }

    MongoCollection<Document> passages() {
        return passages;
    }

    void createIndexes(@Observes StartupEvent startup) {
        passages.createIndex(Indexes.ascending(TERMS));
        passages.createIndex(Indexes.ascending(REPORT_ID, VERSION));
    }

    /**
     * Writes the report's passages under its extractor version, before the report itself is stored (so they are
     * there when it becomes current). Idempotent: a redelivered report whose rows are all written is skipped.
     */
    public void index(ReportDocument report) {
        List<Passages.Passage> found = Passages.of(report);
        Bson own = ownRows(report);
        if (passages.countDocuments(own) == found.size()) {
            return;
        }
        passages.deleteMany(own);
        List<Document> rows = new ArrayList<>(found.size());
        for (int seq = 0; seq < found.size(); seq++) {
            Passages.Passage p = found.get(seq);
            String text = report.text().substring(p.start(), p.end());
            rows.add(new Document("_id", report.id() + "/" + report.extractorVersion() + "/" + seq)
                    .append(REPORT_ID, report.id()).append(VERSION, report.extractorVersion())
                    .append("kind", p.kind()).append("section", p.section()).append("sectionTitle", p.sectionTitle())
                    .append("start", p.start()).append("end", p.end()).append("text", text)
                    .append(TERMS, segmenter.terms(text)));
        }
        if (!rows.isEmpty()) {
            passages.insertMany(rows);
        }
    }

    /** Deletes the report's passages of every other extractor version, once the report is stored under this one. */
    public void dropOtherVersions(ReportDocument report) {
        passages.deleteMany(Filters.and(Filters.eq(REPORT_ID, report.id()),
                Filters.ne(VERSION, report.extractorVersion())));
    }

    /** Whether the report's passages of this version are written (the backfill's test). */
    boolean isIndexed(String reportId, String version) {
        return passages.find(Filters.and(Filters.eq(REPORT_ID, reportId), Filters.eq(VERSION, version))).first() != null;
    }

    private static Bson ownRows(ReportDocument report) {
        return Filters.and(Filters.eq(REPORT_ID, report.id()), Filters.eq(VERSION, report.extractorVersion()));
    }
}
