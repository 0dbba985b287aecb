package io.govreport.extractor.sections;

import io.govreport.extractor.support.ChineseNumerals;

/** How a heading is numbered; headings of one style are siblings, a new style opens a deeper level. */
enum HeadingStyle {
    /** 第一部分, and unnumbered part titles such as 一年工作回顾: always level 1. */
    PART,
    /** 一、 */
    NUMERAL,
    /** (一) or （一） */
    PAREN_NUMERAL,
    /** 1. or 1、 */
    DIGIT,
    /** (1) */
    PAREN_DIGIT,
    /** 【一】, as a copy from a social-media article numbers its parts or their sections */
    BRACKETED_NUMERAL,
    /** 【稳住经济基本盘,发展质量稳步提升】 on a line of its own: unnumbered, its siblings bracketed alike. */
    BRACKETED,
    /** 聚力产业升级 on a line of its own between paragraphs, in a part that numbers nothing: unnumbered. */
    BARE;

    /** 1. and (1): the styles a list of sentences in the text is numbered with too. */
    boolean isDigits() {
        return this == DIGIT || this == PAREN_DIGIT;
    }

    String number(int ordinal) {
        return switch (this) {
            case PART -> "第" + ChineseNumerals.format(ordinal) + "部分";
            case NUMERAL -> ChineseNumerals.format(ordinal);
            case PAREN_NUMERAL -> "(" + ChineseNumerals.format(ordinal) + ")";
            case DIGIT -> String.valueOf(ordinal);
            case PAREN_DIGIT -> "(" + ordinal + ")";
            case BRACKETED_NUMERAL -> "【" + ChineseNumerals.format(ordinal) + "】";
            case BRACKETED -> "【" + ordinal + "】";
            case BARE -> String.valueOf(ordinal);
        };
    }
}
