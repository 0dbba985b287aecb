package io.govreport.extractor.indicators;

import io.govreport.extractor.support.ChineseNumerals;
import io.govreport.extractor.support.FiveYearPlans;
import io.govreport.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the section an offset stands in: the deepest heading whose span holds it, its top part's kind,
 * whether a heading above it spans several years (今后五年的工作目标) without naming one year, and the last year of the
 * five-year plan a heading above it in a plan part names (“十四五”时期的主要目标: 2025), and whether it stands in the
 * years' half of a review of a plan's years and its last year (“十三五”时期和2020年工作回顾), before the paragraph that
 * opens the last year (刚刚过去的2020年,…).
 */
final class SectionIndex {

    /**
     * Where an offset stands: the deepest section's id (or null), the kind of its level-1 part (or null), and the last
     * year of the five-year plan a heading above it plans for (or null).
     */
    record Place(String sectionId, String partKind, boolean multiYear, Integer planEnd, boolean yearsOfCombinedReview) {
    }

    private record Entry(Section section, String partKind, boolean multiYear, Integer planEnd, int yearsUntil) {
    }

    /** A paragraph opening on the last year a combined review names: 刚刚过去的2020年, 2020年是, 过去一年, 一年来. */
    private static final String LAST_YEAR_OPENS = "\\n[^\\n]{0,4}?(?:刚刚过去的|过去的)?(?:%d年|一年)[来里]?[,，是]";

    private final List<Entry> entries = new ArrayList<>();

    SectionIndex(List<Section> sections, CueTable cues, String text) {
        if (sections != null) {
            for (Section top : sections) {
                add(top, top.kind(), false, null, yearsUntil(top, cues, text), cues);
            }
        }
    }

    private void add(Section s, String partKind, boolean parentMultiYear, Integer parentPlanEnd, int yearsUntil, CueTable cues) {
        boolean spans = spansYears(s.title(), cues);
        boolean multiYear = parentMultiYear || spans;
        List<Integer> plans = spans && "plan".equals(partKind) ? FiveYearPlans.lastYearsNamedIn(s.title()) : List.of();
        Integer planEnd = plans.isEmpty() ? parentPlanEnd : plans.get(plans.size() - 1);
        entries.add(new Entry(s, partKind, multiYear, planEnd, yearsUntil));
        if (s.children() != null) {
            for (Section child : s.children()) {
                add(child, partKind, multiYear, planEnd, yearsUntil, cues);
            }
        }
    }

    /**
     * In a review of a plan's years and its last year (“十三五”时期和2020年工作回顾), where the paragraph that opens the
     * last year starts; -1 in any other part, or where no paragraph opens it.
     */
    private static int yearsUntil(Section part, CueTable cues, String text) {
        String title = part.title();
        if (!"review".equals(part.kind()) || title == null || text == null) {
            return -1;
        }
        int year = -1;
        boolean span = false;
        for (int i = 0; i < title.length(); i++) {
            year = year > 0 ? year : i + 5 <= title.length() && title.charAt(i + 4) == '年' ? ChineseNumerals.yearAt(title, i) : -1;
            span |= cues.startingAt(title, i, title.length(), "span.years") != null;
        }
        if (year <= 0 || !span) {
            return -1;
        }
        Matcher m = Pattern.compile(String.format(LAST_YEAR_OPENS, year)).matcher(text);
        m.region(Math.min(part.start(), text.length()), Math.min(part.end(), text.length()));
        return m.find() ? m.start() : -1;
    }

    private static boolean spansYears(String title, CueTable cues) {
        if (title == null) {
            return false;
        }
        boolean span = false;
        for (int i = 0; i < title.length(); i++) {
            if (i + 5 <= title.length() && title.charAt(i + 4) == '年' && ChineseNumerals.yearAt(title, i) > 0) {
                return false; // 今后四年发展方向和2018年工作任务 (二〇二三年重点任务) names its year
            }
            span |= cues.startingAt(title, i, title.length(), "span.years") != null;
        }
        return span;
    }

    Place at(int offset) {
        Entry best = null;
        for (Entry e : entries) {
            if (e.section.start() <= offset && offset < e.section.end()
                    && (best == null || e.section.level() >= best.section.level())) {
                best = e;
            }
        }
        return best == null ? new Place(null, null, false, null, false)
                : new Place(best.section.id(), best.partKind, best.multiYear, best.planEnd, offset < best.yearsUntil);
    }
}
