package io.govreport.extractor.normalize;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import io.govreport.extractor.support.LetterSpacing;
import io.govreport.extractor.support.LostCharacters;
import io.govreport.extractor.support.ResourceLines;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans a decoded report into the text the document stores: full-width ASCII forms folded to ASCII
 * (１２．５％ → 12.5%), HTML character references left in the text read (&amp;nbsp; &amp;ldquo;), odd spaces made plain,
 * zero-width characters and U+FFFD dropped, lines trimmed, runs of spaces
 * and of blank lines collapsed, web-page boilerplate lines (navigation, share and print links, source, copyright
 * and ICP lines; normalize/boilerplate.txt), PDF page numbers (normalize/page-numbers.txt) and the running
 * headers repeated next to them removed, and lines that a PDF broke at its page width joined again ({@link LineWrap}). The script
 * (simplified/traditional) is never changed; every kept character maps back to its input offset.
 */
public final class Normalizer {
    /** Boilerplate lines are short; longer lines are never tested, which also keeps huge lines cheap. */
    private static final int MAX_BOILERPLATE_LINE = 200;
    /** A running header is a short line the pages repeat; the first occurrence (often the title) is kept. */
    private static final int MAX_RUNNING_HEADER = 40;
    private static final int MIN_RUNNING_HEADER_REPEATS = 3;
    /** A PDF copied without its page numbers still repeats its running header on every page. */
    private static final int MIN_RUNNING_HEADER_REPEATS_ALONE = 5;

    /** Lines this long are prose, where a space between two ideographs is damage (a title block's are not). */
    private static final int MIN_PROSE_LINE = 24;
    /** Stray spaces are rare: at most one per this many characters of the line, else it is letter-spaced. */
    private static final int STRAY_SPACE_SPARSITY = 12;

    /** A line this long holds many paragraphs whose line breaks a copy lost. */
    private static final int MIN_MERGED_LINE = 3000;
    /** A full stop, then a heading's numeral: (一) or 一、 (group 1). */
    private static final Pattern RUN_IN_HEADING =
            Pattern.compile("[。！？](\\s*(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、))");

    /** The lines a title block may take at the top of the first page, whose title a page number may follow. */
    private static final int TITLE_BLOCK_LINES = 3;
    /** Running headers stand right before or after a page number. */
    private static final int RUNNING_HEADER_REACH = 1;

    private final List<Pattern> boilerplate = ResourceLines.patterns("normalize/boilerplate.txt");
    private final List<Pattern> pageNumbers = ResourceLines.patterns("normalize/page-numbers.txt");
    private final List<Pattern> decorations = ResourceLines.patterns("normalize/decorations.txt");

    public NormalizedText normalize(String input) {
        String in = input == null ? "" : input;
        List<FoldedLine> lines = foldLines(in);
        dropRunningHeaders(lines);
        LineWrap wrap = LineWrap.of(lines);
        StringBuilder out = new StringBuilder(in.length());
        // a line break put in before a run-in heading takes a place of its own
        int[] original = new int[in.length() + 1 + lines.stream().mapToInt(Normalizer::runInHeadings).sum()];
        boolean pendingBlank = false;
        FoldedLine previous = null;
        FoldedLine lastDropped = null;
        for (FoldedLine line : lines) {
            if (line.text().isEmpty()) {
                pendingBlank = !out.isEmpty();
                continue;
            }
            // the rest of a boilerplate line the page width broke goes with it
            if (line.dropped() || (lastDropped != null && wrap.continues(lastDropped, line))) {
                lastDropped = line;
                pendingBlank &= !line.page(); // the blank lines around a page break are no paragraph break
                continue;
            }
            lastDropped = null;
            if (previous != null && (wrap.continues(previous, line) || !pendingBlank && wrap.continuesBroken(previous, line)
                    || pendingBlank && wrap.brokenInNumber(previous, line))) {
                if (wrap.needsSpace(previous, line)) {
                    original[out.length()] = line.origin()[0] - 1;
                    out.append(' ');
                }
            } else if (!out.isEmpty()) {
                original[out.length()] = line.origin()[0] - 1;
                out.append('\n');
                if (pendingBlank) {
                    original[out.length()] = line.origin()[0] - 1;
                    out.append('\n');
                }
            }
            appendBreakingRunInHeadings(out, original, line);
            pendingBlank = false;
            previous = line;
        }
        return new NormalizedText(out.toString(), Arrays.copyOf(original, out.length()));
    }

    /**
     * Appends the line; in a line far longer than any paragraph (a copy that lost its line breaks) a heading's numeral
     * right after a full stop opens a line of its own (…阶段性成效。（六）坚持民生为本…, …更好。二、2013年工作安排…).
     */
    private static void appendBreakingRunInHeadings(StringBuilder out, int[] original, FoldedLine line) {
        String text = line.text();
        int from = 0;
        if (runInHeadings(line) > 0) {
            Matcher m = RUN_IN_HEADING.matcher(text);
            while (m.find()) {
                int at = m.start(1);
                System.arraycopy(line.origin(), from, original, out.length(), at - from);
                out.append(text, from, at);
                original[out.length()] = line.origin()[at] - 1;
                out.append('\n');
                from = at;
            }
        }
        System.arraycopy(line.origin(), from, original, out.length(), text.length() - from);
        out.append(text, from, text.length());
    }

