package io.govreport.extractor.support;

/**
 * Digits a scan's character recognition misread inside an Arabic number (地方财政收入达到1〇3.8亿元, 生产总值达到l821.2亿元,
 * 1O3.8), read back as the digits they were, at the same length so offsets carry over; the stored text is not changed.
 * 〇 and l count where a digit stands beside them and no Latin letter does (not html5); O and o only between digits,
 * in a run of no other letter (not O2O, Al2O3).
 */
public final class MisreadDigits {

    private MisreadDigits() {
    }

    /** The text with each misread digit inside a number written as the digit. */
    public static String repaired(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char read = readAt(text, i);
            if (read != 0) {
                chars = chars == null ? text.toCharArray() : chars;
                chars[i] = read;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** The digit the character at {@code i} was misread from, or 0 where it is none. */
    public static char readAt(CharSequence text, int i) {
        char c = text.charAt(i);
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        boolean digitBefore = isDigit(before) || before == '.' && i > 1 && isDigit(text.charAt(i - 2));
        boolean digitAfter = isDigit(after) || after == '.' && i + 2 < text.length() && isDigit(text.charAt(i + 2));
        boolean letterBeside = isLatinLetter(before) || isLatinLetter(after);
        return switch (c) {
            case '〇' -> (digitBefore || digitAfter) && !letterBeside ? '0' : 0;
            case 'l' -> (digitBefore || digitAfter) && !letterBeside ? '1' : 0;
            case 'O', 'o' -> digitBefore && digitAfter && !letterInRun(text, i) ? '0' : 0;
            default -> 0;
        };
    }

    /** Whether the run of ASCII letters and digits around {@code i} holds another Latin letter (Al2O3: a formula). */
    private static boolean letterInRun(CharSequence text, int i) {
        for (int k = i - 1; k >= 0 && isAsciiLetterOrDigit(text.charAt(k)); k--) {
            if (isLatinLetter(text.charAt(k))) {
                return true;
            }
        }
        for (int k = i + 1; k < text.length() && isAsciiLetterOrDigit(text.charAt(k)); k++) {
            if (isLatinLetter(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isDigit(c) || isLatinLetter(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLatinLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }
}
