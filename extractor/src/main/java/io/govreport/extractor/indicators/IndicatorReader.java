package io.govreport.extractor.indicators;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.govreport.extractor.sentences.Clause;
import io.govreport.extractor.sentences.Sentence;
import io.govreport.extractor.sentences.SentenceSplitter;
import io.govreport.extractor.support.AsciiQuotes;
import io.govreport.extractor.support.ChineseNumerals;
import io.govreport.extractor.support.FullStops;
import io.govreport.extractor.support.MisreadDigits;
import io.govreport.extractor.support.Simplified;
import io.govreport.model.Indicator;
import io.govreport.model.Meta;
import io.govreport.model.Section;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds every quantitative figure in a normalized report (shared/spec/extraction.md, "An indicator").
 * Construct once: it loads the unit table, cue words and metric catalogue from {@code indicators/}.
 * {@link #read} is thread-safe.
 */
public final class IndicatorReader {

    private final FigureRules rules;
    private final TableFigures tables;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Segment segment;

    public IndicatorReader() {
        this.rules = FigureRules.load();
        this.tables = new TableFigures(rules);
        this.segment = HanLP.newSegment().enableOffset(true).enableCustomDictionary(false)
                .enableNameRecognize(false).enablePlaceRecognize(false).enableOrganizationRecognize(false);
    }

    /**
     * @param text     the normalized text (offsets in the result index it)
     * @param sections the heading tree (top level; level-1 sections carry kind review/plan/glossary/other)
     * @param meta     the report's metadata (year, reviewPeriod give the default years)
     * @param warnings where to add what a user should know about doubtful figures
     */
    public List<Indicator> read(String text, List<Section> sections, Meta meta, List<String> warnings) {
        List<Indicator> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        SectionIndex sectionIndex = new SectionIndex(sections, rules.cues(), text);
        ReportYears years = new ReportYears(meta);
        SentenceFigures.Context context = new SentenceFigures.Context() {
            @Override
            public SectionIndex.Place placeAt(int offset) {
                return sectionIndex.at(offset);
            }

            @Override
            public ReportYears years() {
                return years;
            }
        };
        if (years.planYear() == null) {
            warnings.add("indicators: the report's year is unknown, so figures without a year of their own have none");
        }
        // a table of indicators (附表: 指标名称 单位 2012年完成 2013年目标 增长%) is read by its columns, its rows by no rule else
        List<TableFigures.Row> tableRows = tables.read(text, sectionIndex, years, found);
        SentenceFigures.Mark<Integer> paragraphYear = null;
        String nameBefore = null; // the last figure's name in the paragraph so far
        List<Integer> headingEnds = new ArrayList<>();
        headingEnds(text, sections, headingEnds);
        headingEnds.sort(null);
        int paragraphFrom = 0; // how many figures were found before the paragraph
        for (Sentence sentence : sentencesWithinHeadings(text, headingEnds)) {
            boolean opensParagraph = opensParagraph(text, sentence.start(), headingEnds);
            if (opensParagraph) {
                paragraphYear = null;
                nameBefore = null;
                paragraphFrom = found.size();
            }
            // no figure to read; an opening 去年 or 今年 alone (no numeral) does not set the paragraph's year
            if (!mayHoldFigure(text, sentence) || inTable(tableRows, sentence.start())) {
                continue;
            }
            String original = sentence.text(text);
            String simp = AsciiQuotes.curled(MisreadDigits.repaired(Simplified.sameLength(original)));
            Tokens tokens = segment(simp, sentence);
            SentenceFigures figures = new SentenceFigures(rules, original, simp, sentence.start(), tokens, context,
                    paragraphYear, nameBefore, found);
            // …。主要目标是:到2020年,…;…: a later sentence so introduced sets the year of the targets after it
            SentenceFigures.Mark<Integer> opening = opensParagraph ? figures.openingYear() : figures.introYear();
            if (opensParagraph || opening != null) {
                paragraphYear = opening;
            }
            for (Clause clause : sentence.clauses()) {
                figures.readClause(clause);
            }
            // “十二五”规划目标任务胜利完成。过去五年,…又上了一个大台阶。: a sentence with no figure, before any in the
            // paragraph, that opens with a span of years spans the paragraph's figures as its first sentence would (not
            // a year: 今年10月以来,我们…广泛听取群众意见 says when the list after it was drawn up)
            if (!opensParagraph && paragraphYear == null && found.size() == paragraphFrom) {
                SentenceFigures.Mark<Integer> span = figures.openingYear();
                paragraphYear = span != null && span.value() == null ? span : null;
            }
            nameBefore = figures.lastName() != null ? figures.lastName() : nameBefore;
        }
        found.sort(Comparator.comparingInt(i -> i.evidence().start())); // the tables' figures among the sentences'
        return withoutRepeats(found);
    }

    private static boolean inTable(List<TableFigures.Row> rows, int offset) {
        for (TableFigures.Row row : rows) {
            if (row.start() <= offset && offset < row.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The figures but those a report gives again in the same words (the year's targets in a sentence, then as a table
     * of one target a line: 地区生产总值  增长6%左右): one target, stated twice, is one figure.
     */
    private static List<Indicator> withoutRepeats(List<Indicator> found) {
        Set<List<Object>> seen = new HashSet<>();
        List<Indicator> kept = new ArrayList<>(found.size());
        for (Indicator i : found) {
            String words = i.evidence().text().replaceAll("\\s+", "");
            if (seen.add(Arrays.asList(i.name(), i.value(), i.upper(), i.unit(), i.kind(), i.measure(), i.year(), i.approx(), words))) {
                kept.add(i);
            }
        }
        return kept;
    }

    /**
     * The text's sentences, none running over a heading's end: a heading a damaged copy ran into its paragraph without a
     * full stop ((一)经济保持平稳较快增长全省地区生产总值达到2515.3亿元) is no part of the sentence after it.
     */
    private List<Sentence> sentencesWithinHeadings(String text, List<Integer> ends) {
        List<Sentence> sentences = new ArrayList<>();
        int from = 0;
        for (int end : ends) {
            if (end > from) {
                sentences.addAll(splitter.split(text, from, end));
                from = end;
            }
        }
        sentences.addAll(splitter.split(text, from, text.length()));
        return sentences;
    }

    /** Where each heading's title ends in the text, on its own line. */
    private static void headingEnds(String text, List<Section> sections, List<Integer> ends) {
        for (Section s : sections) {
            int lineEnd = text.indexOf('\n', s.start());
            int at = s.title() == null || s.title().isEmpty() ? -1 : text.indexOf(s.title(), s.start());
            if (at >= 0 && (lineEnd < 0 || at + s.title().length() <= lineEnd)) {
                ends.add(at + s.title().length());
            }
            headingEnds(text, s.children(), ends);
        }
    }

    /** One segmentation of the sentence, clause by clause (a line of 1 MB without a full stop stays linear). */
    private Tokens segment(String simp, Sentence sentence) {
        List<Term> terms = new ArrayList<>();
        for (Clause clause : sentence.clauses()) {
            int from = clause.start() - sentence.start();
            for (Term t : segment.seg(simp.substring(from, clause.end() - sentence.start()))) {
                t.offset += from;
                terms.add(t);
            }
        }
        return new Tokens(terms, simp.length());
    }


    /**
     * Whether only spaces stand between the start of its line and the sentence, or only a full stop between a heading
     * run into its paragraph and the sentence (2. 推动经济高质量发展。坚持…: what the paragraph before said of its years
     * ends with it).
     */
    private static boolean opensParagraph(String text, int start, List<Integer> headingEnds) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || Collections.binarySearch(headingEnds, i + 1) >= 0) {
                return true;
            }
            if (!Character.isWhitespace(c) && !FullStops.isFullStop(text, i) && c != '!' && c != '?') {
                return false;
            }
        }
        return true;
    }

    /** Skips the segmentation of sentences with no digit and no Chinese numeral. */
    private static boolean mayHoldFigure(String text, Sentence s) {
        for (int i = s.start(); i < s.end(); i++) {
            if (ChineseNumerals.mayBeFigure(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
