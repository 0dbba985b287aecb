package io.govreport.extractor.normalize;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NormalizerTest {
    private final Normalizer normalizer = new Normalizer();

    @Test
    void foldsFullWidthFormsAndOddSpaces() {
        String text = normalizer.normalize("　　地区生产总值增长６．５％，\u200B达到１２３亿元\u00A0左右").text();
        assertEquals("地区生产总值增长6.5%,达到123亿元 左右", text);
    }

    @Test
    void dropsWebBoilerplateLines() {
        String input = """
                当前位置:首页 > 政务公开
                2018年政府工作报告
                【字体:大 中 小】
                来源:区政府办公室
                各位代表:
                分享到:
                【打印本页】 【关闭窗口】
                版权所有:北京市平谷区人民政府 京ICP备05060933号
                """;
        assertEquals("2018年政府工作报告\n各位代表:", normalizer.normalize(input).text());
    }

    @Test
    void keepsParagraphBreaksButCollapsesRunsOfBlankLines() {
        assertEquals("一\n\n二", normalizer.normalize("  一  \n\n\n\n二\n\n").text());
    }

    @Test
    void neverChangesTheScript() {
        String traditional = "地區生產總值增長6.5%,一般公共預算收入";
        assertEquals(traditional, normalizer.normalize(traditional).text());
    }

    @Test
    void mapsEveryKeptCharacterBackToTheInput() {
        String input = "来源:网站\n\r\n　　ＰＭ２.５年均浓度59微克/立方米";
        NormalizedText n = normalizer.normalize(input);
        int at = n.text().indexOf("59");
        assertEquals(input.indexOf("59"), n.originalOffset(at));
        assertEquals('Ｐ', input.charAt(n.originalOffset(0)));
        assertTrue(n.text().startsWith("PM2.5"));
    }

    @Test
    void neverDropsALongLineThatMentionsASource() {
        String paragraph = "来源:" + "各项工作扎实推进。".repeat(30);
        assertFalse(normalizer.normalize(paragraph).text().isEmpty());
    }
}
