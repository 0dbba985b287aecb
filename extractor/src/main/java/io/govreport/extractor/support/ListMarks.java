package io.govreport.extractor.support;

/** The numbers that open the items of a list: 1. 2、 (3) （四） 五、 ⑥. */
public final class ListMarks {

    private ListMarks() {
    }

    /**
     * Where an item's number starting at {@code from} ends, or -1 where none starts there: a number one or two digits
     * long (or a Chinese numeral up to three characters) with its mark, not a decimal (1.5万人) nor a number a copy
     * split with a space (12. 03万亿元).
     */
    public static int end(String text, int from, int to) {
        char c = text.charAt(from);
        if (c >= '①' && c <= '⑳') {
            return from + 1;
        }
        if (c == '(' || c == '（') {
            int k = from + 1;
            while (k < to && k - from <= 3 && (Character.isDigit(text.charAt(k)) || ChineseNumerals.isOrdinalNumeral(text.charAt(k)))) {
                k++;
            }
            return k > from + 1 && k < to && (text.charAt(k) == ')' || text.charAt(k) == '）') ? k + 1 : -1;
        }
        boolean digits = Character.isDigit(c);
        int k = from;
        while (k < to && k - from < (digits ? 2 : 3)
                && (digits ? Character.isDigit(text.charAt(k)) : ChineseNumerals.isOrdinalNumeral(text.charAt(k)))) {
            k++;
        }
        if (k == from || k >= to) {
            return -1;
        }
        char mark = text.charAt(k);
        boolean listMark = mark == '、' || digits && (mark == '.' || mark == '．');
        int after = k + 1;
        while (after < to && (text.charAt(after) == ' ' || text.charAt(after) == '\u3000')) {
            after++;
        }
        return listMark && after < to && !Character.isDigit(text.charAt(after)) ? k + 1 : -1;
    }
}
