package io.govreport.extractor.normalize;

import java.util.List;

/**
 * The page width a PDF's text was broken at, if it was: then most lines are about as wide as the widest
 * common width and end mid-sentence. A line that fills the width and does not end a sentence continues on the
 * next kept line, unless that one is indented (a new paragraph). Widths count a Chinese character as two.
 */
final class LineWrap {
    /** Fewer full lines than this, or than this share of the lines, is ordinary text with one paragraph a line. */
    private static final int MIN_FULL_LINES = 8;
    private static final double MIN_FULL_SHARE = 0.3;
    /** Lines this much narrower than the page width still fill it (a closing mark pushed on, an indent, digits). */
    private static final int SLACK = 5;
    private static final int MIN_WIDTH = 20;
    private static final int MAX_WIDTH = 200;
    private static final String SENTENCE_ENDS = "。!?;:…";
    private static final String CLOSERS = "”’\"')]】》」』";

    private static final LineWrap NONE = new LineWrap(0);

    private final int width;

    private LineWrap(int width) {
        this.width = width;
    }

    static LineWrap of(List<FoldedLine> lines) {
        int[] counts = new int[MAX_WIDTH + 2];
        int kept = 0;
        for (FoldedLine l : lines) {
            if (l.dropped() || l.text().isEmpty()) {
                continue;
            }
            kept++;
            int w = width(l.text());
            if (w >= MIN_WIDTH && w <= MAX_WIDTH + 1) {
                counts[w]++;
            }
        }
        int best = 0;
        int bestCount = 0;
        int window = 0;
        for (int w = MIN_WIDTH; w <= MAX_WIDTH + 1; w++) {
            window += counts[w] - (w - SLACK - 1 >= MIN_WIDTH ? counts[w - SLACK - 1] : 0);
            if (window > bestCount) {
                bestCount = window;
                best = w;
            }
        }
        boolean wrapped = bestCount >= MIN_FULL_LINES && bestCount >= kept * MIN_FULL_SHARE && best <= MAX_WIDTH;
        return wrapped ? new LineWrap(best) : NONE;
    }

    /** Whether {@code next} goes on the line {@code previous} began (the PDF broke one line of text in two). */
    boolean continues(FoldedLine previous, FoldedLine next) {
        return width > 0 && !next.indented() && width(previous.text()) >= width - SLACK && !endsSentence(previous.text());
    }

    /** A word of Latin letters broken at the line end loses its space: put it back. */
    boolean needsSpace(FoldedLine previous, FoldedLine next) {
        char a = previous.text().charAt(previous.text().length() - 1);
        char b = next.text().charAt(0);
        return isLatin(a) && isLatin(b);
    }

    /** Whether a line ends with a sentence mark (。 ! ? ; : …), a closing quote or bracket after one allowed. */
    static boolean endsSentence(String text) {
        int end = text.length();
        while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && (SENTENCE_ENDS.indexOf(text.charAt(end - 1)) >= 0
                || (text.charAt(end - 1) == '.' && end > 1 && Character.isIdeographic(text.charAt(end - 2))));
    }

    private static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length() && w <= MAX_WIDTH + 1; i++) {
            w += text.charAt(i) < '\u2E80' ? 1 : 2;
        }
        return w;
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
