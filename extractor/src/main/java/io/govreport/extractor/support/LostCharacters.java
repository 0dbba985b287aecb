package io.govreport.extractor.support;

/**
 * Where a damaged copy left a mark for a character it lost: an ASCII ? (a charset that could not hold the character) or
 * □ (a converter that could not show it), mostly for a comma (增长12.6%?主营业务收入, 达到70.6%□比上年提高).
 */
public final class LostCharacters {
    /** □, the box a converter put for a character it could not show. */
    public static final char BOX = '\u25A1';
    private static final String QUESTION_PARTICLES = "吗呢么嘛";

    private LostCharacters() {
    }

    /**
     * Whether a ? or □ between these two characters stands for a lost one: it is run into the text on both sides, and
     * not after a question's particle (靠什么?靠改革 is a question).
     */
    public static boolean between(char before, char after) {
        return (Character.isLetterOrDigit(before) || before == '%') && QUESTION_PARTICLES.indexOf(before) < 0
                && Character.isLetterOrDigit(after);
    }
}
