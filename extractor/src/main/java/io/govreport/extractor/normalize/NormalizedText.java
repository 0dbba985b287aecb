package io.govreport.extractor.normalize;

/**
 * The text every offset of a document indexes, with where each of its characters stood in the input.
 *
 * @param text     the normalized text
 * @param original for each character of {@code text}, its offset in the input text
 */
public record NormalizedText(String text, int[] original) {

    /** The input offset of a normalized offset ({@code text.length()} maps past the last kept character). */
    public int originalOffset(int offset) {
        if (original.length == 0) {
            return 0;
        }
        if (offset >= original.length) {
            return original[original.length - 1] + 1;
        }
        return original[Math.max(0, offset)];
    }
}
