package io.govreport.extractor.normalize;

import io.govreport.extractor.support.FullStops;
import io.govreport.extractor.support.ListMarks;
import io.govreport.extractor.support.LostNumeral;
import io.govreport.extractor.support.TableCells;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The width a PDF (or a text editor) broke the report's lines at, if it did: then most lines are about as wide
 * as the widest common width. A line that fills the width continues on the next kept line unless that one is
 * indented beyond the text's margin (a new paragraph) or opens with a heading number (七、, (三)); where the text
 * does not indent its paragraphs, a full line ending a sentence (。) is taken as a paragraph's end. Width is
 * measured two ways, and the one whose lines agree more is used: as set in type (a Chinese character two, an
 * ASCII one: PDFs) and in characters (text wrapped at a character count).
 */
final class LineWrap {
    /** Fewer full lines than this, or than this share of the lines, is ordinary text with one paragraph a line. */
    private static final int MIN_FULL_LINES = 8;
    private static final double MIN_FULL_SHARE = 0.3;
    /** Lines this much narrower than the page width still fill it (a closing mark pushed on, an indent, digits). */
    private static final int SLACK = 5;
    private static final int MIN_WIDTH = 16;
    /** A wrapped text has at most one line wider than its width for this many that fill it. */
    private static final int MAX_WIDER_PER_FULL = 4;
    private static final int MAX_WIDTH = 200;
    private static final String SENTENCE_ENDS = "!?;:…";
    private static final String CLOSERS = "”’\"')]】》」』";
    /** Marks that open a list's item on a line of its own (——全市生产总值增长6%左右;). */
    private static final String ITEM_MARKS = "—－-·●•";
    /** Where paragraphs are indented, between these shares of the lines are (first lines of paragraphs). */
    private static final double MIN_INDENTED_SHARE = 0.03;
    private static final double MAX_INDENTED_SHARE = 0.6;
    // 2.全面促进消费: a list number before a word (2.5亿元 and 3、5和8个 go on a number)
    private static final Pattern HEADING_START = Pattern.compile(
            "^(第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}、|\\([一二三四五六七八九十\\d]{1,3}\\)|\\d{1,2}[.．、]\\p{IsIdeographic})");

    /** The longest heading taken as glued to the end of a paragraph's line. */
    private static final int MAX_GLUED_HEADING = 40;
    /** The shortest phrase of a heading's title parted by a comma (坚持项目带动,持续扩大有效投资). */
    private static final int MIN_TITLE_PHRASE = 4;
    /** A line shorter than this is no paragraph that a damaged copy broke (a heading, a signature). */
    private static final int MIN_BROKEN_LINE = 30;
    private static final int MIN_TABLE_CELLS = 3;
    private static final String NOT_IN_TABLE_ROW = ",，。;；";
    private static final int MIN_TABLE_NUMBERS = 2;
    /** The shortest line taken as a heading of its own after a sentence's end (2013年的主要任务). */
    private static final int MIN_BARE_LINE = 4;
    /** A line broken after a comma holds at least a clause: a name and its figure. */
    private static final int MIN_COMMA_LINE = 6;
    /** What a clause does not stop on: 的 before its noun, the slash inside a unit (微克/立方米). */
    private static final String UNFINISHED_ENDS = "的/";
    /** A line opening with a year (2021年,全市…) opens a paragraph as often as it goes on one. */
    private static final Pattern YEAR_START = Pattern.compile("(19|20)\\d{2}年");
    /** A table's row opens with its number and a space (4 健康武夷行动 …). */
    private static final Pattern ROW_NUMBER = Pattern.compile("\\d+\\s");
    private static final Pattern FIGURE_START = Pattern.compile("\\d+(\\.\\d+)?[^\\d.、)）.]");
    /** The rest of a number spaced as thousands (1⏎ 000家): three digits, then no digit. */
    private static final String MULTIPLIERS = "万亿千百";
    /** A line ending in a date or a time (2013.1.10, 发布时间: 2018-01-24 00:00) ends there. */
    private static final Pattern DATE_OR_TIME_END = Pattern.compile("(\\d{4}[-./．]\\d{1,2}[-./．]\\d{1,2}|\\d{1,2}:\\d{2})$");
    private static final Pattern THOUSANDS_GROUP = Pattern.compile("\\d{3}(?!\\d)");

