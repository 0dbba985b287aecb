package io.govreport.extractor.sections;

/**
 * A heading found on a line, before the tree is built.
 *
 * @param ordinal its position in its numbering sequence; 0 when unnumbered (a part title) or when the numeral was lost
 * @param lost    the source lost its numeral ("()深入推进…", or a bare line between 一、 and 三、)
 */
record Heading(int line, int start, HeadingStyle style, int ordinal, String title, boolean lost) {

    boolean numbered() {
        return ordinal > 0;
    }

    Heading withOrdinal(int n) {
        return new Heading(line, start, style, n, title, lost);
    }
}
