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
 * opens the last year (刚刚过去的2020年,…), and whether it stands in the part of a review of last year and this year so
 * far (2019年和今年以来工作回顾) that opens on this year (今年1月下旬以来,新冠肺炎疫情突如其来…).
 */
final class SectionIndex {

    /**
     * Where an offset stands: the deepest section's id (or null), the kind of its level-1 part (or null), and the last
     * year of the five-year plan a heading above it plans for (or null).
     */
    record Place(String sectionId, String partKind, boolean multiYear, Integer planEnd, boolean yearsOfCombinedReview,
                 boolean thisYearSoFar) {
    }

    private record Entry(Section section, String partKind, boolean multiYear, Integer planEnd, int yearsUntil, int thisYearFrom) {
    }

    /** A paragraph opening on the last year a combined review names: 刚刚过去的2020年, 2020年是, 过去一年, 一年来. */
    private static final String LAST_YEAR_OPENS = "\\n[^\\n]{0,4}?(?:刚刚过去的|过去的)?(?:%d年|一年)[来里]?[,，是]";

    /** A review of last year and this year so far: 2019年和今年以来工作回顾. */
    private static final String THIS_YEAR_SO_FAR = "今年以来";

    /** A paragraph opening on this year so far: 今年以来, 各位代表,今年1月下旬以来. */
    private static final Pattern THIS_YEAR_OPENS = Pattern.compile("\\n[^\\n]{0,6}?今年[^\\n,，。]{0,8}以来");

    private final List<Entry> entries = new ArrayList<>();

    SectionIndex(List<Section> sections, CueTable cues, String text) {
        if (sections != null) {
            for (Section top : sections) {
                add(top, top.kind(), false, null, yearsUntil(top, cues, text), thisYearFrom(top, cues, text), cues);
            }
        }
    }

    private void add(Section s, String partKind, boolean parentMultiYear, Integer parentPlanEnd, int yearsUntil, int thisYearFrom,
                     CueTable cues) {
        boolean spans = spansYears(s.title(), cues);
        boolean multiYear = parentMultiYear || spans;
        List<Integer> plans = spans && "plan".equals(partKind) ? FiveYearPlans.lastYearsNamedIn(s.title()) : List.of();
        Integer planEnd = plans.isEmpty() ? parentPlanEnd : plans.get(plans.size() - 1);
        entries.add(new Entry(s, partKind, multiYear, planEnd, yearsUntil, thisYearFrom));
        if (s.children() != null) {
            for (Section child : s.children()) {
                add(child, partKind, multiYear, planEnd, yearsUntil, thisYearFrom, cues);
            }
        }
    }

    /**
     * In a review of a plan's years and its last year (“十三五”时期和2020年工作回顾), where the paragraph that opens the
     * last year starts; -1 in any other part, or where no paragraph opens it.
     */
    private static int yearsUntil(Section part, CueTable cues, String text) {
        TitleYears named = TitleYears.of(part.title(), cues);
        if (!"review".equals(part.kind()) || text == null || named.year() <= 0 || !named.span()) {
            return -1;
        }
        Matcher m = Pattern.compile(String.format(LAST_YEAR_OPENS, named.year())).matcher(text);
        m.region(Math.min(part.start(), text.length()), Math.min(part.end(), text.length()));
        return m.find() ? m.start() : -1;
    }

    /**
     * In a review of last year and this year so far (2019年和今年以来工作回顾), where the paragraph that opens this year
     * starts (今年1月下旬以来,…): what follows to the part's end is this year's. -1 in any other part, or where none opens it.
     */
    private static int thisYearFrom(Section part, CueTable cues, String text) {
        if (!"review".equals(part.kind()) || text == null || part.title() == null || !part.title().contains(THIS_YEAR_SO_FAR)
                || TitleYears.of(part.title(), cues).year() <= 0) {
            return -1;
        }
        Matcher m = THIS_YEAR_OPENS.matcher(text);
        m.region(Math.min(part.start(), text.length()), Math.min(part.end(), text.length()));
        return m.find() ? m.start() : -1;
    }

    /** A heading that spans years without naming one of them (今后五年的工作目标, not 今后四年发展方向和2018年工作任务). */
    private static boolean spansYears(String title, CueTable cues) {
        TitleYears named = TitleYears.of(title, cues);
        return named.span() && named.year() <= 0;
    }

    /** What a heading's title says of years: whether it names a span of them (五年, “十三五”), and the first year it names. */
    private record TitleYears(boolean span, int year) {
        static TitleYears of(String title, CueTable cues) {
            boolean span = false;
            int year = -1;
            for (int i = 0; title != null && i < title.length(); i++) {
                if (year <= 0 && i + 5 <= title.length() && title.charAt(i + 4) == '年') {
                    year = ChineseNumerals.yearAt(title, i); // 2018年, 二〇二三年
                }
                span |= cues.startingAt(title, i, title.length(), "span.years") != null;
            }
            return new TitleYears(span, year);
        }
    }

    Place at(int offset) {
        Entry best = null;
        for (Entry e : entries) {
            if (e.section.start() <= offset && offset < e.section.end()
                    && (best == null || e.section.level() >= best.section.level())) {
                best = e;
            }
        }
        return best == null ? new Place(null, null, false, null, false, false)
                : new Place(best.section.id(), best.partKind, best.multiYear, best.planEnd, offset < best.yearsUntil,
                    best.thisYearFrom >= 0 && offset >= best.thisYearFrom);
    }
}
