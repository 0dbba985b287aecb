package io.govreport.extractor.sections;

import io.govreport.extractor.support.LetterSpacing;

/**
 * A heading found on a line, before the tree is built.
 *
 * @param ordinal its position in its numbering sequence; 0 when unnumbered (a part title) or when the numeral was lost
 * @param lost    the source lost its numeral ("()深入推进…", or a bare line between 一、 and 三、)
 * @param title   as the text gives it, a letter-spaced title (2 0 2 3 年 主 要 目 标) without the spaces
 */
record Heading(int line, int start, HeadingStyle style, int ordinal, String title, boolean lost) {

    Heading {
        title = LetterSpacing.ofHeading(title);
    }

    boolean numbered() {
        return ordinal > 0;
    }

    Heading withOrdinal(int n) {
        return new Heading(line, start, style, n, title, lost);
    }
}
