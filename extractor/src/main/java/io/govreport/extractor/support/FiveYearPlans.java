package io.govreport.extractor.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** China's five-year plans by their names, 十五 (the tenth, 2001–2005) to 二十五: each one five years after the one before. */
public final class FiveYearPlans {

    public static final int FIRST = 10;
    public static final int LAST = 20;
    /** 十二五, “十五”时期: a bare 十五 is a plan only in quotes or before 时期/期间/计划/规划 (else it may be fifteen). */
    private static final Pattern NAME = Pattern.compile("(“)?十([一二三四五六七八九]?)五(”|(?=时期|期间|计划|规划))?");

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
            boolean bare = m.group(2).isEmpty();
            if (bare && m.group(1) == null && m.group(3) == null) {
                continue;
            }
            years.add(lastYear(bare ? FIRST : FIRST + ChineseNumerals.parse(m.group(2))));
        }
        return years;
    }
}
