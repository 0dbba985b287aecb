package io.govreport.extractor.normalize;

/**
 * One input line after folding.
 *
 * @param text     the folded, trimmed line
 * @param origin   for each character of {@code text}, its offset in the input
 * @param indented whether the input line began with white space
 * @param dropped  boilerplate or page furniture: not kept
 * @param page     page furniture: a page number or a running header
 */
record FoldedLine(String text, int[] origin, boolean indented, boolean dropped, boolean page) {

    FoldedLine asRunningHeader() {
        return new FoldedLine(text, origin, indented, true, true);
    }
}
