package io.govreport.extractor.indicators;

/**
 * Reads numbers written in Chinese characters: 二十, 两千, 一百二十三, 千亿 (a bare 千 or 百 means one of it),
 * 三万五千, 一千零五. Digits written one after another without a multiplier (一二三) are not a number.
 */
final class ChineseNumerals {

    private ChineseNumerals() {
    }

    static boolean isNumeral(char c) {
        return digit(c) >= 0 || multiplier(c) > 0;
    }

    static int digit(char c) {
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

    static long multiplier(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            case '万' -> 10_000;
            case '亿' -> 100_000_000;
            default -> 0;
        };
    }

    /** The value of {@code s}, or null where it is not a well-formed numeral. */
    static Double parse(String s) {
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
                wan += (below == 0 ? 1 : below) * m;
                section = 0;
            } else {
                section += (pendingDigit < 0 ? 1 : pendingDigit) * m; // 十 alone is ten, 千 alone a thousand
            }
            pendingDigit = -1;
        }
        return yi + wan + section + Math.max(pendingDigit, 0);
    }
}
