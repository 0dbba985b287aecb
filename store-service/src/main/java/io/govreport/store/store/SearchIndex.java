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
     * there when it becomes current), and returns how many there are. Idempotent: rows left by an earlier attempt at
     * the same version have the same ids and are replaced.
     */
    public int index(ReportDocument report) {
        List<Passages.Passage> found = Passages.of(report);
        List<String> ids = RowIds.first(found.size(), report.id(), report.extractorVersion());
        List<Document> rows = new ArrayList<>(found.size());
        for (int seq = 0; seq < found.size(); seq++) {
            Passages.Passage p = found.get(seq);
            String text = report.text().substring(p.start(), p.end());
            rows.add(new Document("_id", ids.get(seq))
                    .append(REPORT_ID, report.id()).append(VERSION, report.extractorVersion())
                    .append("kind", p.kind()).append("section", p.section()).append("sectionTitle", p.sectionTitle())
                    .append("start", p.start()).append("end", p.end()).append("text", text)
                    .append(TERMS, segmenter.terms(text)));
        }
        RowIds.insert(passages, rows);
        return rows.size();
    }

    /**
     * Deletes a report's passages of a version that is no longer current. {@code count} null means a report stored
     * before the store kept its passage count: only then is the (scanning) filter used.
     */
    void dropVersion(String reportId, String version, Integer count) {
        passages.deleteMany(count != null ? Filters.in("_id", RowIds.first(count, reportId, version))
                : Filters.and(Filters.eq(REPORT_ID, reportId), Filters.eq(VERSION, version)));
    }

    /** Whether the report's passages of this version are written (the backfill's test): its first passage, by id. */
    boolean isIndexed(String reportId, String version) {
        return passages.find(Filters.eq("_id", RowIds.of(reportId, version, 0))).first() != null;
    }
}