    private static final LineWrap NONE = new LineWrap(0, null, 0, 0, 0, 0, false, 0, false);
    /**
     * A copy whose lines break mid-sentence at no common width (a re-flowed PDF, a web page's stray line breaks): at
     * least this share of its lines that hold a clause end on none of a sentence's marks. A text of one paragraph a
     * line has only its headings so.
     */
    private static final double MIN_BROKEN_ANYWHERE_SHARE = 0.3;
    private static final String CLAUSE_MARKS = ",、;:";
    /** The share of the lines holding a full stop that must be indented alike for paragraphs to be known by it. */
    private static final double MIN_PARAGRAPH_INDENT_SHARE = 0.8;

    private final int width;
    private final ToIntFunction<String> measure;
    private final int slack;
    /** How many lines fill the width. */
    private final int agreeing;
    /** How many lines have the commonest width. */
    private final int modal;
    /** The indent of the text's margin: more than this opens a paragraph. */
    private final int margin;
    private final boolean indentsParagraphs;
    /** The indent every paragraph of an unwrapped text opens with (a web page's 　　), 0 where they share none. */
    private final int paragraphIndent;
    /** Whether the copy breaks its lines anywhere ({@link #MIN_BROKEN_ANYWHERE_SHARE}). */
    private final boolean brokenAnywhere;

    private LineWrap(int width, ToIntFunction<String> measure, int slack, int agreeing, int modal, int margin,
                     boolean indentsParagraphs, int paragraphIndent, boolean brokenAnywhere) {
        this.width = width;
        this.measure = measure;
        this.slack = slack;
        this.agreeing = agreeing;
        this.modal = modal;
        this.margin = margin;
        this.indentsParagraphs = indentsParagraphs;
        this.paragraphIndent = paragraphIndent;
        this.brokenAnywhere = brokenAnywhere;
    }

    static LineWrap of(List<FoldedLine> lines) {
        LineWrap typeset = of(lines, LineWrap::typesetWidth, SLACK);
        LineWrap chars = of(lines, LineWrap::charWidth, (SLACK + 1) / 2);
        // a text folded at a count of characters has more lines of exactly one width counted so, where a PDF's
        // proportional digits and letters spread the lines that hold them
        boolean folded = chars.width > 0 && chars.modal > typeset.modal;
        LineWrap wrap = folded || chars.agreeing > typeset.agreeing ? chars : typeset;
        boolean broken = brokenAnywhere(lines, wrap);
        if (wrap.width > 0) {
            return broken ? wrap.brokenAnywhere() : wrap;
        }
        int indent = paragraphIndent(lines);
        return indent == 0 && !broken ? wrap : new LineWrap(0, null, 0, 0, 0, 0, false, indent, broken);
    }

    /** This wrap, in a copy that also breaks lines short of its width mid-sentence. */
    private LineWrap brokenAnywhere() {
        return new LineWrap(width, measure, slack, agreeing, modal, margin, indentsParagraphs, paragraphIndent, true);
    }

    /**
     * Whether the lines break mid-sentence short of any width ({@link #MIN_BROKEN_ANYWHERE_SHARE}); where a width was
     * found, judged by the lines short of it alone, which in a copy wrapped at it end paragraphs (or are headings).
     */
    private static boolean brokenAnywhere(List<FoldedLine> lines, LineWrap wrap) {
        int clauses = 0;
        int broken = 0;
        for (FoldedLine l : lines) {
            boolean shortOfWidth = wrap.width == 0 || wrap.measure.applyAsInt(l.text()) < wrap.width - wrap.slack;
            if (!l.dropped() && shortOfWidth && holdsClause(l.text()) && !opensHeading(l.text())) {
                clauses++;
                broken += endsSentence(l.text()) || endsOnCloser(l.text()) ? 0 : 1;
            }
        }
        return clauses >= MIN_FULL_LINES && broken >= clauses * MIN_BROKEN_ANYWHERE_SHARE;
    }

    /**
     * The indent the paragraphs (lines of some length holding a full stop) open with, where nearly all share it; else 0.
     * A broken paragraph's short rest is none.
     */
    private static int paragraphIndent(List<FoldedLine> lines) {
        Map<Integer, Integer> indents = new HashMap<>();
        int paragraphs = 0;
        for (FoldedLine l : lines) {
            if (!l.dropped() && l.text().length() >= MIN_BROKEN_LINE && holdsFullStop(l.text())) {
                indents.merge(l.indent(), 1, Integer::sum);
                paragraphs++;
            }
        }
        int total = paragraphs;
        return indents.entrySet().stream().filter(e -> e.getKey() > 0 && e.getValue() >= total * MIN_PARAGRAPH_INDENT_SHARE)
                .map(Map.Entry::getKey).findFirst().orElse(0);
    }

