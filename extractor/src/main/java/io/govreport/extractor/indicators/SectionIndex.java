package io.govreport.extractor.indicators;

import io.govreport.extractor.support.ChineseNumerals;
import io.govreport.extractor.support.FiveYearPlans;
import io.govreport.model.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the section an offset stands in: the deepest heading whose span holds it, its top part's kind,
 * whether a heading above it spans several years (今后五年的工作目标) without naming one year, and the last year of the
 * five-year plan a heading above it in a plan part names (“十四五”时期的主要目标: 2025).
 */
final class SectionIndex {

    /**
     * Where an offset stands: the deepest section's id (or null), the kind of its level-1 part (or null), and the last
     * year of the five-year plan a heading above it plans for (or null).
     */
    record Place(String sectionId, String partKind, boolean multiYear, Integer planEnd) {
    }

    private record Entry(Section section, String partKind, boolean multiYear, Integer planEnd) {
    }

    private final List<Entry> entries = new ArrayList<>();

    SectionIndex(List<Section> sections, CueTable cues) {
        if (sections != null) {
            for (Section top : sections) {
                add(top, top.kind(), false, null, cues);
            }
        }
    }

    private void add(Section s, String partKind, boolean parentMultiYear, Integer parentPlanEnd, CueTable cues) {
        boolean spans = spansYears(s.title(), cues);
        boolean multiYear = parentMultiYear || spans;
        List<Integer> plans = spans && "plan".equals(partKind) ? FiveYearPlans.lastYearsNamedIn(s.title()) : List.of();
        Integer planEnd = plans.isEmpty() ? parentPlanEnd : plans.get(plans.size() - 1);
        entries.add(new Entry(s, partKind, multiYear, planEnd));
        if (s.children() != null) {
            for (Section child : s.children()) {
                add(child, partKind, multiYear, planEnd, cues);
            }
        }
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
        return best == null ? new Place(null, null, false, null) : new Place(best.section.id(), best.partKind, best.multiYear, best.planEnd);
    }
}
