package io.govreport.store.store;

import io.govreport.extractor.sentences.Sentence;
import io.govreport.extractor.sentences.SentenceSplitter;
import io.govreport.model.ReportDocument;
import io.govreport.model.Section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a report into the passages search finds: each heading, and each sentence under the deepest section that
 * holds it. A sentence longer than {@value #MAX_LENGTH} characters (a text without stops) is cut into pieces of that
 * length, so a hit always points at a readable span.
 */
final class Passages {
    static final String SECTION = "section";
    static final String SENTENCE = "sentence";
    private static final int MAX_LENGTH = 300;
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    /** A span of the report's text; {@code section} is the id of the section it belongs to, or null before the first. */
    record Passage(String kind, String section, String sectionTitle, int start, int end) {
    }

    private Passages() {
    }

    static List<Passage> of(ReportDocument report) {
        String text = report.text() == null ? "" : report.text();
        List<Section> flat = new ArrayList<>();
        flatten(report.sections(), flat);
        List<Passage> passages = new ArrayList<>();
        List<Integer> headingStarts = new ArrayList<>();
        for (Section s : flat) {
            int lineEnd = text.indexOf('\n', s.start());
            int end = Math.min(lineEnd < 0 ? text.length() : lineEnd, Math.min(s.end(), text.length()));
            if (s.start() >= 0 && s.start() < end) {
                passages.add(new Passage(SECTION, s.id(), s.title(), s.start(), end));
                headingStarts.add(s.start());
            }
        }
        for (Sentence sentence : SPLITTER.split(text)) {
            if (sentence.end() <= sentence.start() || headingStarts.contains(sentence.start())) {
                continue;
            }
            Section owner = deepestHolding(flat, sentence.start());
            for (int from = sentence.start(); from < sentence.end(); from += MAX_LENGTH) {
                passages.add(new Passage(SENTENCE, owner == null ? null : owner.id(), owner == null ? null : owner.title(),
                        from, Math.min(sentence.end(), from + MAX_LENGTH)));
            }
        }
        // In text order, so that a passage's index in its document orders hits of equal score as their start would.
        passages.sort(Comparator.comparingInt(Passage::start));
        return passages;
    }

    private static void flatten(List<Section> sections, List<Section> into) {
        if (sections == null) {
            return;
        }
        for (Section s : sections) {
            into.add(s);
            flatten(s.children(), into);
        }
    }

    private static Section deepestHolding(List<Section> flat, int offset) {
        Section best = null;
        for (Section s : flat) {
            if (s.start() <= offset && offset < s.end() && (best == null || s.level() > best.level())) {
                best = s;
            }
        }
        return best;
    }
}
