package io.govreport.extractor.normalize;

import org.jsoup.nodes.Entities;

/**
 * An HTML character reference left in plain text (&amp;nbsp; &amp;ldquo; &amp;#8220; &amp;#x201C;), as text copied from a
 * page's source carries them: read as the character it stands for.
 *
 * @param c      the character
 * @param length how many input characters the reference takes, its ; included
 */
record HtmlEntity(char c, int length) {
    /** The longest reference: &amp;thetasym; and &amp;#x1F600; fit. */
    private static final int MAX_LENGTH = 10;

    /** The reference starting at {@code at} (an {@code &}), or null where none does or it is no single character. */
    static HtmlEntity at(String in, int at, int to) {
        int semicolon = in.indexOf(';', at + 1);
        if (semicolon < 0 || semicolon >= to || semicolon - at > MAX_LENGTH || semicolon - at < 3) {
            return null;
        }
        String name = in.substring(at + 1, semicolon);
        String decoded = name.charAt(0) == '#' ? numeric(name.substring(1)) : named(name);
        return decoded != null && decoded.length() == 1 ? new HtmlEntity(decoded.charAt(0), semicolon - at + 1) : null;
    }

    private static String named(String name) {
        return Entities.isNamedEntity(name) ? Entities.getByName(name) : null;
    }

    private static String numeric(String digits) {
        boolean hex = digits.startsWith("x") || digits.startsWith("X");
        try {
            int code = Integer.parseInt(hex ? digits.substring(1) : digits, hex ? 16 : 10);
            return Character.isValidCodePoint(code) ? Character.toString(code) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
