package io.govreport.extractor.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * China's five-year plans by their names, 六五 (the sixth, 1981–1985) to 二十五: each one five years after the one
 * before. 十一五 and the ones after it are named in code ({@link #FIRST} on); 六五 to 九五 and 十五 only in quotes or
 * before 时期/期间/计划/规划, since bare they may be numbers.
 */
public final class FiveYearPlans {

    public static final int FIRST = 10;
    public static final int LAST = 20;
    /**
     * 十二五, “十五”时期, "九五"计划, “七五”期间: a bare 十五 (or 六五 to 九五) is a plan only in quotes (curly or a copy's ASCII
     * ones) or before 时期/期间/计划/规划.
     */
    private static final Pattern NAME = Pattern.compile("([“\"])?(?:十([一二三四五六七八九]?)|([六七八九]))五([”\"]|(?=时期|期间|计划|规划))?");

    private FiveYearPlans() {
    }

    /** The last year of the plan numbered {@code plan} (14 for 十四五: 2025). */
    public static int lastYear(int plan) {
        return 1955 + 5 * plan;
    }

    /** The last years of the plans named in {@code s}, in order. */
    public static List<Integer> lastYearsNamedIn(String s) {
        List<Integer> years = new ArrayList<>();
        Matcher m = NAME.matcher(s);
        while (m.find()) {
            boolean bare = m.group(2) == null || m.group(2).isEmpty();
            if (bare && m.group(1) == null && m.group(4) == null) {
                continue;
            }
            int plan = m.group(3) != null ? ChineseNumerals.parse(m.group(3)) : bare ? FIRST : FIRST + ChineseNumerals.parse(m.group(2));
            years.add(lastYear(plan));
        }
        return years;
    }
}
