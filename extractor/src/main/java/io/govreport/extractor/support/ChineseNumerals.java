package io.govreport.extractor.support;

/** Small Chinese numerals as used in headings and dates: 一 … 九十九, 两, 〇/零, and year digits 二〇一八. */
public final class ChineseNumerals {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    public static boolean isNumeral(char c) {
        return digit(c) >= 0 || c == '十' || c == '百';
    }

    /** The value of a numeral of up to 999 (一, 十二, 二十, 一百零五) or a string of Arabic digits; -1 if it is neither. */
    public static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() > 6 ? -1 : Integer.parseInt(s);
        }
        int total = 0;
        int current = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                current = d;
            } else if (c == '十' || c == '百') {
                total += (current < 0 ? 1 : current) * (c == '十' ? 10 : 100);
                current = -1;
            } else {
                return -1;
            }
        }
        return total + Math.max(current, 0);
    }

    /** A year written digit by digit in Chinese (二〇一八) or in Arabic digits; -1 otherwise. */
    public static int parseYear(String s) {
        if (s == null || s.length() != 4) {
            return -1;
        }
        int year = 0;
        for (int i = 0; i < 4; i++) {
            char c = s.charAt(i);
            int d = Character.isDigit(c) ? c - '0' : digit(c);
            if (d < 0) {
                return -1;
            }
            year = year * 10 + d;
        }
        return year;
    }

    /** The Chinese numeral for 1 … 99, as headings write it. */
    public static String format(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
    }

    private static int digit(char c) {
        if (c == '零' || c == 'O' || c == '○') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        return DIGITS.indexOf(c);
    }
}
