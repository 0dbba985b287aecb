package io.govreport.extractor.support;

/**
 * A copy's ASCII quotes ("九五"期间, "淄博人才金政37条"), which open and close with one mark, paired into the curly ones
 * the rules are written for, at the same length so offsets carry over.
 */
public final class AsciiQuotes {

    private AsciiQuotes() {
    }

    /** The text with its ASCII quotes paired in order into “ and ”; an odd mark left over stays as it is. */
    public static String curled(String text) {
        int first = text.indexOf('"');
        if (first < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        int opened = -1;
        for (int i = first; i < chars.length; i++) {
            if (chars[i] == '"') {
                if (opened < 0) {
                    opened = i;
                } else {
                    chars[opened] = '“';
                    chars[i] = '”';
                    opened = -1;
                }
            }
        }
        return new String(chars);
    }

    /**
     * A name cut from the curled text, with the quotes its source wrote: the stored text is not changed, and a name
     * should read as its evidence does. Where the source wrote curly quotes too, the name keeps what it has.
     */
    public static String asIn(String name, String source) {
        if (source.indexOf('"') < 0 || source.indexOf('“') >= 0 || source.indexOf('”') >= 0) {
            return name;
        }
        return name.replace('“', '"').replace('”', '"');
    }
}
