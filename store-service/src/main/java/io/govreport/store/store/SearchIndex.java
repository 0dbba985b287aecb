package io.govreport.store.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.govreport.model.ReportDocument;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code reportPassages}: one document per report version ({@code _id} reportId/version) holding every heading
 * and sentence of the report ({@link Passages}) with its HanLP-segmented {@code terms}, because neither the embedded
 * store (no {@code $text}) nor MongoDB's text index (no Chinese word breaking) can search Chinese. The document also
 * carries what a hit shows (title, region, year; the text its offsets index is the report document's, the same for
 * every version of a report, since its id is the text's hash) and the {@link Segmenter#VERSION} that cut its terms.
 * A new document is pending until it goes into a segment of the inverted index ({@link SearchSegments}). Search keeps
 * one version per report ({@link SearchQuery}).
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
    private final SearchSegments segments;
    private final Segmenter segmenter;
    private final BsonJson json;

    public SearchIndex(Collections collections, SearchSegments segments, Segmenter segmenter, BsonJson json) {
        this.collections = collections;
        this.segments = segments;
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
        write(passages(report));
    }

    /** The report's passage document, its terms segmented: the costly part of indexing, which reads nothing stored. */
    Document passages(ReportDocument report) {
        String text = report.text() == null ? "" : report.text();
        List<Document> passages = new ArrayList<>();
        for (Passages.Passage p : Passages.of(report)) {
            List<String> terms = segmenter.terms(text.substring(p.start(), p.end()));
            passages.add(new Document("kind", p.kind()).append("section", p.section()).append("sectionTitle", p.sectionTitle())
                    .append("start", p.start()).append("end", p.end()).append(TERMS, terms));
        }
        return new Document("_id", id(report.id(), report.extractorVersion()))
                .append(REPORT_ID, report.id()).append(VERSION, report.extractorVersion())
                .append("title", report.meta() == null ? null : report.meta().title())
                .append("region", report.meta() == null || report.meta().region() == null ? null
                        : json.toDocument(report.meta().region()))
                .append("year", report.meta() == null ? null : report.meta().year())
                .append(TERMS_VERSION, Segmenter.VERSION).append(PASSAGES, passages);
    }

    /**
     * Writes a passage document made by {@link #passages}, as {@link #index} says: stored with its passages
     * {@link Packed} and each passage's terms joined into one string, kept for the next segment flush as it is, its
     * terms a list of the very strings the segmenter made: the flush then neither splits them again nor hashes them
     * again to look each one up (a quarter of what building a segment's postings cost).
     */
    void write(Document document) {
        // The same id indexed before (a redelivery, a new segmenter): its segment's postings are the old document's.
        segments.retire(document.getString("_id"));
        List<Document> joined = new ArrayList<>();
        for (Document passage : passageList(document)) {
            joined.add(new Document(passage).append(TERMS, String.join(WORD_SEPARATOR, words(passage))));
        }
        Document stored = new Document(document).append(PASSAGES, Packed.pack(joined));
        collections.passages().replaceOne(Filters.eq("_id", document.get("_id")), stored, new ReplaceOptions().upsert(true));
        segments.pending(document);
    }

    /** Deletes the passages of a report's version that is no longer current. */
    void drop(String reportId, String version) {
        String id = id(reportId, version);
        segments.retire(id);
        collections.passages().deleteOne(Filters.eq("_id", id));
    }

    /** A passage document's passages, whether read from the store (packed, or a list when written before) or not. */
    @SuppressWarnings("unchecked")
    static List<Document> passageList(Document passageDocument) {
        Object passages = Packed.unpack(passageDocument.get(PASSAGES));
        return passages == null ? List.of() : (List<Document>) passages;
    }

    /**
     * A passage's terms: one string as stored, a list as {@link #passages} makes them (and in a passage document stored
     * before they were one string).
     */
    static List<String> words(Document passage) {
        Object terms = passage.get(TERMS);
        if (terms instanceof String joined) {
            return joined.isEmpty() ? List.of() : List.of(joined.split(WORD_SEPARATOR));
        }
        return passage.getList(TERMS, String.class, List.of());
    }
}
