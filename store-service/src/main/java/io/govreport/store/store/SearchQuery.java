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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Full-text search over the inverted index of {@link SearchSegments}: the query is segmented as the passages were,
 * every passage holding at least one of its words is a candidate, and candidates are ranked by BM25 (document
 * frequency counted among the candidates, which is exact: a passage without any query word has none of them). A
 * heading counts {@value #HEADING_BOOST} times a sentence, and a passage holding the query's words in the query's order
 * (the phrase: HanLP cuts 煤改气 into 煤|改|气) {@value #PHRASE_BOOST} times one with them scattered; where the phrase
 * occurs, only it is highlighted. The ranking reads only postings; the passage documents read are the page's.
 *
 * <p>One version per report: a report with one passage document found is taken with it; one with two (a re-extraction
 * between writing its new passages and retiring the old) is taken at its report document's current version.
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
    static final int READ_BATCH = 50;

    /** A passage holding a query word, as the postings describe it; one instance reused along a merge. */
    private static final class Match {
        int document;
        int passage;
        int length;
        boolean heading;
        boolean phrase;
        final int[] counts;

        Match(int words) {
            counts = new int[words];
        }
    }

    /** Per passage document: its candidates, their words, and how many of them hold each query word. */
    private static final class Tally {
        long candidates;
        long length;
        final long[] holding;

        Tally(int words) {
            holding = new long[words];
        }
    }

    /** A ranked candidate passage. */
    private record Ranked(String documentId, String reportId, int passage, double score) {
    }

    private static final Comparator<Ranked> ORDER = Comparator.comparingDouble(Ranked::score).reversed()
            .thenComparing(Ranked::reportId).thenComparingInt(Ranked::passage);

    private static final Bson TEXT = Projections.include("extractorVersion", "text");

    private final Collections collections;
    private final SearchSegments segments;
    private final ReportBodies bodies;
    private final Segmenter segmenter;
    private final BsonJson json;

    public SearchQuery(Collections collections, SearchSegments segments, ReportBodies bodies, Segmenter segmenter, BsonJson json) {
        this.collections = collections;
        this.segments = segments;
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
        SearchSegments.Snapshot snapshot = segments.read(terms);
        List<SearchSegments.Unit> units = snapshot.units();
        // Tallies by unit and document ordinal: a query visits hundreds of thousands of passages on a large store, and
        // an array index per passage costs far less than a map look-up by document id.
        List<Tally[]> talliesOf = new ArrayList<>();
        for (SearchSegments.Unit unit : units) {
            Tally[] byOrdinal = new Tally[unit.documents().size()];
            forEachMatch(unit, terms, phrase, match -> {
                Tally tally = byOrdinal[match.document];
                if (tally == null) {
                    tally = new Tally(terms.size());
                    byOrdinal[match.document] = tally;
                }
                tally.candidates++;
                tally.length += match.length;
                for (int i = 0; i < terms.size(); i++) {
                    tally.holding[i] += match.counts[i] > 0 ? 1 : 0;
                }
            });
            talliesOf.add(byOrdinal);
        }
        Set<String> found = new HashSet<>();
        for (int u = 0; u < units.size(); u++) {
            Tally[] byOrdinal = talliesOf.get(u);
            for (int ordinal = 0; ordinal < byOrdinal.length; ordinal++) {
                if (byOrdinal[ordinal] != null) {
                    found.add(units.get(u).documents().get(ordinal));
                }
            }
        }
        Set<String> others = otherVersions(found);
        long candidates = 0;
        double totalLength = 0;
        long[] holding = new long[terms.size()];
        for (int u = 0; u < units.size(); u++) {
            Tally[] byOrdinal = talliesOf.get(u);
            for (int ordinal = 0; ordinal < byOrdinal.length; ordinal++) {
                Tally tally = byOrdinal[ordinal];
                if (tally == null) {
                    continue;
                }
                if (others.contains(units.get(u).documents().get(ordinal))) {
                    byOrdinal[ordinal] = null;
                    continue;
                }
                candidates += tally.candidates;
                totalLength += tally.length;
                for (int i = 0; i < holding.length; i++) {
                    holding[i] += tally.holding[i];
                }
            }
        }
        double averageLength = candidates == 0 ? 1 : Math.max(1, totalLength / candidates);
        double n = Math.max(candidates, snapshot.passages());
        double[] idf = new double[terms.size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = Math.log(1 + (n - holding[i] + 0.5) / (holding[i] + 0.5));
        }

        int keep = (int) Math.min(Integer.MAX_VALUE - 1, page.skip() + page.size());
        PriorityQueue<Ranked> top = new PriorityQueue<>(ORDER.reversed());
        for (int u = 0; u < units.size(); u++) {
            SearchSegments.Unit unit = units.get(u);
            Tally[] byOrdinal = talliesOf.get(u);
            forEachMatch(unit, terms, phrase, match -> {
                if (byOrdinal[match.document] == null) {
                    return;
                }
                double score = score(match, idf, averageLength);
                if (top.size() >= keep && score < top.peek().score()) {
                    return;
                }
                String documentId = unit.documents().get(match.document);
                Ranked ranked = new Ranked(documentId, reportId(documentId), match.passage, score);
                if (top.size() < keep) {
                    top.add(ranked);
                } else if (ORDER.compare(ranked, top.peek()) < 0) {
                    top.poll();
                    top.add(ranked);
                }
            });
        }
        List<Ranked> ranked = new ArrayList<>(top);
        ranked.sort(ORDER);
        List<Ranked> shown = ranked.subList((int) Math.min(ranked.size(), page.skip()), ranked.size());
        return new SearchResults(query, terms, hits(shown, phrase), page.page(), page.size(), candidates);
    }

    private static double score(Match match, double[] idf, double averageLength) {
        double score = 0;
        for (int i = 0; i < idf.length; i++) {
            int tf = match.counts[i];
            if (tf > 0) {
                score += idf[i] * tf * (K1 + 1) / (tf + K1 * (1 - B + B * match.length / averageLength));
            }
        }
        if (match.phrase) {
            score *= PHRASE_BOOST;
        }
        if (match.heading) {
            score *= HEADING_BOOST;
        }
        return score;
    }

    /**
     * Walks the passages of a unit holding any of the words, merging the words' postings in (document, passage)
     * order; retired documents are skipped.
     */
    private static void forEachMatch(SearchSegments.Unit unit, List<String> terms, List<String> phrase, Consumer<Match> visit) {
        SearchPostings.Cursor[] cursors = new SearchPostings.Cursor[terms.size()];
        boolean[] live = new boolean[terms.size()];
        for (int i = 0; i < cursors.length; i++) {
            byte[] postings = unit.postings().get(terms.get(i));
            if (postings != null) {
                cursors[i] = new SearchPostings.Cursor(postings);
                live[i] = cursors[i].next();
            }
        }
        int[] phraseWords = phrase.stream().mapToInt(terms::indexOf).toArray();
        Match match = new Match(terms.size());
        while (true) {
            long key = Long.MAX_VALUE;
            for (int i = 0; i < cursors.length; i++) {
                if (live[i]) {
                    key = Math.min(key, cursors[i].key());
                }
            }
            if (key == Long.MAX_VALUE) {
                return;
            }
            for (int i = 0; i < cursors.length; i++) {
                boolean here = live[i] && cursors[i].key() == key;
                match.counts[i] = here ? cursors[i].count() : 0;
                if (here) {
                    match.document = cursors[i].document();
                    match.passage = cursors[i].passage();
                    match.length = cursors[i].length();
                    match.heading = cursors[i].heading();
                }
            }
            if (!unit.retired().contains(match.document)) {
                match.phrase = hasPhrase(cursors, match.counts, phraseWords);
                visit.accept(match);
            }
            for (int i = 0; i < cursors.length; i++) {
                if (match.counts[i] > 0) {
                    live[i] = cursors[i].next();
                }
            }
        }
    }

    /** Whether the passage the cursors stand on holds the phrase's words one after the other. */
    private static boolean hasPhrase(SearchPostings.Cursor[] cursors, int[] counts, int[] phraseWords) {
        if (phraseWords.length < 2) {
            return false;
        }
        for (int word : phraseWords) {
            if (counts[word] == 0) {
                return false;
            }
        }
        SearchPostings.Cursor first = cursors[phraseWords[0]];
        for (int k = 0; k < first.count(); k++) {
            int at = first.position(k);
            boolean all = true;
            for (int j = 1; j < phraseWords.length && all; j++) {
                all = cursors[phraseWords[j]].hasPosition(at + j);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static String reportId(String documentId) {
        return documentId.substring(0, documentId.indexOf('/'));
    }

    /** The passage documents found of reports found at two versions that are not their report's current version. */
    private Set<String> otherVersions(Set<String> documentIds) {
        Map<String, List<String>> byReport = documentIds.stream().collect(Collectors.groupingBy(SearchQuery::reportId));
        List<String> inFlux = byReport.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
        if (inFlux.isEmpty()) {
            return Set.of();
        }
        Set<String> current = new HashSet<>();
        collections.reports().find(Filters.in("_id", inFlux)).projection(Projections.include("status", "extractorVersion"))
                .forEach(d -> {
                    if (ReportStatus.STORED.equals(d.getString("status"))) {
                        current.add(SearchIndex.id(d.getString("_id"), d.getString("extractorVersion")));
                    }
                });
        return inFlux.stream().flatMap(r -> byReport.get(r).stream()).filter(d -> !current.contains(d)).collect(Collectors.toSet());
    }

    /** The page's hits, from its passage documents and its reports' texts. */
    private List<SearchHit> hits(List<Ranked> shown, List<String> phrase) {
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<String, Document> documents = new HashMap<>();
        collections.passages().find(Filters.in("_id", shown.stream().map(Ranked::documentId).distinct().toList()))
                .batchSize(READ_BATCH).forEach(d -> documents.put(d.getString("_id"), d));
        Map<String, String> texts = texts(shown.stream().map(Ranked::reportId).distinct().toList());
        List<SearchHit> hits = new ArrayList<>();
        for (Ranked r : shown) {
            Document document = documents.get(r.documentId());
            List<Document> passages = document == null ? List.of() : SearchIndex.passageList(document);
            // A document retired since the ranking read its postings has no hit to show.
            if (r.passage() < passages.size()) {
                hits.add(hit(document, passages.get(r.passage()), r.score(), texts.get(r.reportId()), phrase));
            }
        }
        return hits;
    }

    /** The texts of the reports a page shows, from their bodies (a snippet needs only the page's). */
    private Map<String, String> texts(List<String> reportIds) {
        Map<String, String> texts = new HashMap<>();
        List<Document> reports = collections.reports().find(Filters.in("_id", reportIds)).projection(TEXT).into(new ArrayList<>());
        bodies.complete(reports, TEXT, List.of("text")).forEach(d -> texts.put(d.getString("_id"), d.getString("text")));
        return texts;
    }

    /** A hit with its snippet: the passage text cut around the first match. */
    private SearchHit hit(Document report, Document passage, double score, String reportText, List<String> phrase) {
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
        Document region = report.get("region", Document.class);
        String reportId = report.getString(SearchIndex.REPORT_ID);
        String section = passage.getString("section");
        return new SearchHit(reportId, report.getString("title"), region == null ? null : json.fromDocument(region, Region.class),
                FoundRow.integer(report.get("year")), section, passage.getString("sectionTitle"), passage.getString("kind"),
                start, end, Math.round(score * 1000) / 1000.0, text.substring(from, to), shown,
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
