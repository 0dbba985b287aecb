package io.govreport.store.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.govreport.model.ReportDocument;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes {@code reportPassages}: one document per report version ({@code _id} reportId/version) holding every heading
 * and sentence of the report ({@link Passages}) with its HanLP-segmented {@code terms}, because neither the embedded
 * store (no {@code $text}) nor MongoDB's text index (no Chinese word breaking) can search Chinese. The document also
 * carries what a hit shows (title, region, year; the text its offsets index is the report document's, the same for
 * every version of a report, since its id is the text's hash), the {@link Segmenter#VERSION} that cut its terms and,
 * at top level, the union of its passages' terms, for a multikey index on real MongoDB. Search keeps one version per
 * report ({@link SearchQuery}).
 */
@ApplicationScoped
public class SearchIndex {
    static final String REPORT_ID = "reportId";
    static final String VERSION = "version";
    static final String TERMS = "terms";
    static final String PASSAGES = "passages";
    static final String TERMS_VERSION = "termsVersion";
    /**
     * A passage's terms are one string, the words separated by this (no word holds it): they are only ever read whole,
     * and one BSON value per passage is much cheaper for the store to write, copy and read than one per word.
     */
    static final String WORD_SEPARATOR = " ";

    private final Collections collections;
    private final Segmenter segmenter;
    private final BsonJson json;

    public SearchIndex(Collections collections, Segmenter segmenter, BsonJson json) {
        this.collections = collections;
        this.segmenter = segmenter;
        this.json = json;
    }

    static String id(String reportId, String version) {
        return reportId + "/" + version;
    }

    /**
     * Writes the report's passages under its extractor version, before the report itself is stored (so they are
     * there when it becomes current). Idempotent: a document left by an earlier attempt at the same version is replaced.
     */
    public void index(ReportDocument report) {
        String text = report.text() == null ? "" : report.text();
        List<Document> passages = new ArrayList<>();
        Set<String> union = new LinkedHashSet<>();
        for (Passages.Passage p : Passages.of(report)) {
            List<String> terms = segmenter.terms(text.substring(p.start(), p.end()));
            union.addAll(terms);
            passages.add(new Document("kind", p.kind()).append("section", p.section()).append("sectionTitle", p.sectionTitle())
                    .append("start", p.start()).append("end", p.end()).append(TERMS, String.join(WORD_SEPARATOR, terms)));
        }
        Document document = new Document("_id", id(report.id(), report.extractorVersion()))
                .append(REPORT_ID, report.id()).append(VERSION, report.extractorVersion())
                .append("title", report.meta() == null ? null : report.meta().title())
                .append("region", report.meta() == null || report.meta().region() == null ? null
                        : json.toDocument(report.meta().region()))
                .append("year", report.meta() == null ? null : report.meta().year())
                .append(TERMS_VERSION, Segmenter.VERSION).append(TERMS, List.copyOf(union)).append(PASSAGES, passages);
        collections.passages().replaceOne(Filters.eq("_id", document.get("_id")), document, new ReplaceOptions().upsert(true));
    }

    /** Deletes the passages of a report's version that is no longer current. */
    void drop(String reportId, String version) {
        collections.passages().deleteOne(Filters.eq("_id", id(reportId, version)));
    }
}
