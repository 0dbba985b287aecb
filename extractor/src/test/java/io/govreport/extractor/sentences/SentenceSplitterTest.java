package io.govreport.extractor.sentences;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private static List<String> clauses(String text, Sentence s) {
        return s.clauses().stream().map(c -> text.substring(c.start(), c.end())).toList();
    }

    @Test
    void sentencesEndAtFullStopsAndLineBreaksInBothWidths() {
        String text = "第一句。第二句!第三句？\n第四句\n  第五句";
        List<Sentence> sentences = splitter.split(text);
        assertEquals(List.of("第一句", "第二句", "第三句", "第四句", "第五句"),
                sentences.stream().map(s -> s.text(text)).toList());
    }

    @Test
    void aListItemsNumberOpeningALineIsNoPartOfItsSentence() {
        String text = "　　2. 五年累计完成固定资产投资2.15万亿元，项目建成投产。\n(3)新增就业1.2万人。\n①粮食产量40万吨。\n"
                + "三、城镇化率达到60%。\n1.5万人实现就业。\n12. 03万亿元。\n2020年增长6%。外贸增长5%。2.外资增长3%。";
        List<String> sentences = splitter.split(text).stream().map(s -> s.text(text)).toList();
        assertEquals(List.of("五年累计完成固定资产投资2.15万亿元，项目建成投产", "新增就业1.2万人", "粮食产量40万吨", "城镇化率达到60%",
                "1.5万人实现就业", "12. 03万亿元", "2020年增长6%", "外贸增长5%", "2.外资增长3%"), sentences);
        Sentence first = splitter.split(text).get(0);
        assertEquals(List.of("五年累计完成固定资产投资2.15万亿元", "项目建成投产"), clauses(text, first));
    }

    @Test
    void clausesEndAtCommasSemicolonsAndColons() {
        String text = "主要预期目标是:地区生产总值增长6.5%;全社会固定资产投资增长30%，城镇登记失业率控制在3.5%以内。";
        Sentence s = splitter.split(text).get(0);
        assertEquals(List.of("主要预期目标是", "地区生产总值增长6.5%", "全社会固定资产投资增长30%", "城镇登记失业率控制在3.5%以内"),
                clauses(text, s));
    }

    @Test
    void aCommaInsideANoteWithNoFigurePartsNoClauses() {
        String text = "完成固定资产投资（不含农户，下同）3528.6亿元，增长12.1%（其中工业投资增长8.6%，民间投资增长10.4%）。";
        Sentence s = splitter.split(text).get(0);
        assertEquals(List.of("完成固定资产投资（不含农户，下同）3528.6亿元", "增长12.1%（其中工业投资增长8.6%", "民间投资增长10.4%）"),
                clauses(text, s), "a bracket with figures in it is parted as any text is");
    }

    @Test
    void aSpaceBetweenLongerRunsOfWordsIsALostCommaAndLetterSpacingIsNot() {
        String text = "全年实施重点项目126个 完成投资85.4亿元 占年度计划的112.3%。地区 生产 总值 1200 亿元。国内生产总值12. 03万亿元。";
        List<Sentence> sentences = splitter.split(text);
        assertEquals(List.of("全年实施重点项目126个", "完成投资85.4亿元", "占年度计划的112.3%"), clauses(text, sentences.get(0)));
        assertEquals(1, sentences.get(1).clauses().size(), "letter-spacing leaves short runs");
        assertEquals(1, sentences.get(2).clauses().size(), "a space inside a number");
    }

    @Test
    void decimalPointsAndThousandsSeparatorsDoNotCut() {
        String text = "收入1,234,567元,增长3.5%. 下一句";
        List<Sentence> sentences = splitter.split(text);
        assertEquals(2, sentences.size());
        assertEquals(List.of("收入1,234,567元", "增长3.5%"), clauses(text, sentences.get(0)));
        String spaced = "地区生产总值2026 .37亿元,增长9.2%. 下一句";
        assertEquals(List.of("地区生产总值2026 .37亿元", "增长9.2%"), clauses(spaced, splitter.split(spaced).get(0)),
                "a decimal point a damaged copy parted from its digits by a space");
    }

    @Test
    void aQuestionMarkADamagedCopyLeftForACharacterEndsAClauseOnly() {
        String text = "全县生产总值完成142.6亿元?增长11.8%。研发投入占比达到2.3%?居全省前列";
        List<Sentence> sentences = splitter.split(text);
        assertEquals(2, sentences.size());
        assertEquals(List.of("全县生产总值完成142.6亿元", "增长11.8%"), clauses(text, sentences.get(0)));
        assertEquals(List.of("研发投入占比达到2.3%", "居全省前列"), clauses(text, sentences.get(1)));
    }

    @Test
    void aQuestionStillEndsItsSentence() {
        String text = "靠什么?靠改革。能不能做到? 能。结果如何?";
        assertEquals(List.of("靠什么", "靠改革", "能不能做到", "能", "结果如何"),
                splitter.split(text).stream().map(s -> s.text(text)).toList());
    }

    @Test
    void offsetsIndexTheText() {
        String text = "  全区PM2.5年均浓度59微克/立方米,同比下降14.5%。";
        Sentence s = splitter.split(text).get(0);
        assertEquals(2, s.start());
        Clause second = s.clauses().get(1);
        assertEquals("同比下降14.5%", text.substring(second.start(), second.end()));
    }

    @Test
    void emptyAndPunctuationOnlyTextHaveNoSentences() {
        assertEquals(List.of(), splitter.split(""));
        assertEquals(List.of(), splitter.split("。。,\n\n"));
    }
}
