package io.govreport.extractor.normalize;

/**
 * One input line after folding.
 *
 * @param text     the folded, trimmed line
 * @param origin   for each character of {@code text}, its offset in the input
 * @param indent   how far the input line was indented, in half-width spaces (an ideographic space or a tab counts
 *                 as two)
 * @param dropped  boilerplate or page furniture: not kept
 * @param page     page furniture: a page number or a running header
 */
record FoldedLine(String text, int[] origin, int indent, boolean dropped, boolean page) {

    FoldedLine asRunningHeader() {
        return new FoldedLine(text, origin, indent, true, true);
    }
}
