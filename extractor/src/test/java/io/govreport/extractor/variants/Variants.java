package io.govreport.extractor.variants;

import com.fasterxml.jackson.databind.JsonNode;
import com.hankcs.hanlp.HanLP;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The kinds of unseen sources the extractor is tested against (issue 3): each rewrites a sample as such a source would. */
final class Variants {
    private static final String CN_DIGITS = "〇一二三四五六七八九";
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");

    private Variants() {
    }

    static List<ReportVariant> all() {
        ReportVariant fullWidth = characters("full-width", Variants::toFullWidth);
        ReportVariant years = characters("chinese-numeral-years", Variants::chineseYears);
        return List.of(
                fullWidth,
                characters("ascii-punctuation", Variants::toAscii),
                new WebPage(true), new WebPage(false),
                new PdfText(), PdfText.withoutPageNumbers(), PdfText.textWrappedAt(30),
                new LostNumerals(),
                years,
                traditional(),
                // sources damage a report in more than one way at once
                new LostNumerals().then(years).then(new PdfText()),
                fullWidth.then(new WebPage(true)),
                years.then(PdfText.textWrappedAt(40)).then(new WebPage(false)));
    }

    /** A variant that rewrites characters, in the report and in the phrases the gold quotes alike. */
    static ReportVariant characters(String name, UnaryOperator<String> rewrite) {
        return new ReportVariant() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String report(String text, String fileName, JsonNode headings) {
                return rewrite.apply(text);
            }

            @Override
            public String phrase(String s) {
                return rewrite.apply(s);
            }
        };
    }

    /**
     * The report in traditional script (繁體), as Hong Kong, Macao and Taiwan write and some mainland pages convert
     * to: the text, headings, title, meeting and speaker stay traditional; indicator names and the region come out
     * simplified.
     */
    static ReportVariant traditional() {
        return new ReportVariant() {
            @Override
            public String name() {
                return "traditional-script";
            }

            @Override
            public String report(String text, String fileName, JsonNode headings) {
                return phrase(text);
            }

            @Override
            public String phrase(String s) {
                return HanLP.convertToTraditionalChinese(s);
            }

            @Override
            public String normalizedPhrase(String s) {
                return s;
            }
        };
    }

    /** Every ASCII letter, digit and punctuation mark in its full-width form (ＧＤＰ增长６．５％，). */
    static String toFullWidth(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c > ' ' && c < 0x7F ? (char) (c + 0xFEE0) : c);
        }
        return sb.toString();
    }

    /** Full-width and CJK punctuation in ASCII (，→, ；→; （→( 。→. “”→"), as some editors and OCR write it. */
    static String toAscii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E') {
                sb.append((char) (c - 0xFEE0));
            } else {
                sb.append(switch (c) {
                    case '。' -> '.';
                    case '“', '”' -> '"';
                    case '‘', '’' -> '\'';
                    default -> c;
                });
            }
        }
        return sb.toString();
    }

    /** 2018年 → 二〇一八年; odd years with ○ (U+25CB) for 〇, as many documents type it (二○一七年). */
    static String chineseYears(String s) {
        Matcher m = YEAR.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            StringBuilder year = new StringBuilder();
            for (char c : m.group(1).toCharArray()) {
                year.append(CN_DIGITS.charAt(c - '0'));
            }
            String y = Integer.parseInt(m.group(1)) % 2 == 0 ? year.toString() : year.toString().replace('〇', '○');
            m.appendReplacement(sb, y + "年");
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }
}
