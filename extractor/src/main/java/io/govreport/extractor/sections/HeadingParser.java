package io.govreport.extractor.sections;

import io.govreport.extractor.support.ChineseNumerals;
import io.govreport.extractor.support.FullStops;
import io.govreport.extractor.support.LetterSpacing;
import io.govreport.extractor.support.LostNumeral;
import io.govreport.extractor.support.ResourceLines;
import io.govreport.extractor.support.Simplified;
import io.govreport.extractor.support.TableCells;

import java.util.List;
import java.util.regex.Pattern;

/** Reads one line as a heading: its numbering style, ordinal and title, or nothing. */
final class HeadingParser {
    /** Longer "titles" are paragraphs that happen to start with a numeral. */
    static final int MAX_TITLE = 60;
    private static final int MAX_PART_TITLE = 30;
    /** 【打印本页】 and 【关闭窗口】 are a web page's buttons; a bracketed heading is a phrase of some length. */
    private static final int MIN_BRACKETED = 8;
    private static final String SENTENCE_MARKS = "。;:!?；：！？";
    private static final String CLAUSE_MARKS = ",，、;；:：";
    /** The shortest title a heading run into its paragraph keeps. */
    private static final int MIN_RUN_ON_TITLE = 4;
    /** Words a paragraph opens with: sections/paragraph-openers.txt. */
    private static final List<String> PARAGRAPH_OPENERS = ResourceLines.read("sections/paragraph-openers.txt");

    /** Unnumbered lines that are part titles (一年工作回顾, 2020年工作的总体思路和主要任务): sections/part-titles.txt. */
    private final List<Pattern> partTitles = ResourceLines.patterns("sections/part-titles.txt");
    /** Whole lines that open notes or an appendix (说明, 附件：名词解释): sections/appendix-titles.txt. */
    private final List<Pattern> appendixTitles = ResourceLines.patterns("sections/appendix-titles.txt");

    /**
     * The heading this line opens, or null. {@code start} is the line's offset in the text. A letter-spaced line is read
     * without its spaces, so that its numeral ((一 )) is one.
     */
    Heading parse(int line, int start, String lineText) {
        String text = LetterSpacing.ofHeading(lineText);
        if (text.isEmpty() || text.startsWith("——")) {
            return null;
        }
        Heading numbered = numbered(line, start, text);
        if (numbered != null) {
            return numbered;
        }
        if (text.charAt(0) == '【' && text.indexOf('】') == text.length() - 1 && text.length() >= MIN_BRACKETED
                && looksLikeBareHeading(text.substring(1, text.length() - 1))) {
            return new Heading(line, start, HeadingStyle.BRACKETED, 0, text.substring(1, text.length() - 1).strip(), false);
        }
        // 附件：名词解释, 附件：2017年…主要预期指标: an appendix is titled with its label, as written (the held-out golds 24 to 16)
        return isPartTitle(text) ? new Heading(line, start, HeadingStyle.PART, 0, text, false) : null;
    }

    /**
     * A numbered heading a converter glued to the end of the paragraph before it (…产学研合作更加紧密。1.做强农业;
     * …认真加以解决。二、2019年工作安排), or null: after the line's last full stop, a numeral and a title of a heading's shape
     * with no figure in it (a year the title names is none), where a
     * paragraph's line would end on a full stop.
     */
    Heading gluedToParagraph(int line, int start, String text) {
        int stop = -1;
        for (int i = text.length() - 1; i > 0 && stop < 0; i--) {
            if (FullStops.isFullStop(text, i)) {
                stop = i;
            }
        }
        int from = stop + 1;
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        if (stop < 0 || from >= text.length()) {
            return null;
        }
        Heading h = numbered(line, start + from, text.substring(from));
        boolean headingShape = h != null && h.numbered() && looksLikeBareHeading(h.title())
                && SectionReader.TITLE_YEAR.matcher(h.title()).replaceAll("").chars().noneMatch(c -> Character.isDigit(c) || c == '%');
        return headingShape && text.endsWith(h.title()) ? h : null;
    }

