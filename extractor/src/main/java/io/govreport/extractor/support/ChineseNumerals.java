package io.govreport.extractor.support;

import java.math.BigDecimal;

/**
 * Numbers written in Chinese characters, for every stage: amounts with multipliers (二十, 两千, 一百二十三, 千亿,
 * 三万五千, 一千零五; a bare 千 or 百 means one of it), the small ordinals of headings and dates (一, 十二, 第三部分),
 * and years written digit by digit (二〇一八, 二○一八). Digits one after another without a multiplier (一二三)
 * are not an amount.
 */
public final class ChineseNumerals {
    private static final String DIGITS = "〇一二三四五六七八九";
    /** Characters that may be part of a figure: ASCII and full-width digits, Chinese digits and multipliers. */
    private static final boolean[] FIGURE_CHARS = new boolean[Character.MAX_VALUE + 1];

    static {
        for (char c = '0'; c <= '9'; c++) {
            FIGURE_CHARS[c] = true;
            FIGURE_CHARS[c + 0xFEE0] = true;
        }
        for (char c : "零〇一二两三四五六七八九十百千万亿".toCharArray()) {
            FIGURE_CHARS[c] = true;
        }
    }

    private ChineseNumerals() {
    }

    /** Whether {@code c} may be part of a figure (one table look-up: this runs over every character of a report). */
    public static boolean mayBeFigure(char c) {
        return FIGURE_CHARS[c];
    }

    /** 0 … 9 for a Chinese digit (零 〇 一 … 九, 两), else -1. */
    public static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    /** 10 … 1e8 for 十 百 千 万 亿, else 0. */
    public static long multiplier(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            case '万' -> 10_000;
            case '亿' -> 100_000_000;
            default -> 0;
        };
    }

    /** A character of an amount: a digit or a multiplier. */
    public static boolean isNumeral(char c) {
        return digit(c) >= 0 || multiplier(c) > 0;
    }

    /** A character of a heading's or a date's number: a digit, 十 or 百. */
    public static boolean isOrdinalNumeral(char c) {
        return digit(c) >= 0 || c == '十' || c == '百';
    }

    /** The value of an amount written in Chinese numerals, or null where it is not a well-formed numeral. */
    public static Double value(String s) {
        if (s.isEmpty()) {
            return null;
        }
        double yi = 0;         // everything read up to the last 亿, already scaled
        double wan = 0;        // the 万 groups since then, already scaled
        double section = 0;    // the part below 万 being read
        int pendingDigit = -1; // a digit waiting for its multiplier
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (pendingDigit > 0 || (pendingDigit == 0 && d == 0)) {
                    return null; // 一二 or 零零: not a number
                }
                pendingDigit = d;
                continue;
            }
            long m = multiplier(c);
            if (m == 0) {
                return null;
            }
            double below = section + Math.max(pendingDigit, 0);
            if (m == 100_000_000) {
                double val = wan + below;
                yi = (yi + (val == 0 ? 1 : val)) * m; // 千亿 is 1000 亿, 万亿 is 10000 亿
                wan = 0;
                section = 0;
            } else if (m == 10_000) {
                double val = wan + below;
                wan = (val == 0 ? 1 : val) * m; // a second 万 scales the first's too: 一万一千二百六十万 is 11260 万
                section = 0;
            } else {
                section += (pendingDigit < 0 ? 1 : pendingDigit) * m; // 十 alone is ten, 千 alone a thousand
            }
            pendingDigit = -1;
        }
        return yi + wan + section + Math.max(pendingDigit, 0);
    }

    /**
     * A number with a decimal part as Chinese writes it after 百分之 (三点五 → 3.5, 十二 → 12), or in digits (3.5);
     * null where it is not one.
     */
    public static Double decimalValue(String s) {
        if (!s.isEmpty() && s.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            try {
                return Double.valueOf(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        int point = s.indexOf('点');
        Double whole = value(point < 0 ? s : s.substring(0, point));
        if (whole == null || point < 0) {
            return whole;
        }
        StringBuilder digits = new StringBuilder().append(whole.longValue()).append('.');
        for (int i = point + 1; i < s.length(); i++) {
            int d = digit(s.charAt(i));
            if (d < 0) {
                return null;
            }
            digits.append(d);
        }
        return point + 1 == s.length() ? null : Double.valueOf(digits.toString());
    }

    /**
     * An amount with a decimal part written in Chinese numerals and its multipliers after it (五点六万 → 56000, 一点二亿
     * → 1.2e8); the plain amounts of {@link #value}; null where it is neither.
     */
    public static Double decimalAmount(String s) {
        int point = s.indexOf('点');
        if (point < 0) {
            return value(s);
        }
        int end = s.length();
        double factor = 1;
        while (end > point + 1 && multiplier(s.charAt(end - 1)) >= 10_000) {
            factor *= multiplier(s.charAt(--end));
        }
        Double number = decimalValue(s.substring(0, end));
        // in decimal, as digits are scaled: 三百一十二点四亿 is 31240000000, not 312.4 × 1e8 in binary (…999.996)
        return number == null ? null : BigDecimal.valueOf(number).multiply(BigDecimal.valueOf(factor)).doubleValue();
    }

    /** The value of a small number (一, 十二, 一百零五) or of a string of Arabic digits; -1 if it is neither. */
    public static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() > 6 ? -1 : Integer.parseInt(s);
        }
        Double v = value(s);
        return v == null || v > 999_999 ? -1 : v.intValue();
    }

    /** 0 … 9 for a digit of a year: Arabic (also full-width), or Chinese as years are written (〇 ○ O 零 一 … 九). */
    public static int yearDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        if (c == '○' || c == 'O') {
            return 0;
        }
        return c == '两' ? -1 : digit(c);
    }

    /** A year of four year digits (2018, 二〇一八, 二○一八) at {@code s[from, from+4)}; -1 otherwise. */
    public static int yearAt(CharSequence s, int from) {
        if (from < 0 || from + 4 > s.length()) {
            return -1;
        }
        int year = 0;
        boolean chinese = false;
        for (int i = from; i < from + 4; i++) {
            char c = s.charAt(i);
            int d = yearDigit(c);
            if (d < 0) {
                return -1;
            }
            chinese |= !Character.isDigit(c);
            year = year * 10 + d;
        }
        // digits in Chinese also count things (一一二): only a plausible year is one
        return chinese && (year < 1900 || year > 2099) ? -1 : year;
    }

    /** A year written digit by digit in Chinese (二〇一八) or in Arabic digits; -1 otherwise. */
    public static int parseYear(String s) {
        return s == null || s.length() != 4 ? -1 : yearAt(s, 0);
    }

    /** The Chinese numeral for 1 … 99, as headings write it. */
    public static String format(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
    }
}
