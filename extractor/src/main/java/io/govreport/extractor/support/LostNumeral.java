package io.govreport.extractor.support;

import java.util.regex.Pattern;

/**
 * A heading whose numeral a damaged copy lost but whose mark it kept: 、2023年总体要求和目标任务 (二、),
 * .坚持农业稳县,全面推进乡村振兴 (3.). A line a wrap broke before a list's 、 goes on with clauses or ends on a full stop;
 * this one is a title alone.
 */
public final class LostNumeral {
    /** A phrase of a title: no mark inside. */
    private static final String PHRASE = "[^\\s、,，。;；:：!?！？]{4,30}";
    /**
     * 、 and one phrase (a line a wrap broke before a list's 、 goes on with clauses); or . and one phrase or two a comma
     * parts, not opening on a digit (.5亿元 is a broken decimal).
     */
    private static final Pattern HEADING = Pattern.compile("、" + PHRASE + "|[.．](?!\\d)" + PHRASE + "(?:[,，]" + PHRASE + ")?");

    private LostNumeral() {
    }

    /** Whether {@code line} (without its indent) is such a heading. */
    public static boolean opens(String line) {
        return HEADING.matcher(line).matches();
    }
}