    /** A short line with no sentence punctuation: what a heading looks like once its numeral is gone. */
    static boolean looksLikeBareHeading(String text) {
        return text.length() >= 4 && unpunctuatedLine(text);
    }

    /**
     * Up to 40 characters with no sentence punctuation, not a dash's run-on, not ending on a comma, not a table's line of
     * cells parted by bars (单位GDP能耗降低 | % | 完成市下达任务).
     */
    private static boolean unpunctuatedLine(String text) {
        if (text.length() > 40 || text.startsWith("——") || text.endsWith(",") || TableCells.barred(text)) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (SENTENCE_MARKS.indexOf(text.charAt(i)) >= 0 || FullStops.isFullStop(text, i)) {
                return false;
            }
        }
        return true;
    }

    private static int fullStop(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (FullStops.isFullStop(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private boolean isPartTitle(String text) {
        if (text.length() > MAX_PART_TITLE) {
            return false;
        }
        // a part title may be as short as 说明 or 附件, which the appendix patterns then match whole, colon and all
        String simplified = Simplified.of(text);
        if (appendixTitles.stream().anyMatch(p -> p.matcher(simplified).find())) {
            return true;
        }
        // 单位地区生产总值能耗降低  %  完成省市下达任务: a table's row ends in 任务 as no title does
        if (text.indexOf(',') >= 0 || !unpunctuatedLine(text) || TableCells.nameThenUnit(TableCells.of(text))) {
            return false;
        }
        for (Pattern p : partTitles) {
            if (p.matcher(simplified).find()) {
                return true;
            }
        }
        return false;
    }

    /** Ⅰ and Ⅻ: the Roman numerals a part may be numbered with. */
    private static final char ROMAN_ONE = '\u2160';
    private static final char ROMAN_TWELVE = '\u216B';

    private static Heading numbered(int line, int start, String text) {
        char first = text.charAt(0);
        if (first == '第') {
            int end = numeralEnd(text, 1);
            if (end > 1 && text.startsWith("部分", end)) {
                return heading(line, start, HeadingStyle.PART, ChineseNumerals.parse(text.substring(1, end)), text, end + 2);
            }
            return null;
        }
        if (first == '(') {
            int close = text.indexOf(')');
            if (close < 0 || close > 4) {
                return null;
            }
            String inside = text.substring(1, close);
            if (inside.isEmpty()) {
                return heading(line, start, HeadingStyle.PAREN_NUMERAL, 0, text, close + 1);
            }
            boolean digits = inside.chars().allMatch(Character::isDigit);
            int n = ChineseNumerals.parse(inside);
            if (n <= 0) {
                return null;
            }
            return heading(line, start, digits ? HeadingStyle.PAREN_DIGIT : HeadingStyle.PAREN_NUMERAL, n, text, close + 1);
        }
        if (first == '【') {
            int end = numeralEnd(text, 1);
            if (end <= 1 || end >= text.length() - 1 || text.charAt(end) != '】') {
                return null; // not 【打印本页】
            }
            int ordinal = ChineseNumerals.parse(text.substring(1, end));
            return heading(line, start, HeadingStyle.BRACKETED_NUMERAL, ordinal, text, end + 1); // 【一】2018年工作回顾
        }
        if (first >= ROMAN_ONE && first <= ROMAN_TWELVE && text.length() > 2 && "、.".indexOf(text.charAt(1)) >= 0) {
            return heading(line, start, HeadingStyle.PART, first - ROMAN_ONE + 1, text, 2); // Ⅰ、2018年工作回顾
        }
        if (Character.isDigit(first)) {
            int end = 1;
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                end++;
            }
            if (end > 2 || end >= text.length() - 1) {
                return null;
            }
            Heading decimal = decimalNumbered(line, start, text, end);
            if (decimal != null) {
                return decimal;
            }
            char mark = text.charAt(end);
            boolean listMark = mark == '、' || (mark == '.' && !Character.isDigit(text.charAt(end + 1)));
            return listMark ? heading(line, start, HeadingStyle.DIGIT, Integer.parseInt(text.substring(0, end)), text, end + 1) : null;
        }
        if (LostNumeral.opens(text)) { // the numeral lost, its mark kept: 、2023年总体要求和目标任务
            return heading(line, start, first == '、' ? HeadingStyle.NUMERAL : HeadingStyle.DIGIT, 0, text, 1);
        }
        int end = numeralEnd(text, 0);
        // 一、 and, in some sources, 一. (a Chinese numeral takes no decimals, so a digit may follow)
        if (end > 0 && end < text.length() && (text.charAt(end) == '、' || text.charAt(end) == '.')) {
            return heading(line, start, HeadingStyle.NUMERAL, ChineseNumerals.parse(text.substring(0, end)), text, end + 1);
        }
        // 一)坚持产业为先: a word processor's numbering, its opening bracket left off
        if (end > 0 && end < text.length() && text.charAt(end) == ')') {
            return heading(line, start, HeadingStyle.PAREN_NUMERAL, ChineseNumerals.parse(text.substring(0, end)), text, end + 1);
        }
        return null;
    }

    /**
     * 1.1　综合实力迈上新台阶: a word processor's outline number, a space after it, then the title; numbered by its last
     * part. A number with decimals and no space (1.5亿元) opens no heading.
     */
    private static Heading decimalNumbered(int line, int start, String text, int end) {
        int k = end + 1;
        if (text.charAt(end) != '.' || k >= text.length() || !Character.isDigit(text.charAt(k))) {
            return null;
        }
        while (k < text.length() && Character.isDigit(text.charAt(k))) {
            k++;
        }
        if (k - end > 3 || k >= text.length() || !Character.isWhitespace(text.charAt(k))) {
            return null;
        }
        return heading(line, start, HeadingStyle.DIGIT, Integer.parseInt(text.substring(end + 1, k)), text, k + 1);
    }

    /**
     * The title of a heading a damaged copy ran into its paragraph without a full stop ((一)经济保持平稳较快增长全省地区生产总值
     * 达到2515.3亿元,…): it ends where a paragraph's opening word starts right after the title's last word, with a figure
     * after it (聚焦高质量发展,全市经济增长6% is one title: the comma makes 全市… a clause of it), or where what would be the
     * title is too long to be one ((一)坚持项目带动,经济保持较快增长我们始终把项目建设作为…).
     */
    private static String withoutRunOnParagraph(String title) {
        boolean tooLong = title.length() > MAX_TITLE;
        for (int k = MIN_RUN_ON_TITLE; k < title.length(); k++) {
            char before = title.charAt(k - 1);
            if (CLAUSE_MARKS.indexOf(before) >= 0 || Character.isWhitespace(before)) {
                continue;
            }
            for (String opener : PARAGRAPH_OPENERS) {
                if (title.startsWith(opener, k) && (tooLong || title.chars().skip(k).anyMatch(Character::isDigit))) {
                    return title.substring(0, k);
                }
            }
        }
        return title;
    }

    private static boolean endsListOfFigures(String text, String title, int stop) {
        return stop >= 0 && text.substring(stop + 1).isBlank() && title.chars().anyMatch(Character::isDigit)
                && title.chars().anyMatch(c -> c == ',' || c == '，');
    }

    private static int numeralEnd(String text, int from) {
        int i = from;
        while (i < text.length() && i - from < 3 && ChineseNumerals.isOrdinalNumeral(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A heading whose title runs from {@code titleFrom} to the first 。 (inline headings) or the line's end. */
    private static Heading heading(int line, int start, HeadingStyle style, int ordinal, String text, int titleFrom) {
        if (ordinal < 0) {
            return null;
        }
        int stop = fullStop(text, titleFrom);
        String title = withoutRunOnParagraph(text.substring(titleFrom, stop < 0 ? text.length() : stop).strip());
        // a title ending in ; is an item of a list (1.地区生产总值增长6%左右;), not a heading; nor is a line of clauses with
        // a figure that ends at its full stop (八、新建乡镇敬老院3所,新增床位300张。: a list's last item)
        if (title.isEmpty() || title.length() > MAX_TITLE || title.endsWith(";") || endsListOfFigures(text, title, stop)) {
            return null;
        }
        return new Heading(line, start, style, ordinal, title, ordinal == 0);
    }
}
