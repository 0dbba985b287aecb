package io.govreport.extractor.sections;

import io.govreport.extractor.support.FullStops;
import io.govreport.extractor.support.ResourceLines;
import io.govreport.extractor.support.Simplified;
import io.govreport.model.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the heading tree of a normalized report: parts and numbered headings at any depth, inline headings
 * ({@code (一)标题。正文…}), and headings whose numeral the source lost, recovered from the numbering sequence.
 * Thread-safe.
 */
public final class SectionReader {
    /** A numbering sequence may skip at most this many lost headings before the gap is taken as real. */
    private static final int MAX_LOST_IN_A_ROW = 2;
    /** An unnumbered line between paragraphs longer than this is a paragraph of its own, not a heading. */
    private static final int MAX_SUBHEADING = 24;
    /** What may lead an unnumbered subheading's line (——坚定不移抓项目、促投资,发展后劲持续增强). */
    private static final String LEADING_DASH = "——";
    /** The year a part's title opens with (2020年主要工作). */
    static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})年");

    private final HeadingParser parser = new HeadingParser();
    private static final List<Pattern> APPENDIX_TITLES = ResourceLines.patterns("sections/appendix-titles.txt");
    private static final List<Pattern> LIST_ITEMS = ResourceLines.patterns("sections/list-items.txt");
    private final Map<String, Pattern> kindCues = new LinkedHashMap<>();

    public SectionReader() {
        for (String row : ResourceLines.read("sections/kinds.txt")) {
            String[] f = row.split("\t", 2);
            kindCues.put(f[0], Pattern.compile(f[1]));
        }
    }

    public List<Section> read(String text, List<String> warnings) {
        List<Line> lines = Line.split(text);
        List<Heading> headings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Heading h = parser.parse(i, line.start(), line.text());
            if (h == null) {
                h = parser.gluedToParagraph(i, line.start(), line.text());
            }
            if (h != null && !isListItem(h, line.text())) {
                headings.add(h);
            }
        }
        Outline outline = Outline.of(partTitlesInANumberedTop(headings, warnings));
        outline = repairNumbering(outline, lines, warnings);
        outline = lastLostHeadings(outline, lines, warnings);
        outline = unnumberedSubheadings(outline, lines);
        Map<Heading, String> kinds = partKinds(outline);
        return build(outline, kinds, text.length());
    }

    /**
     * A line numbered 1. or (1) that is its title alone, one clause or a few, holding a quantity (1.新增城镇就业6万人): an
     * item of a list, not a heading. A heading run into its paragraph (1.着力稳增长,经济运行平稳向好坚持把项目建设…) goes on past its
     * title, and the paragraph's figures are not the title's.
     */
    private static boolean isListItem(Heading h, String line) {
        String rest = line.strip();
        int end = rest.lastIndexOf(h.title());
        return h.numbered() && h.style().isDigits() && end >= 0 && rest.length() - end - h.title().length() <= 1
                && LIST_ITEMS.stream().anyMatch(p -> p.matcher(h.title()).find());
    }

    /**
     * Where the report's parts are numbered (一、2017年工作回顾 … 三、全面加强政府自身建设), an unnumbered part title
     * among them (2018年主要任务) is one of them whose numeral was lost, not a part of another kind; notes and an appendix
     * after them (说明, 附件: sections/appendix-titles.txt) are not.
     */
    private static List<Heading> partTitlesInANumberedTop(List<Heading> headings, List<String> warnings) {
        if (headings.isEmpty() || headings.get(0).style() == HeadingStyle.PART) {
            return headings;
        }
        HeadingStyle top = headings.get(0).style();
        List<Heading> out = new ArrayList<>(headings.size());
        for (Heading h : headings) {
            String title = h.title();
            if (h.style() == HeadingStyle.PART && !h.numbered() && APPENDIX_TITLES.stream().noneMatch(p -> p.matcher(title).find())) {
                h = new Heading(h.line(), h.start(), top, 0, h.title(), true);
            }
            out.add(h);
        }
        return out;
    }

    /**
     * The last heading of a sequence can lose its numeral too (一、 二、 … 四、 then a bare 精于管理,善于服务): after the
     * last numbered heading of a sequence of two or more, up to where its parent ends, a bare heading-like line
     * is taken as the next heading when it is the only one there and is as long as its siblings' titles.
     */
    private static Outline lastLostHeadings(Outline outline, List<Line> lines, List<String> warnings) {
        List<Heading> hs = outline.headings();
        Map<String, Integer> lastOfSequence = new LinkedHashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        for (int i = 0; i < hs.size(); i++) {
            if (hs.get(i).numbered() && hs.get(i).style() != HeadingStyle.PART) {
                String key = sequenceKey(outline, i);
                lastOfSequence.put(key, i);
                sizes.merge(key, 1, Integer::sum);
            }
        }
        java.util.Set<Integer> headingLines = new java.util.HashSet<>();
        hs.forEach(h -> headingLines.add(h.line()));
        Map<Integer, List<Heading>> claims = new LinkedHashMap<>();
        Map<Heading, Integer> claimLevels = new HashMap<>();
        for (Map.Entry<String, Integer> e : lastOfSequence.entrySet()) {
            int i = e.getValue();
            int level = outline.levels().get(i);
            int next = i + 1;
            while (next < hs.size() && outline.levels().get(next) > level) {
                next++;
            }
            int spanEnd = next < hs.size() ? hs.get(next).line() : lines.size();
            List<Line> bare = bareLines(lines, hs.get(next - 1).line(), spanEnd, headingLines, 1);
            Heading parent = outline.parentOf(i);
            // 过去一年工作回顾 … 2017年工作安排 ⏎ (一)…(六) ⏎ 切实加强政府自身建设: where the parts are bare titles, a bare
            // line after the numbered headings of the last is the next part (一年工作回顾 alone ⏎ 一、二、 ⏎ a bare line: 三),
            // as long as the headings' titles it follows or, as a part, as the parts' titles (加强政府自身建设)
            boolean nextPart = parent != null && !parent.numbered() && !parent.lost() && bareParts(outline).size() >= 2;
            if (sizes.get(e.getKey()) >= 2 && bare.size() == 1 && (likeTitles(bare.get(0).text(), sequence(outline, e.getKey()))
                    || nextPart && likeTitles(bare.get(0).text(), bareParts(outline)))) {
                Heading last = hs.get(i);
                Line line = bare.get(0);
                Heading found = nextPart ? new Heading(line.index(), line.start(), parent.style(), 0, line.text(), false)
                        : new Heading(line.index(), line.start(), last.style(), last.ordinal() + 1, line.text(), true);
                claims.computeIfAbsent(line.index(), k -> new ArrayList<>()).add(found);
                claimLevels.put(found, nextPart ? level - 1 : level);
            }
        }
        List<Heading> kept = new ArrayList<>(hs);
        List<Integer> levels = new ArrayList<>(outline.levels());
        for (List<Heading> claim : claims.values()) {
            if (claim.size() == 1) { // a line two sequences could continue is left alone
                Heading found = claim.get(0);
                kept.add(found);
                levels.add(claimLevels.get(found));
                if (found.lost()) {
                    warnings.add("sections: line '" + found.title() + "' after the last of its series is a heading whose"
                            + " numeral was lost; read as " + found.style().number(found.ordinal()));
                }
            }
        }
        return kept.size() == hs.size() ? outline : Outline.sorted(kept, levels);
    }

    /** The titles of the parts that open with no numeral. */
    private static List<String> bareParts(Outline outline) {
        List<Heading> hs = outline.headings();
        List<String> titles = new ArrayList<>();
        for (int k = 0; k < hs.size(); k++) {
            if (outline.levels().get(k) == 1 && !hs.get(k).numbered()) {
                titles.add(hs.get(k).title());
            }
        }
        return titles;
    }

    /**
     * A part that numbers no heading below it may still have them as short lines of their own between paragraphs
     * (一年来的工作 ⏎ …。⏎ 全域旅游蓬勃发展 ⏎ 科技创新动能增强,…): two or more such lines in the part, each after a
     * paragraph's full stop and before a paragraph, are its headings. A figure on the line or opening the next
     * (全县实现地区生产总值⏎136.8亿元) makes it a paragraph's broken piece.
     */
    private static Outline unnumberedSubheadings(Outline outline, List<Line> lines) {
        List<Heading> hs = outline.headings();
        List<Heading> kept = new ArrayList<>(hs);
        List<Integer> levels = new ArrayList<>(outline.levels());
        for (int i = 0; i < hs.size(); i++) {
            boolean hasChildren = i + 1 < hs.size() && outline.levels().get(i + 1) > outline.levels().get(i);
            if (outline.levels().get(i) != 1 || hasChildren) {
                continue;
            }
            int end = i + 1 < hs.size() ? hs.get(i + 1).line() : lines.size();
            List<Heading> found = new ArrayList<>();
            for (int j = hs.get(i).line() + 1; j < end; j++) {
                // ——坚定不移去产能、调结构，产业转型迈出坚实步伐: a dash may lead such a line as a numeral would
                String text = withoutLeadingDash(lines.get(j).text());
                if (text.length() <= MAX_SUBHEADING && HeadingParser.looksLikeBareHeading(text)
                        && text.chars().noneMatch(Character::isDigit)
                        && endsParagraph(lines, j, hs.get(i).line()) && opensParagraph(lines, j, end)) {
                    found.add(new Heading(j, lines.get(j).start(), HeadingStyle.BARE, 0, text, false));
                }
            }
            if (found.size() >= 2) {
                kept.addAll(found);
                found.forEach(h -> levels.add(2));
            }
        }
        return kept.size() == hs.size() ? outline : Outline.sorted(kept, levels);
    }

    private static String withoutLeadingDash(String text) {
        return text.startsWith(LEADING_DASH) ? text.substring(LEADING_DASH.length()).strip() : text;
    }

    /**
     * The last line before {@code j} with text is the part's heading or ends on a full stop, or on the colon of a
     * paragraph that introduces what follows (我们主要做了以下几个方面的工作:).
     */
    private static boolean endsParagraph(List<Line> lines, int j, int partLine) {
        int k = j - 1;
        while (k > partLine && lines.get(k).text().isEmpty()) {
            k--;
        }
        String before = lines.get(k).text();
        return k == partLine || FullStops.isFullStop(before, before.length() - 1) || before.endsWith("!") || before.endsWith("?")
                || before.endsWith(":") || before.endsWith("：");
    }

    /**
     * The next line with text, before {@code end}, is longer than a heading: a paragraph; unless it opens with a
     * number that is no year (136.8亿元,…), which goes on with the line before it.
     */
    private static boolean opensParagraph(List<Line> lines, int j, int end) {
        int k = j + 1;
        while (k < end && lines.get(k).text().isEmpty()) {
            k++;
        }
        // 认真办好十大民生实事: a short paragraph that introduces a list after it ends on a colon, as no heading does
        if (k >= end || lines.get(k).text().length() <= MAX_SUBHEADING && !introducesList(lines.get(k).text())) {
            return false;
        }
        String next = lines.get(k).text();
        int digits = 0;
        while (digits < next.length() && Character.isDigit(next.charAt(digits))) {
            digits++;
        }
        return digits == 0 || digits == 4 && next.charAt(digits) == '年';
    }

    private static boolean introducesList(String text) {
        return text.endsWith(":") || text.endsWith("：");
    }

    private static String sequenceKey(Outline outline, int i) {
        Heading parent = outline.parentOf(i);
        return (parent == null ? -1 : parent.line()) + "/" + outline.headings().get(i).style();
    }

    /** The titles of a numbering sequence's headings. */
    private static List<String> sequence(Outline outline, String key) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < outline.headings().size(); i++) {
            if (outline.headings().get(i).numbered() && sequenceKey(outline, i).equals(key)) {
                titles.add(outline.headings().get(i).title());
            }
        }
        return titles;
    }

    /** A title as long as the others give or take a third: a heading of the same series. */
    private static boolean likeTitles(String title, List<String> others) {
        int min = others.stream().mapToInt(String::length).min().orElse(0);
        int max = others.stream().mapToInt(String::length).max().orElse(0);
        return title.length() * 3 >= min * 2 && title.length() * 3 <= max * 4;
    }

    /** Fixes each numbering sequence: lost numerals filled in, skipped numbers found among bare lines, repeats dropped. */
    private Outline repairNumbering(Outline outline, List<Line> lines, List<String> warnings) {
        Map<String, Integer> lastOrdinal = new HashMap<>();
        Map<String, Integer> lastLine = new HashMap<>();
        java.util.Set<Integer> headingLines = new java.util.HashSet<>();
        outline.headings().forEach(h -> headingLines.add(h.line()));
        List<Heading> kept = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        for (int i = 0; i < outline.headings().size(); i++) {
            Heading h = outline.headings().get(i);
            int level = outline.levels().get(i);
            Heading parent = outline.parentOf(i);
            if (!h.numbered() && !h.lost()) { // a part title, a bracketed heading: nothing to number
                kept.add(h);
                levels.add(level);
                continue;
            }
            String sequence = (parent == null ? -1 : parent.line()) + "/" + h.style();
            int prev = lastOrdinal.getOrDefault(sequence, 0);
            int fromLine = lastLine.getOrDefault(sequence, parent == null ? -1 : parent.line());
            if (h.lost()) {
                h = h.withOrdinal(prev + 1);
                warnings.add("sections: heading '" + h.title() + "' lost its numeral; read as " + h.style().number(h.ordinal()));
            } else if (h.ordinal() <= prev || prev == 0 && h.ordinal() > MAX_LOST_IN_A_ROW + 1 && h.style().isDigits()) {
                continue; // a repeated or backward number, or a list starting at 4., is a list item in the text
            } else if (h.ordinal() > prev + 1 && h.ordinal() - prev - 1 <= MAX_LOST_IN_A_ROW && (prev > 0 || parent != null)) {
                List<Line> bare = bareLines(lines, fromLine, h.line(), headingLines, h.ordinal() - prev - 1);
                if (bare.isEmpty() && prev == 0 && h.style().isDigits()) {
                    continue; // 3. with no 1. and 2. before it: the end of a numbered list whose items were sentences
                }
                for (Line line : bare) {
                    Heading found = new Heading(line.index(), line.start(), h.style(), ++prev, line.text(), true);
                    kept.add(found);
                    levels.add(level);
                    warnings.add("sections: line '" + line.text() + "' is a heading whose numeral was lost; read as "
                            + h.style().number(found.ordinal()));
                }
            }
            kept.add(h);
            levels.add(level);
            lastOrdinal.put(sequence, h.ordinal());
            lastLine.put(sequence, h.line());
        }
        return Outline.sorted(kept, levels);
    }

    /** The bare heading-like lines between two headings, if there are exactly as many as numerals are missing. */
    private static List<Line> bareLines(List<Line> lines, int after, int before, java.util.Set<Integer> headingLines, int wanted) {
        List<Line> bare = new ArrayList<>();
        for (int i = after + 1; i < before; i++) {
            if (!headingLines.contains(i) && HeadingParser.looksLikeBareHeading(lines.get(i).text())) {
                bare.add(lines.get(i));
            }
        }
        return bare.size() == wanted ? bare : List.of();
    }

    /** review/plan/glossary/other for each level-1 heading, from cue words (sections/kinds.txt). */
    private Map<Heading, String> partKinds(Outline outline) {
        Map<Heading, String> kinds = new HashMap<>();
        String previous = null;
        for (int i = 0; i < outline.headings().size(); i++) {
            if (outline.levels().get(i) != 1) {
                continue;
            }
            Heading h = outline.headings().get(i);
            String kind = null;
            String title = Simplified.of(h.title());
            for (Map.Entry<String, Pattern> cue : kindCues.entrySet()) {
                if (cue.getValue().matcher(title).find()) {
                    kind = cue.getKey();
                    break;
                }
            }
            if (kind == null) {
                kind = "plan".equals(previous) ? "plan" : "other";
            }
            kinds.put(h, kind);
            previous = kind;
        }
        reviewsOfYearsBefore(outline, kinds);
        return kinds;
    }

    /**
     * 二、2020年主要工作 … 四、2021年工作安排: a plan heading naming a year that a later plan heading passes is the work
     * of that year, reviewed.
     */
    private static void reviewsOfYearsBefore(Outline outline, Map<Heading, String> kinds) {
        Integer latest = null;
        for (int i = outline.headings().size() - 1; i >= 0; i--) {
            Heading h = outline.headings().get(i);
            if (outline.levels().get(i) != 1 || !"plan".equals(kinds.get(h))) {
                continue;
            }
            Matcher year = TITLE_YEAR.matcher(Simplified.of(h.title()));
            if (!year.lookingAt()) {
                continue;
            }
            int y = Integer.parseInt(year.group(1));
            if (latest != null && y < latest) {
                kinds.put(h, "review");
            } else if (latest == null || y > latest) {
                latest = y;
            }
        }
    }

    /** The tree, with ids s1, s1.2 …, each section ending where the next heading of its level or above starts. */
    private static List<Section> build(Outline outline, Map<Heading, String> kinds, int textEnd) {
        List<Heading> hs = outline.headings();
        List<Integer> lv = outline.levels();
        List<Integer> order = new ArrayList<>();
        boolean inGlossary = false;
        for (int i = 0; i < hs.size(); i++) {
            if (lv.get(i) == 1) {
                inGlossary = "glossary".equals(kinds.get(hs.get(i)));
            } else if (inGlossary) {
                continue; // numbered glossary entries are not headings
            }
            order.add(i);
        }
        return children(order, 0, order.size(), 1, "s", hs, lv, kinds, textEnd);
    }

    private static List<Section> children(List<Integer> order, int from, int to, int level, String idPrefix,
                                          List<Heading> hs, List<Integer> lv, Map<Heading, String> kinds, int end) {
        List<Section> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int at = order.get(i);
            int next = i + 1;
            while (next < to && lv.get(order.get(next)) > lv.get(at)) {
                next++;
            }
            Heading h = hs.get(at);
            int sectionEnd = next < to ? hs.get(order.get(next)).start() : end;
            String id = idPrefix + (out.size() + 1);
            List<Section> kids = children(order, i + 1, next, level + 1, id + ".", hs, lv, kinds, sectionEnd);
            String number = h.numbered() ? h.style().number(h.ordinal()) : null;
            out.add(new Section(id, level, number, h.title(), level == 1 ? kinds.get(h) : null,
                    h.start(), sectionEnd, kids));
            i = next;
        }
        return out;
    }
}
