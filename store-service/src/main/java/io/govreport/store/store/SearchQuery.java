package io.govreport.store.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.govreport.model.SearchHit;
import io.govreport.model.SearchResults;
import io.govreport.model.TextSpan;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Full-text search over the {@code passages} of {@link SearchIndex}: the query is segmented as the passages were,
 * every passage holding at least one of its words is a candidate, and candidates are ranked by BM25 over the
 * candidates (document frequency counted among them, which is exact: a passage without any query word has none of
 * them). A heading counts {@value #HEADING_BOOST} times a sentence, and a passage holding the query's words in the
 * query's order (the phrase: HanLP cuts 煤改气 into 煤|改|气) {@value #PHRASE_BOOST} times one with them scattered;
 * where the phrase occurs, only it is highlighted.
 */
@ApplicationScoped
public class SearchQuery {
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final double HEADING_BOOST = 1.5;
    private static final double PHRASE_BOOST = 2.0;
    private static final int SNIPPET = 160;
    private static final int SNIPPET_BEFORE = 40;

    private record Candidate(Document row, double score) {
    }

    private final SearchIndex index;
    private final Segmenter segmenter;
    private final StoredReports reports;

    public SearchQuery(SearchIndex index, Segmenter segmenter, StoredReports reports) {
        this.index = index;
        this.segmenter = segmenter;
        this.reports = reports;
    }

    public SearchResults search(String query, PageRequest page) {
        List<String> phrase = segmenter.terms(query);
        List<String> terms = List.copyOf(new LinkedHashSet<>(phrase));
        if (terms.isEmpty()) {
            return new SearchResults(query, terms, List.of(), page.page(), page.size(), 0);
        }
        Map<String, StoredReports.Stored> stored = reports.all();
        List<Document> rows = new ArrayList<>();
        for (Document row : index.passages().find(Filters.in(SearchIndex.TERMS, terms))
                .projection(Projections.exclude("text"))) {
            if (StoredReports.isCurrent(stored, row.getString(SearchIndex.REPORT_ID), row.getString(SearchIndex.VERSION))) {
                rows.add(row);
            }
        }
        List<Candidate> ranked = rank(rows, terms, phrase, index.passages().countDocuments());
        List<SearchHit> hits = new ArrayList<>();
        for (long i = page.skip(); i < ranked.size() && hits.size() < page.size(); i++) {
            hits.add(hit(ranked.get((int) i), phrase, stored));
        }
        return new SearchResults(query, terms, hits, page.page(), page.size(), ranked.size());
    }

    private static List<Candidate> rank(List<Document> rows, List<String> terms, List<String> phrase, long passageCount) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        double totalLength = 0;
        for (Document row : rows) {
            List<String> words = row.getList(SearchIndex.TERMS, String.class);
            totalLength += words.size();
            new LinkedHashSet<>(words).stream().filter(terms::contains)
                    .forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        }
        double averageLength = rows.isEmpty() ? 1 : Math.max(1, totalLength / rows.size());
        double n = Math.max(passageCount, rows.size());
        List<Candidate> ranked = new ArrayList<>(rows.size());
        for (Document row : rows) {
            List<String> words = row.getList(SearchIndex.TERMS, String.class);
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
            if (Passages.SECTION.equals(row.getString("kind"))) {
                score *= HEADING_BOOST;
            }
            ranked.add(new Candidate(row, score));
        }
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(c -> c.row().getString(SearchIndex.REPORT_ID))
                .thenComparingInt(c -> c.row().getInteger("start")));
        return ranked;
    }

    /** A hit with its snippet: the passage text (re-read for the page's hits only) cut around the first match. */
    private SearchHit hit(Candidate candidate, List<String> phrase, Map<String, StoredReports.Stored> stored) {
        Document row = candidate.row();
        Document full = index.passages().find(Filters.eq("_id", row.get("_id"))).projection(Projections.include("text")).first();
        String text = full == null ? "" : full.getString("text");
        List<TextSpan> marks = marks(segmenter.words(text), phrase);
        int from = 0;
        if (text.length() > SNIPPET && !marks.isEmpty()) {
            from = Math.max(0, Math.min(marks.get(0).start() - SNIPPET_BEFORE, text.length() - SNIPPET));
        }
        int to = Math.min(text.length(), from + SNIPPET);
        int shift = from;
        List<TextSpan> shown = marks.stream().filter(m -> m.start() >= shift && m.end() <= to)
                .map(m -> new TextSpan(m.start() - shift, m.end() - shift)).toList();
        String reportId = row.getString(SearchIndex.REPORT_ID);
        StoredReports.Stored report = stored.get(reportId);
        String section = row.getString("section");
        int start = row.getInteger("start");
        return new SearchHit(reportId, report.title(), report.region(), report.year(), section,
                row.getString("sectionTitle"), row.getString("kind"), start, row.getInteger("end"),
                Math.round(candidate.score() * 1000) / 1000.0, text.substring(from, to), shown,
                link(reportId, section, start, row.getInteger("end")));
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