    private static LineWrap of(List<FoldedLine> lines, ToIntFunction<String> measure, int slack) {
        int[] counts = new int[MAX_WIDTH + 2];
        Map<Integer, Integer> indents = new HashMap<>();
        int kept = 0;
        int widest = 0; // lines too wide for any page width
        for (FoldedLine l : lines) {
            if (l.dropped() || l.text().isEmpty()) {
                continue;
            }
            kept++;
            indents.merge(l.indent(), 1, Integer::sum);
            int w = measure.applyAsInt(l.text());
            if (w >= MIN_WIDTH && w <= MAX_WIDTH + 1) {
                counts[w]++;
            } else if (w > MAX_WIDTH + 1) {
                widest++;
            }
        }
        int best = 0;
        int bestCount = 0;
        int window = 0;
        for (int w = MIN_WIDTH; w <= MAX_WIDTH + 1; w++) {
            window += counts[w] - (w - slack - 1 >= MIN_WIDTH ? counts[w - slack - 1] : 0);
            if (window > bestCount) {
                bestCount = window;
                best = w;
            }
        }
        int wider = widest;
        for (int w = best + slack + 1; w <= MAX_WIDTH + 1; w++) {
            wider += counts[w];
        }
        // a page width is the widest its lines go: where many lines go past it, the lines agreeing are short ones
        // (headings of a text with one paragraph a line), not a wrap
        boolean wrapped = bestCount >= MIN_FULL_LINES && bestCount >= kept * MIN_FULL_SHARE && best <= MAX_WIDTH
                && wider * MAX_WIDER_PER_FULL <= bestCount;
        if (!wrapped) {
            return NONE;
        }
        int margin = indents.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        int indented = indents.entrySet().stream().filter(e -> e.getKey() > margin).mapToInt(Map.Entry::getValue).sum();
        boolean indentsParagraphs = indented >= kept * MIN_INDENTED_SHARE && indented <= kept * MAX_INDENTED_SHARE;
        int modal = java.util.Arrays.stream(counts).max().orElse(0);
        return new LineWrap(best, measure, slack, bestCount, modal, margin, indentsParagraphs, 0, false);
    }

    /** A line that opens with a heading's number, or with the mark of one whose numeral was lost. */
    private static boolean opensHeading(String text) {
        return HEADING_START.matcher(text).find() || LostNumeral.opens(text);
    }

    /** Whether {@code next} goes on the line {@code previous} began (the PDF broke one line of text in two). */
    boolean continues(FoldedLine previous, FoldedLine next) {
        if (endsOnGluedHeading(previous.text()) || tableRow(previous.text()) || tableRow(next.text())) {
            return false;
        }
        // the space of a number spaced as thousands, broken at it, is no paragraph's indent
        boolean inNumber = Character.isDigit(previous.text().charAt(previous.text().length() - 1))
                && THOUSANDS_GROUP.matcher(next.text()).lookingAt();
        return width > 0 && (next.indent() <= margin || inNumber) && measure.applyAsInt(previous.text()) >= width - slack
                && (indentsParagraphs || !endsParagraph(previous.text(), next.text())) && !opensHeading(next.text())
                && !(indentsParagraphs && endsSentence(previous.text()) && bareShortLine(next.text()))
                || brokenBeforeFigure(previous.text(), next.text()) || brokenAfterComma(previous.text(), next.text());
    }