    /** How many run-in headings a line that lost its line breaks holds (none in a line of paragraph length). */
    private static int runInHeadings(FoldedLine line) {
        return line.text().length() < MIN_MERGED_LINE ? 0 : (int) RUN_IN_HEADING.matcher(line.text()).results().count();
    }

    private List<FoldedLine> foldLines(String in) {
        List<FoldedLine> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lineStart = 0;
        while (lineStart <= in.length()) {
            int lineEnd = in.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = in.length();
            }
            line.setLength(0);
            int[] origin = new int[lineEnd - lineStart];
            int indent = foldLine(in, lineStart, lineEnd, line, origin);
            undecorate(line, origin);
            spacedDecimalsJoined(line, origin);
            if (LetterSpacing.isLetterSpacedLine(line)) {
                dropWhere(line, origin, k -> LetterSpacing.isPutIn(line, k)); // 全 年 实 现 地 区 生 产 总 值: prose set spaced
            }
            String text = strayHanSpacesDropped(line, origin, in);
            boolean page = matchesAny(pageNumbers, text);
            lines.add(new FoldedLine(text, Arrays.copyOf(origin, text.length()), indent, page || matchesAny(boilerplate, text), page));
            lineStart = lineEnd + 1;
        }
        return lines;
    }

    /** Keeps of a line that a decoration pattern matches only what the pattern's groups hold, with their origins. */
    private void undecorate(StringBuilder line, int[] origin) {
        for (Pattern p : decorations) {
            Matcher m = p.matcher(line);
            if (!m.matches()) {
                continue;
            }
            StringBuilder kept = new StringBuilder(line.length());
            for (int g = 1; g <= m.groupCount(); g++) {
                for (int k = m.start(g); k >= 0 && k < m.end(g); k++) {
                    if (kept.isEmpty() && line.charAt(k) == ' ') {
                        continue; // lines are trimmed
                    }
                    origin[kept.length()] = origin[k];
                    kept.append(line.charAt(k));
                }
            }
            int end = kept.length();
            while (end > 0 && kept.charAt(end - 1) == ' ') {
                end--;
            }
            line.setLength(0);
            line.append(kept, 0, end);
            return;
        }
    }

    /**
     * The line with a space that splits a word dropped (OCR: 一般公共预算收入增 长10.6%, 森林覆 盖率), in a line of prose
     * where such spaces are rare; a space between two words (美丽延庆 冰雪夏都) stays, and so do short lines (区长 汪明浩)
     * and letter-spaced ones (政 府 工 作 报 告), and a tab, which parts a table's cells (2020年⇥年均增长(%)).
     */
    private static String strayHanSpacesDropped(StringBuilder line, int[] origin, String in) {
        if (line.length() < MIN_PROSE_LINE) {
            return line.toString();
        }
        int between = 0;
        for (int k = 1; k + 1 < line.length(); k++) {
            if (betweenIdeographs(line, k)) {
                between++;
            }
        }
        if (between == 0 || between * STRAY_SPACE_SPARSITY > line.length()) {
            return line.toString();
        }
        dropWhere(line, origin, k -> k > 0 && k + 1 < line.length() && betweenIdeographs(line, k) && in.charAt(origin[k]) != '\t'
                && splitsAWord(line, k));
        return line.toString();
    }

    /** Drops the line's characters at the offsets the test, asked of the line as it was, holds for; keeps origins. */
    private static void dropWhere(StringBuilder line, int[] origin, IntPredicate drop) {
        boolean[] dropped = new boolean[line.length()];
        for (int k = 0; k < dropped.length; k++) {
            dropped[k] = drop.test(k);
        }
        int kept = 0;
        for (int k = 0; k < dropped.length; k++) {
            if (!dropped[k]) {
                origin[kept] = origin[k];
                line.setCharAt(kept++, line.charAt(k));
            }
        }
        line.setLength(kept);
    }

    /**
     * Drops the space OCR put after a decimal point (增长29. 3%), where the number follows a word: at a line's start
     * the digits before the point number a heading (1. 2019年工作回顾).
     */
    private static void spacedDecimalsJoined(StringBuilder line, int[] origin) {
        dropWhere(line, origin, k -> k >= 3 && k + 1 < line.length() && line.charAt(k) == ' ' && line.charAt(k - 1) == '.'
                && isDigit(line.charAt(k - 2)) && isDigit(line.charAt(k + 1)) && afterAWord(line, k - 2));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether the run of digits ending at {@code last} follows an ideograph. */
    private static boolean afterAWord(CharSequence line, int last) {
        int k = last;
        while (k > 0 && isDigit(line.charAt(k - 1))) {
            k--;
        }
        return k > 0 && Character.isIdeographic(line.charAt(k - 1));
    }

    private static boolean betweenIdeographs(CharSequence line, int k) {
        return line.charAt(k) == ' ' && Character.isIdeographic(line.charAt(k - 1)) && Character.isIdeographic(line.charAt(k + 1));
    }

    /** Whether a word of the dictionary runs across the space at {@code k}: one or two characters each side of it. */
    static boolean splitsAWord(CharSequence line, int k) {
        for (int from = Math.max(0, k - 2); from < k; from++) {
            for (int to = k + 2; to <= Math.min(line.length(), k + 3); to++) {
                String word = line.subSequence(from, k).toString() + line.subSequence(k + 1, to);
                if (word.chars().allMatch(Character::isIdeographic) && CoreDictionary.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Folds one input line into {@code line}, trimmed, spaces collapsed, recording each kept char's origin.
     * @return the width of the white space the line began with (a paragraph's indent), in half-width spaces
     */
    private static int foldLine(String in, int from, int to, StringBuilder line, int[] origin) {
        boolean space = false;
        int indent = 0;
        for (int i = from; i < to; i++) {
            int at = i;
            HtmlEntity entity = in.charAt(i) == '&' ? HtmlEntity.at(in, i, to) : null;
            if (entity != null) {
                i += entity.length() - 1;
            }
            char c = fold(entity != null ? entity.c() : in.charAt(i));
            if (in.charAt(i) == LostCharacters.BOX && !space && !line.isEmpty() && i + 1 < to
                    && LostCharacters.between(line.charAt(line.length() - 1), fold(in.charAt(i + 1)))) {
                c = LostCharacters.BOX; // 70.6%□比上年提高: kept where it may stand for a comma, as the copy shows it
            }
            if (c == 0) {
                continue;
            }
            if (c == ' ') {
                space = !line.isEmpty();
                if (line.isEmpty()) {
                    indent += entity != null || in.charAt(i) == ' ' || in.charAt(i) == '\u00A0' ? 1 : 2;
                }
                continue;
            }
            if (space) {
                origin[line.length()] = at - 1;
                line.append(' ');
                space = false;
            }
            origin[line.length()] = at;
            line.append(c);
        }
        return indent;
    }

    /** The folded form of one character; 0 for a character that is dropped. */
    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        switch (c) {
            // U+25A1 □: the box a converter put for a character it could not show; an indent or a bullet where it does
            // not stand inside the text (foldLine)
            case '\u3000', '\u00A0', '\t', '\u000B', '\u000C', '\u1680', '\u202F', '\u205F', '\u25A1' -> {
                return ' ';
            }
            // U+FFFD: where a decoder met bytes it could not read; it says nothing about the text
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\r', '\u00AD', '\uFFFD' -> {
                return 0;
            }
            default -> {
                if (c >= '\u2000' && c <= '\u200A') {
                    return ' ';
                }
                return Character.isISOControl(c) ? 0 : c;
            }
        }
    }

    private static boolean matchesAny(List<Pattern> patterns, CharSequence line) {
        if (line.isEmpty() || line.length() > MAX_BOILERPLATE_LINE) {
            return false;
        }
        for (Pattern p : patterns) {
            if (p.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A short line without sentence punctuation that stands three times or more, once at least next to a page
     * number, or five times or more anywhere: a running header; every one but the first goes, and the first too where
     * it stands by a page number (a title set letter-spaced, 政 府 工 作 报 告, is another line).
     */
    private static void dropRunningHeaders(List<FoldedLine> lines) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> byPageNumbers = new HashSet<>();
        Set<Integer> nextToPageNumber = new HashSet<>();
        List<Integer> nonBlank = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).text().isEmpty()) {
                nonBlank.add(i);
            }
        }
        for (int k = 0; k < nonBlank.size(); k++) {
            FoldedLine l = lines.get(nonBlank.get(k));
            if (!isRunningHeaderLike(l)) {
                continue;
            }
            counts.merge(l.text(), 1, Integer::sum);
            for (int d = -RUNNING_HEADER_REACH; d <= RUNNING_HEADER_REACH; d++) {
                if (k + d >= 0 && k + d < nonBlank.size() && lines.get(nonBlank.get(k + d)).page()) {
                    byPageNumbers.add(l.text());
                    if (k >= TITLE_BLOCK_LINES) {
                        nextToPageNumber.add(nonBlank.get(k));
                    }
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            FoldedLine l = lines.get(i);
            if (isRunningHeaderLike(l) && counts.get(l.text()) >= (byPageNumbers.contains(l.text())
                    ? MIN_RUNNING_HEADER_REPEATS : MIN_RUNNING_HEADER_REPEATS_ALONE)
                    && (!seen.add(l.text()) || nextToPageNumber.contains(i))) {
                lines.set(i, l.asRunningHeader());
            }
        }
    }

    private static boolean isRunningHeaderLike(FoldedLine l) {
        return !l.dropped() && !l.text().isEmpty() && l.text().length() <= MAX_RUNNING_HEADER && !LineWrap.endsSentence(l.text());
    }
}
