package io.govreport.extractor.sections;

import io.govreport.extractor.support.ResourceLines;
import io.govreport.extractor.support.Simplified;
import io.govreport.model.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds the heading tree of a normalized report: parts and numbered headings at any depth, inline headings
 * ({@code (一)标题。正文…}), and headings whose numeral the source lost, recovered from the numbering sequence.
 * Thread-safe.
 */
public final class SectionReader {
    /** A numbering sequence may skip at most this many lost headings before the gap is taken as real. */
    private static final int MAX_LOST_IN_A_ROW = 2;

    private final HeadingParser parser = new HeadingParser();
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
            Heading h = parser.parse(i, lines.get(i).start(), lines.get(i).text());
            if (h != null) {
                headings.add(h);
            }
        }
        Outline outline = Outline.of(headings);
        outline = repairNumbering(outline, lines, warnings);
        Map<Heading, String> kinds = partKinds(outline);
        return build(outline, kinds, text.length());
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
            if (h.style() == HeadingStyle.PART && !h.numbered()) {
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
            } else if (h.ordinal() <= prev) {
                continue; // a repeated or backward number is a list item in the text, not a heading
            } else if (h.ordinal() > prev + 1 && h.ordinal() - prev - 1 <= MAX_LOST_IN_A_ROW && (prev > 0 || parent != null)) {
                List<Line> bare = bareLines(lines, fromLine, h.line(), headingLines, h.ordinal() - prev - 1);
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
        return kinds;
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
