package io.govreport.store.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.govreport.model.Region;
import io.govreport.model.ReportStatus;
import io.govreport.model.SearchHit;
import io.govreport.model.SearchResults;
import io.govreport.model.TextSpan;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Full-text search over the passage documents of {@link SearchIndex}: the query is segmented as the passages were,
 * every passage holding at least one of its words is a candidate, and candidates are ranked by BM25 over the
 * candidates (document frequency counted among them, which is exact: a passage without any query word has none of
 * them). A heading counts {@value #HEADING_BOOST} times a sentence, and a passage holding the query's words in the
 * query's order (the phrase: HanLP cuts 煤改气 into 煤|改|气) {@value #PHRASE_BOOST} times one with them scattered;
 * where the phrase occurs, only it is highlighted.
 *
 * <p>One version per report: a report with one passage document found is taken with it; one with two (a re-extraction
 * between writing its new passages and retiring the old) is taken at its report document's current version. The
 * report documents themselves are not read, only the passage documents that hold a query word (on the embedded store
 * that is still a scan of the passage documents: it serves no index but {@code _id}).
 */
@ApplicationScoped
public class SearchQuery {
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final double HEADING_BOOST = 1.5;
    private static final double PHRASE_BOOST = 2.0;
    private static final int SNIPPET = 160;
    private static final int SNIPPET_BEFORE = 40;
    /**
     * Passage documents per reply: the embedded store sends a whole query's documents in one reply otherwise, which on a
     * thousand reports passed the driver's 48 MB limit for a reply and failed the search.
     */
    private static final int READ_BATCH = 50;

    /** A passage of a report's passage document, and its score. */
    private record Candidate(Document report, Document passage, List<String> words, double score) {
        String reportId() {
            return report.getString(SearchIndex.REPORT_ID);
        }
    }

    private static final Bson TEXT = Projections.include("extractorVersion", "text");

    private final Collections collections;
    private final ReportBodies bodies;
    private final Segmenter segmenter;
    private final BsonJson json;

    public SearchQuery(Collections collections, ReportBodies bodies, Segmenter segmenter, BsonJson json) {
        this.collections = collections;
        this.bodies = bodies;
        this.segmenter = segmenter;
        this.json = json;
    }

    public SearchResults search(String query, PageRequest page) {
        List<String> phrase = segmenter.terms(query);
        List<String> terms = List.copyOf(new LinkedHashSet<>(phrase));
        if (terms.isEmpty()) {
            return new SearchResults(query, terms, List.of(), page.page(), page.size(), 0);
        }
        List<Document> reports = oneVersionEach(collections.passages().find(Filters.in(SearchIndex.TERMS, terms))
                .projection(Projections.exclude(SearchIndex.TERMS)).batchSize(READ_BATCH).into(new ArrayList<>()));
        List<Candidate> ranked = rank(reports, terms, phrase);
        List<Candidate> shown = new ArrayList<>();
        for (long i = page.skip(); i < ranked.size() && shown.size() < page.size(); i++) {
            shown.add(ranked.get((int) i));
        }
        Map<String, String> texts = texts(shown);
        List<SearchHit> hits = shown.stream().map(c -> hit(c, texts.get(c.reportId()), phrase)).toList();
        return new SearchResults(query, terms, hits, page.page(), page.size(), ranked.size());
    }

    private List<Document> oneVersionEach(List<Document> found) {
        Map<String, List<Document>> byReport = found.stream()
                .collect(Collectors.groupingBy(d -> d.getString(SearchIndex.REPORT_ID), LinkedHashMap::new, Collectors.toList()));
        List<String> inFlux = byReport.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
        if (inFlux.isEmpty()) {
            return found;
        }
        Map<String, String> current = new HashMap<>();
        collections.reports().find(Filters.and(Filters.in("_id", inFlux), Filters.eq("status", ReportStatus.STORED)))
                .projection(Projections.include("extractorVersion"))
                .forEach(d -> current.put(d.getString("_id"), d.getString("extractorVersion")));
        return found.stream().filter(d -> !inFlux.contains(d.getString(SearchIndex.REPORT_ID))
                || d.getString(SearchIndex.VERSION).equals(current.get(d.getString(SearchIndex.REPORT_ID)))).toList();
    }

    private List<Candidate> rank(List<Document> reports, List<String> terms, List<String> phrase) {
        List<Candidate> candidates = new ArrayList<>();
        long passagesRead = 0;
        for (Document report : reports) {
            List<Document> passages = report.getList(SearchIndex.PASSAGES, Document.class, List.of());
            passagesRead += passages.size();
            for (Document passage : passages) {
                List<String> words = words(passage);
                if (words.stream().anyMatch(terms::contains)) {
                    candidates.add(new Candidate(report, passage, words, 0));
                }
            }
        }
        Map<String, Integer> documentFrequency = new HashMap<>();
        double totalLength = 0;
        for (Candidate c : candidates) {
            List<String> words = c.words();
            totalLength += words.size();
            new LinkedHashSet<>(words).stream().filter(terms::contains).forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        }
        double averageLength = candidates.isEmpty() ? 1 : Math.max(1, totalLength / candidates.size());
        // Passages in the store, estimated from the documents read (each document holds one report's passages).
        double n = Math.max(candidates.size(), reports.isEmpty() ? 0
                : (double) passagesRead / reports.size() * collections.passages().estimatedDocumentCount());
        List<Candidate> ranked = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            List<String> words = c.words();
            double score = 0;
            for (String term : terms) {
                long tf = words.stream().filter(term::equals).count();
                if (tf == 0) {
                    continue;
                }
                int df = documentFrequency.getOrDefault(term, 1);
                double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                score += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * words.size() / averageLength));
            }
            if (phrase.size() > 1 && java.util.Collections.indexOfSubList(words, phrase) >= 0) {
                score *= PHRASE_BOOST;
            }
            if (Passages.SECTION.equals(c.passage().getString("kind"))) {
                score *= HEADING_BOOST;
            }
            ranked.add(new Candidate(c.report(), c.passage(), words, score));
        }
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(Candidate::reportId)
                .thenComparingInt(c -> c.passage().getInteger("start")));
        return ranked;
    }

    /** A passage's terms: one string; an array in a passage document the backfill has not indexed again yet. */
    private static List<String> words(Document passage) {
        Object terms = passage.get(SearchIndex.TERMS);
        if (terms instanceof String joined) {
            return joined.isEmpty() ? List.of() : List.of(joined.split(SearchIndex.WORD_SEPARATOR));
        }
        return passage.getList(SearchIndex.TERMS, String.class, List.of());
    }

    /** The texts of the reports a page shows, from their bodies (a snippet needs only the page's). */
    private Map<String, String> texts(List<Candidate> shown) {
        Map<String, String> texts = new HashMap<>();
        if (!shown.isEmpty()) {
            List<Document> reports = collections.reports().find(Filters.in("_id", shown.stream().map(Candidate::reportId)
                    .distinct().toList())).projection(TEXT).into(new ArrayList<>());
            bodies.complete(reports, TEXT, List.of("text")).forEach(d -> texts.put(d.getString("_id"), d.getString("text")));
        }
        return texts;
    }

    /** A hit with its snippet: the passage text cut around the first match. */
    private SearchHit hit(Candidate candidate, String reportText, List<String> phrase) {
        Document passage = candidate.passage();
        int start = passage.getInteger("start");
        int end = passage.getInteger("end");
        String text = reportText == null ? "" : reportText.substring(start, end);
        List<TextSpan> marks = marks(segmenter.words(text), phrase);
        int from = 0;
        if (text.length() > SNIPPET && !marks.isEmpty()) {
            from = Math.max(0, Math.min(marks.get(0).start() - SNIPPET_BEFORE, text.length() - SNIPPET));
        }
        int to = Math.min(text.length(), from + SNIPPET);
        int shift = from;
        List<TextSpan> shown = marks.stream().filter(m -> m.start() >= shift && m.end() <= to)
                .map(m -> new TextSpan(m.start() - shift, m.end() - shift)).toList();
        Document report = candidate.report();
        Document region = report.get("region", Document.class);
        String reportId = candidate.reportId();
        String section = passage.getString("section");
        return new SearchHit(reportId, report.getString("title"), region == null ? null : json.fromDocument(region, Region.class),
                FoundRow.integer(report.get("year")), section, passage.getString("sectionTitle"), passage.getString("kind"),
                start, end, Math.round(candidate.score() * 1000) / 1000.0, text.substring(from, to), shown,
                link(reportId, section, start, end));
    }

    /** The occurrences of the phrase when there are any, else of each query word; adjacent words make one mark. */
    static List<TextSpan> marks(List<Segmenter.Word> words, List<String> phrase) {
        List<String> terms = words.stream().map(Segmenter.Word::term).toList();
        List<TextSpan> marks = new ArrayList<>();
        for (int i = 0; phrase.size() > 1 && i + phrase.size() <= terms.size(); i++) {
            if (terms.subList(i, i + phrase.size()).equals(phrase)) {
                marks.add(new TextSpan(words.get(i).start(), words.get(i + phrase.size() - 1).end()));
                i += phrase.size() - 1;
            }
        }
        if (!marks.isEmpty()) {
            return marks;
        }
        Set<String> wanted = Set.copyOf(phrase);
        for (Segmenter.Word word : words) {
            if (wanted.contains(word.term())) {
                TextSpan last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
                if (last != null && last.end() == word.start()) {
                    marks.set(marks.size() - 1, new TextSpan(last.start(), word.end()));
                } else {
                    marks.add(new TextSpan(word.start(), word.end()));
                }
            }
        }
        return marks;
    }

    /** The report page, scrolled to the passage and marking it. */
    static String link(String reportId, String section, int start, int end) {
        return "/report.html?id=" + reportId + (section == null ? "" : "&section=" + URLEncoder.encode(section, StandardCharsets.UTF_8))
                + "&at=" + start + "&end=" + end;
    }
}
