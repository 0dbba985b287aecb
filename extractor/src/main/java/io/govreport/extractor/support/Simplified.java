package io.govreport.extractor.support;

import com.hankcs.hanlp.HanLP;

/** Traditional → simplified script, for matching rules only: the stored text is never converted. */
public final class Simplified {

    private Simplified() {
    }

    public static String of(String text) {
        return text == null || text.isEmpty() ? text : HanLP.convertToSimplifiedChinese(text);
    }

    /**
     * {@code text} in simplified script, the same length as the original so offsets carry over: where a phrase
     * conversion changes the length, the text is converted character by character.
     */
    public static String sameLength(String text) {
        String simp = HanLP.convertToSimplifiedChinese(text);
        if (simp.length() == text.length()) {
            return simp;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String one = Character.isSurrogate(c) ? null : HanLP.convertToSimplifiedChinese(String.valueOf(c));
            sb.append(one != null && one.length() == 1 ? one.charAt(0) : c);
        }
        return sb.toString();
    }
}
