package io.govreport.extractor.support;

/** Where a sentence's full stop stands: 。, or an ASCII full stop that some sources and OCR write for it. */
public final class FullStops {

    private FullStops() {
    }

    /**
     * 。, or "." after a character that is no Latin letter, digit or space (not PM2.5, No., 1., nor a decimal point, nor
     * one after a misread digit: 1〇.6%).
     */
    public static boolean isFullStop(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c == '。') {
            return true;
        }
        if (c != '.' || i == 0) {
            return false;
        }
        char before = text.charAt(i - 1);
        // 增长1〇.6%: a misread digit's decimal point
        return !(before < 128 && Character.isLetterOrDigit(before)) && !Character.isWhitespace(before)
                && MisreadDigits.readAt(text, i - 1) == 0;
    }
}