    /**
     * …科学发展之路。⏎2013年的主要任务⏎　　今年是…: in a copy that indents its paragraphs, a line short of the width with no
     * clause or sentence mark, after a sentence's end, is a heading that lost its numeral; a paragraph's last line ends
     * on a sentence mark.
     */
    private boolean bareShortLine(String text) {
        if (text.length() < MIN_BARE_LINE || measure.applyAsInt(text) >= width - slack) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0 || SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0 || FullStops.isFullStop(text, i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code next}, right below {@code previous} (no blank line between), goes on a figure or a word it broke. */
    boolean continuesBroken(FoldedLine previous, FoldedLine next) {
        return !endsOnGluedHeading(previous.text()) && !tableRow(previous.text()) && !tableRow(next.text()) && (next.indent() <= margin && (brokenInFigure(previous.text(), next.text()) || brokenInWord(previous.text(), next.text())
                || brokenInClause(previous.text(), next.text()))
                || brokenInParagraph(previous, next) || brokenAnywhere && brokenMidSentence(previous, next));
    }

    /**
     * A number a damaged copy parted by blank lines (占规模以上工业的比重达到15⏎⏎.2%, 新建改扩建公办幼儿园43⏎⏎2所): the line
     * before ends on digits after a word, inside a figure as {@link #brokenInFigure} reads it, and the next opens with
     * the rest of them; no paragraph ends on a number, nor does one open with a decimal point or a per cent sign.
     */
    boolean brokenInNumber(FoldedLine previous, FoldedLine next) {
        String before = previous.text();
        String after = next.text();
        char first = after.isEmpty() ? ' ' : after.charAt(0);
        int digits = before.length();
        while (digits > 0 && Character.isDigit(before.charAt(digits - 1))) {
            digits--;
        }
        // 阅读次数:5274⏎⏎2021年…: a page's counter, and a year opening the next line, part nothing
        return digits > 0 && digits < before.length() && Character.isIdeographic(before.charAt(digits - 1))
                && !YEAR_START.matcher(after).lookingAt() && !tableRow(before) && !tableRow(after)
                && (Character.isDigit(first) || first == '.' || first == '%') && brokenInFigure(before, after);
    }

    /**
     * A row of a table (地区生产总值  亿元  155.9  175  12): cells parted by spaces, two or more of them numbers or a dash
     * (4以内, ≥8, —) or one after a unit's, or by bars whatever they hold (指标 | 单位 | 目标), and no clause or sentence mark (a PDF's spaced digits,
     * 社会消费品零售总额 3 280亿元,下降1.8%, stand in prose). A table's row is a line of its own, however it ends.
     */
    static boolean tableRow(String text) {
        String[] cells = TableCells.of(text);
        if (cells.length < MIN_TABLE_CELLS || text.chars().anyMatch(c -> NOT_IN_TABLE_ROW.indexOf(c) >= 0)) {
            return false;
        }
        if (TableCells.barred(text)) {
            return true;
        }
        int numbers = 0;
        for (String cell : cells) {
            numbers += TableCells.isValueOrDash(cell) ? 1 : 0;
        }
        // 财政总收入增长  %  8: a name, its unit and one figure (a table of one column of targets)
        return numbers >= MIN_TABLE_NUMBERS || numbers == 1 && TableCells.nameThenUnit(cells);
    }

    /**
     * A line that ends on a heading a copy glued to its last sentence (…认真加以解决。二、2019年工作安排): after its last full
     * stop, a heading's Chinese numeral and a title with no clause mark. It ends there, as a heading's own line would. A
     * list number (。1.新建学校⏎5所) may still run on into its figure.
     */
    static boolean endsOnGluedHeading(String text) {
        String tail = afterLastFullStop(text);
        if (tail == null) {
            return false;
        }
        Matcher number = HEADING_START.matcher(tail);
        return tail.length() <= MAX_GLUED_HEADING && number.find() && !Character.isDigit(tail.charAt(0))
                && headingTitle(tail.substring(number.end()));
    }

    /**
     * A heading's title: no clause or sentence mark, or two phrases of four characters or more a comma parts
     * (民生保障切实加强,社会事业全面进步), not a clause left open (加快推进产业转型升级,提高).
     */
    private static boolean headingTitle(String title) {
        int comma = title.indexOf(',');
        if (comma >= MIN_TITLE_PHRASE && title.length() - comma - 1 >= MIN_TITLE_PHRASE) {
            return headingTitle(title.substring(0, comma)) && headingTitle(title.substring(comma + 1));
        }
        return title.chars().noneMatch(c -> CLAUSE_MARKS.indexOf(c) >= 0 || SENTENCE_ENDS.indexOf(c) >= 0);
    }

    /**
     * In a copy broken anywhere, a line that holds a clause and stops on no sentence mark, or on a word that leaves it
     * unfinished (的), goes on with the next line, unless either is a heading, the line ends on a closing mark (a heading
     * in 【】) or the next is indented beyond it (a new paragraph). A title, a meeting line or a speaker line holds no
     * clause mark.
     */
    private static boolean brokenMidSentence(FoldedLine previous, FoldedLine next) {
        String before = previous.text();
        String after = next.text();
        return (holdsClause(before) || UNFINISHED_ENDS.indexOf(before.charAt(before.length() - 1)) >= 0)
                && !endsSentence(before) && !endsOnCloser(before) && next.indent() <= previous.indent()
                && !opensHeading(before) && !opensHeading(after)
                && ListMarks.end(after, 0, after.length()) < 0;
    }

    /** A line ending on a closing mark (【聚焦产业强县，经济实力稳步提升】, a quote) is taken as whole. */
    private static boolean endsOnCloser(String text) {
        return CLOSERS.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static boolean holdsClause(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return holdsFullStop(text);
    }

    /**
     * A paragraph a web copy broke mid-sentence, in a text whose paragraphs all open indented (全市土地流转面积⏎达到148万亩。):
     * the line before is an indented paragraph (a clause mark in it) that stops on no sentence mark, and the next line
     * opens unindented,
     * with no heading or list number, and holds a full stop as a paragraph's rest does (a bare heading holds none).
     */
    private boolean brokenInParagraph(FoldedLine previous, FoldedLine next) {
        String before = previous.text();
        String after = next.text();
        return paragraphIndent > 0 && previous.indent() >= paragraphIndent && next.indent() < paragraphIndent
                && before.length() >= MIN_BROKEN_LINE && (holdsFullStop(before) || before.indexOf(',') >= 0) && !endsSentence(before)
                && CLOSERS.indexOf(before.charAt(before.length() - 1)) < 0 && holdsFullStop(after)
                && !opensHeading(after) && ListMarks.end(after, 0, after.length()) < 0;
    }

    /**
     * A line broken inside a figure, between its digits or after its multiplier (实际使用外商直接投资1196亿⏎美元, 增长12.⏎5%):
     * no paragraph and no heading ends on a number, so the next line goes on with it unless it opens a heading.
     */
    static boolean brokenInFigure(String previous, String next) {
        int last = previous.length() - 1;
        char c = previous.charAt(last);
        boolean inNumber = Character.isDigit(c) || c == '.' && last > 0 && Character.isDigit(previous.charAt(last - 1))
                || MULTIPLIERS.indexOf(c) >= 0 && last > 0 && Character.isDigit(previous.charAt(last - 1));
        return inNumber && previous.length() >= MIN_COMMA_LINE && !DATE_OR_TIME_END.matcher(previous).find()
                && !opensHeading(next)
                && !next.isEmpty() && (Character.isDigit(next.charAt(0)) || Character.isIdeographic(next.charAt(0)) || next.charAt(0) == '%'
                    || next.charAt(0) == '.' && Character.isDigit(c)); // 比重达到15⏎.2%
    }

    /**
     * A sentence broken after a comma (a web page's {@code <br>}: 完成固定资产投资118.5亿元,⏎下降17.6%。), or after a
     * word that leaves it unfinished in a line that holds a clause (民生支出占一般公共预算支出的⏎比重达到76.5%,
     * 平均浓度为52微克/⏎立方米): no paragraph and no heading ends so, so the next line goes on with it unless it opens
     * a heading.
     */
    static boolean brokenAfterComma(String previous, String next) {
        char last = previous.charAt(previous.length() - 1);
        boolean unfinished = UNFINISHED_ENDS.indexOf(last) >= 0 && (previous.indexOf(',') >= 0 || holdsFullStop(previous));
        return (last == ',' || last == '、' || unfinished) && previous.length() >= MIN_COMMA_LINE
                && !opensHeading(next);
    }

    /**
     * A paragraph broken once before a figure, in a copy whose lines are otherwise whole (社会消费品零售总额完成⏎136.4亿元,…):
     * the line before holds sentences, or a clause and opens no heading, and stops on a word, and the next opens with a
     * number that is no list number (1. or 1、). A heading holds no full stop, so a paragraph after one
     * (一、2021年工作回顾⏎2021年,…) stays apart.
     */
    static boolean brokenBeforeFigure(String previous, String next) {
        int last = previous.length() - 1;
        if (!Character.isIdeographic(previous.charAt(last)) || !FIGURE_START.matcher(next).lookingAt()) {
            return false;
        }
        // 全县实现地区生产总值987.6亿元,增长⏎7.2%: a clause of a sentence, not a heading, left without its figure
        boolean clauseLeft = previous.length() >= MIN_COMMA_LINE && previous.indexOf(',') >= 0
                && !opensHeading(previous) && !YEAR_START.matcher(next).lookingAt()
                && !ROW_NUMBER.matcher(next).lookingAt();
        return previous.length() >= MIN_BROKEN_LINE && holdsFullStop(previous) || clauseLeft;
    }

    /**
     * A paragraph a damaged copy broke inside a word (财政收入增⏎长9%, 城⏎镇登记失业率): the line before holds a clause
     * (a comma or a full stop) and opens no heading, it stops on an ideograph, and a word of the dictionary runs on
     * across the break. A heading holds no such clause mark before its end, or opens with its number.
     */
    static boolean brokenInWord(String previous, String next) {
        int last = previous.length() - 1;
        if (next.isEmpty() || !Character.isIdeographic(previous.charAt(last)) || !Character.isIdeographic(next.charAt(0))
                || opensHeading(previous) || opensHeading(next)
                || previous.indexOf(',') < 0 && !holdsFullStop(previous)) {
            return false;
        }
        String tail = previous.substring(Math.max(0, previous.length() - 2));
        String joint = tail + ' ' + next.substring(0, Math.min(3, next.length()));
        return Normalizer.splitsAWord(joint, tail.length());
    }

    /**
     * A paragraph a damaged copy broke between two words of a clause (…增长6.8%,固定资产投资⏎增长9.2%,…): the line holds
     * sentences and opens no heading, and after its last full stop a clause mark and then words run to its end; the next
     * line opens no heading or list. A paragraph ends on a sentence mark, and a heading glued to one's end opens with
     * its number (。(四)聚力城乡融合,城乡面貌持续改善).
     */
    static boolean brokenInClause(String previous, String next) {
        int last = previous.length() - 1;
        if (previous.length() < MIN_BROKEN_LINE || next.isEmpty() || !Character.isIdeographic(previous.charAt(last))
                || opensHeading(previous) || opensHeading(next)
                || ListMarks.end(next, 0, next.length()) >= 0) {
            return false;
        }
        String tail = afterLastFullStop(previous);
        return tail != null && !HEADING_START.matcher(tail).lookingAt() && tail.chars().anyMatch(c -> CLAUSE_MARKS.indexOf(c) >= 0);
    }

    /** What a line holds after its last full stop, stripped; null where it holds none. */
    private static String afterLastFullStop(String text) {
        int stop = text.length() - 1;
        while (stop >= 0 && !FullStops.isFullStop(text, stop)) {
            stop--;
        }
        return stop < 0 ? null : text.substring(stop + 1).strip();
    }

    private static boolean holdsFullStop(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (FullStops.isFullStop(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** A word of Latin letters broken at the line end loses its space: put it back. */
    boolean needsSpace(FoldedLine previous, FoldedLine next) {
        char a = previous.text().charAt(previous.text().length() - 1);
        char b = next.text().charAt(0);
        return isLatin(a) && isLatin(b);
    }

    /**
     * Where paragraphs are not indented, whether a full line ends its paragraph: it ends a sentence, and not a clause of
     * a ；-run that the next line goes on with (…增长3.5%；⏎固定资产投资增长6.1%；), unless that opens an item of its own
     * (——, 1.).
     */
    private static boolean endsParagraph(String previous, String next) {
        boolean semicolon = previous.endsWith(";") || previous.endsWith("；");
        return endsSentence(previous) && !(semicolon && ITEM_MARKS.indexOf(next.charAt(0)) < 0 && ListMarks.end(next, 0, next.length()) < 0);
    }

    /** Whether a line ends with a sentence mark (。 ! ? ; : …), a closing quote or bracket after one allowed. */
    static boolean endsSentence(String text) {
        int end = text.length();
        while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && (SENTENCE_ENDS.indexOf(text.charAt(end - 1)) >= 0 || FullStops.isFullStop(text, end - 1));
    }

    private static int typesetWidth(String text) {
        int w = 0;
        for (int i = 0; i < text.length() && w <= MAX_WIDTH + 1; i++) {
            w += text.charAt(i) < '\u2E80' ? 1 : 2;
        }
        return w;
    }

    private static int charWidth(String text) {
        return text.length();
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
