package io.govreport.extractor.support;

import com.hankcs.hanlp.HanLP;

/** Traditional → simplified script, for matching rules only: the stored text is never converted. */
public final class Simplified {

    private Simplified() {
    }

    public static String of(String text) {
        return text == null || text.isEmpty() ? text : HanLP.convertToSimplifiedChinese(text);
    }
}
