package io.govreport.extractor.normalize;

import java.util.List;

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
    void aHeadingAfterAFullStopInALineThatLostItsBreaksOpensALine() {
        String paragraph = "全市经济平稳运行,各项事业全面进步。".repeat(200);
        String merged = "一、2012年工作回顾" + paragraph + "（六）坚持民生为本，社会事业全面进步" + paragraph + "二、2013年工作安排今年是开局之年。";
        NormalizedText out = normalizer.normalize(merged);
        List<String> lines = List.of(out.text().split("\n"));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).startsWith("(六)坚持民生为本"), lines.get(1).substring(0, 20));
        assertTrue(lines.get(2).startsWith("二、2013年工作安排"));
        int six = out.text().indexOf("(六)");
        assertEquals(merged.indexOf("（六）"), out.original()[six], "offsets still point into the input");
        String shortLine = "主要做了以下工作。(一)加快发展。";
        assertEquals(shortLine, normalizer.normalize(shortLine).text(), "a line of paragraph length keeps its marks inline");
    }

    @Test
    void aSpaceSplittingAWordInProseIsDropped() {
        assertEquals("全区一般公共预算收入460.1亿元,增长10.6%,其中税收收入增长8.2%。",
                normalizer.normalize("全区一般公共预算收入460.1亿元，增 长10.6%，其中税收收入增长8.2%。").text());
        String slogan = "“美丽延庆 冰雪夏都”的知名度美誉度大幅提升,赛后利用高效率推进。";
        assertEquals(slogan, normalizer.normalize(slogan).text(), "a space between two words stays");
        assertEquals("区长 汪明浩", normalizer.normalize("区长　汪明浩").text());
        assertEquals("北京市平谷区人民政府工作报告", normalizer.normalize("北 京 市 平 谷 区 人 民 政 府 工 作 报 告").text(),
                "a line set letter-spaced is set back");
    }

    @Test
    void proseSetLetterSpacedIsSetBack() {
        assertEquals("全年实现地区生产总值148.6亿元,增长7.2%;一般公",
                normalizer.normalize("　　全 年 实 现 地 区 生 产 总 值 148.6 亿 元 ， 增 长 7.2% ； 一 般 公 ").text());
        assertEquals("地区生产总值 亿元 1250 7%", normalizer.normalize("地区生产总值 亿元 1250 7%").text(),
                "a row of words and numbers is not letter-spaced");
        assertEquals("县长 吴 晓 峰", normalizer.normalize("县长　 吴 晓 峰").text(), "a short line is a name, left as it is");
    }

    @Test
    void aSpaceAfterADecimalPointInsideANumberIsDropped() {
        assertEquals("社会消费品零售总额增长29.3%。", normalizer.normalize("社会消费品零售总额增长29. 3%。").text());
        assertEquals("1. 2019年工作回顾", normalizer.normalize("1. 2019年工作回顾").text(), "a heading's number stays apart");
    }

    @Test
    void aSentenceBrokenAfterACommaGoesOn() {
        assertEquals("全盟完成固定资产投资118.5亿元,下降17.6%。\n一、2019年工作安排",
                normalizer.normalize("全盟完成固定资产投资118.5亿元，\n下降17.6%。\n一、2019年工作安排").text());
        assertEquals("各位代表:\n现在,我代表市人民政府报告工作。", normalizer.normalize("各位代表：\n现在，我代表市人民政府报告工作。").text());
        assertEquals("我们把最好的资源用在民生上,全年民生支出占一般公共预算支出的比重达到76.5%。",
                normalizer.normalize("我们把最好的资源用在民生上，全年民生支出占一般公共预算支出的\n比重达到76.5%。").text(),
                "a clause stopped on 的");
        assertEquals("污染防治攻坚战扎实推进,全市PM2.5平均浓度为52微克/立方米。",
                normalizer.normalize("污染防治攻坚战扎实推进，全市PM2.5平均浓度为52微克/\n立方米。").text(), "a unit broken at its slash");
        assertEquals("(三)坚持以人民为中心的\n发展思想", normalizer.normalize("（三）坚持以人民为中心的\n发展思想").text(),
                "a line with no clause mark in it may be a heading");
    }

    @Test
    void readsHtmlReferencesLeftInTextAndDropsReplacementCharacters() {
        NormalizedText normalized = normalizer.normalize("嘉兴市市长&nbsp;&nbsp;胡海峰\n&ldquo;最多跑一次&#8221;改革&#x5B9E;现率达到95%。财政\uFFFD收入&unknown; R&D");
        assertEquals("嘉兴市市长 胡海峰\n“最多跑一次”改革实现率达到95%。财政收入&unknown; R&D", normalized.text());
        String input = "嘉兴市市长&nbsp;&nbsp;胡海峰\n&ldquo;";
        assertEquals(input.indexOf("胡"), normalized.originalOffset(normalized.text().indexOf("胡")));
        assertEquals(input.indexOf("&ldquo;"), normalized.originalOffset(normalized.text().indexOf("“")), "a reference maps to its &");
    }

    @Test
    void aLineRepeatedOnEveryPageWithoutPageNumbersIsARunningHeader() {
        StringBuilder input = new StringBuilder("2018年政府工作报告\n");
        for (int page = 1; page <= 5; page++) {
            input.append("第").append(page).append("页的正文。\n2018年政府工作报告\n");
        }
        String text = normalizer.normalize(input.toString()).text();
        assertEquals(1, text.split("2018年政府工作报告", -1).length - 1, text);
        assertTrue(text.contains("第5页的正文。"));
        String fourTimes = "标题\n正文一。\n小结\n正文二。\n小结\n正文三。\n小结\n正文四。\n小结\n";
        assertEquals(4, normalizer.normalize(fourTimes).text().split("小结", -1).length - 1, "four times is not yet a header");
    }

    @Test
    void aRunningHeaderByAPageNumberGoesFromTheFirstPageTooWhereTheTitleIsSetOtherwise() {
        StringBuilder input = new StringBuilder("政 府 工 作 报 告\n——2019年1月9日在浏阳市第十七届人民代表大会第三次会议上\n");
        for (int page = 1; page <= 4; page++) {
            input.append("第").append(page).append("页的正文。第").append(page).append("页正文的下一句,\n政府工作报告\n- ")
                    .append(page).append(" -\n到此结束。\n");
        }
        String text = normalizer.normalize(input.toString()).text();
        assertTrue(text.contains("政 府 工 作 报 告\n"), text);
        assertFalse(text.contains("政府工作报告"), text);
        assertTrue(text.contains("第1页正文的下一句,到此结束。"), text);
        String titled = normalizer.normalize("政府工作报告\n- 1 -\n" + input.substring(input.indexOf("\n") + 1)).text();
        assertTrue(titled.startsWith("政府工作报告\n"), "a title the first page number follows stays: " + titled);
    }

    @Test
    void aTabBetweenTwoWordsPartsATablesCellsAndStays() {
        String table = "“十三五”时期主要指标如下表:\n指标\t单位\t2016年\t2020年\t年均增长（%）\n地区生产总值\t亿元\t9.86\t15.5\t12左右\n";
        assertTrue(normalizer.normalize(table).text().contains("\n指标 单位 2016年 2020年 年均增长(%)\n"), normalizer.normalize(table).text());
        String prose = "全区地区生产总值增长6.5%,一般公共预算收入增 长10.6%,城乡居民人均可支配收入分别增长8.9%和9.3%。";
        assertTrue(normalizer.normalize(prose).text().contains("收入增长10.6%"), "a space is still stray in prose");
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
    /** A paragraph as a PDF gives it: broken at the page width (here 17 Chinese characters), mid-sentence. */
    private static final String WRAPPED = """
            　　全区地区生产总值增长6.5%,一般公共
            预算收入完成29.6亿元,同比增长6%,城
            乡居民人均可支配收入分别增长8.9%和
            9.3%。
            """;

    /** The paragraph of the year {@code year}: no two lines of a report repeat. */
    private static String wrapped(int year) {
        return WRAPPED.replace("全区", year + "年全区").replace("29.6", (year % 100 + 10) + ".6").replace("8.9", year % 10 + ".9");
    }

    private static String paragraphs(int from, int count) {
        StringBuilder sb = new StringBuilder();
        for (int y = from; y < from + count; y++) {
            sb.append(wrapped(y));
        }
        return sb.toString();
    }

    /** A held-out report, normalized. */
    private String normalizedPhrasing(String file) throws Exception {
        return normalizer.normalize(java.nio.file.Files.readString(java.nio.file.Path.of(
                getClass().getResource("/phrasings/" + file).toURI()))).text();
    }

    @Test
    void joinsLinesAPdfBrokeAtItsPageWidth() {
        String input = paragraphs(2000, 4) + "\n— 2 —\n\n2018年政府工作报告\n" + paragraphs(2004, 4)
                + "-3-\n2018年政府工作报告\n" + wrapped(2008).replace("城\n", "城\n\n— 4 —\n2018年政府工作报告\n");
        NormalizedText n = normalizer.normalize("2018年政府工作报告\n" + input);
        StringBuilder expected = new StringBuilder("2018年政府工作报告");
        for (int y = 2000; y <= 2008; y++) {
            expected.append('\n').append(y).append("年全区地区生产总值增长6.5%,一般公共预算收入完成").append(y % 100 + 10)
                    .append(".6亿元,同比增长6%,城乡居民人均可支配收入分别增长").append(y % 10).append(".9%和9.3%。");
        }
        assertEquals(expected.toString(), n.text());
        int at = n.text().indexOf("预算收入");
        assertEquals(("2018年政府工作报告\n" + input).indexOf("预算收入"), n.originalOffset(at), "offsets still point into the input");
    }

    @Test
    void aListNumberBeforeAWordOpensAHeadingAfterAFullLine() {
        String input = paragraphs(2000, 4) + wrapped(2004).replace("一般公共\n", "一般公共\n2.全面促进消费\n") + paragraphs(2005, 4);
        String text = normalizer.normalize(input).text();
        assertTrue(text.contains("一般公共\n2.全面促进消费\n预算收入"), text);
        assertTrue(text.contains("分别增长8.9%和9.3%"), "the lines around it are still joined: " + text);
    }

    @Test
    void aTextFoldedAtACountOfCharactersIsJoinedWhereItsLinesHoldDigits() throws Exception {
        // a held-out copy folded at 34 characters a line, digits counted as characters: typeset widths would take its
        // lines with digits for short ones (…PM2.5年均浓度同比下降4.9%,重污染⏎天数减少到3天)
        String normalized = normalizedPhrasing("au5_lankao_2026.txt");
        assertTrue(normalized.contains("重污染天数减少到3天"), normalized);
        assertTrue(normalized.contains("一般公共预算收入完成40.3亿元"), normalized);
    }

    @Test
    void aFullLineEndingAClauseOfASemicolonRunGoesOnUnlessAnItemOpensTheNext() {
        // a copy broken at 20 characters with no indent: a ;-run goes on over its lines, a —— item opens one of its own
        String review = "全区地区生产总值增长6.5%,一般公共预算收入完成29.6亿元,同比增长6%,城乡居民人均可支配收入分别增长8.9%和9.3%。";
        StringBuilder input = new StringBuilder();
        for (String paragraph : List.of(review.repeat(3), "全年主要目标:地区生产总值增长6%左右;城镇新增就业1.2万人以上;居民收入增长6%。",
                review.repeat(2), "全年主要目标:地区生产总值增长6%左右;", "——城镇新增就业1.2万人;", "——居民收入增长6%。", review)) {
            for (int k = 0; k < paragraph.length(); k += 20) {
                input.append(paragraph, k, Math.min(paragraph.length(), k + 20)).append('\n');
            }
        }
        String text = normalizer.normalize(input.toString()).text();
        assertTrue(text.contains("地区生产总值增长6%左右;城镇新增就业1.2万人以上;居民收入增长6%。"), text);
        assertTrue(text.contains("地区生产总值增长6%左右;\n——城镇新增就业1.2万人;\n——居民收入增长6%。"), text);
    }

    @Test
    void aNumberSpacedAsThousandsAndBrokenAtItsSpaceIsJoined() {
        String input = paragraphs(2000, 4) + wrapped(2004).replace("同比增长6%,城\n乡居民", "新增城镇就业1\n 000人,城乡居民")
                + paragraphs(2005, 4);
        String text = normalizer.normalize(input).text();
        assertTrue(text.contains("新增城镇就业1000人,城乡居民") || text.contains("新增城镇就业1 000人,城乡居民"), text);
        assertEquals(9, text.split("\n").length, text);
    }

    @Test
    void dropsTheMarksThatDressUpALine() {
        String input = "**一、2020年工作回顾**\n　　■ 2014年工作安排\n**（一）稳增长。**全市生产总值增长5%。\n## 三、加强政府自身建设\n"
                + "全市*号标注的项目12个。";
        NormalizedText n = normalizer.normalize(input);
        assertEquals("一、2020年工作回顾\n2014年工作安排\n(一)稳增长。全市生产总值增长5%。\n三、加强政府自身建设\n全市*号标注的项目12个。",
                n.text());
        int at = n.text().indexOf("2014年");
        assertEquals(input.indexOf("2014年"), n.originalOffset(at), "offsets still point into the input");
        assertEquals(input.indexOf("全市生产"), n.originalOffset(n.text().indexOf("全市生产")));
    }

    @Test
    void leavesTextWithOneParagraphALineAsItIs() {
        String input = "一、坚持生态涵养区功能定位\n" + "全区地区生产总值增长6.5%,一般公共预算收入完成29.6亿元。\n".repeat(12);
        assertEquals(input.strip(), normalizer.normalize(input).text());
    }

    @Test
    void aParagraphBrokenOnceBeforeAFigureIsJoinedAndAHeadingBeforeAYearIsNot() {
        String broken = "一般公共预算收入完成27.3亿元,增长12.6%。固定资产投资增长9.8%,社会消费品零售总额完成\n136.4亿元,增长13.5%。";
        assertEquals(broken.replace("\n", ""), normalizer.normalize(broken).text());
        String headed = "一、2021年工作回顾\n2021年,全县地区生产总值增长8.1%。\n1.坚持稳中求进,全县上下奋勇争先,各项事业取得新进展\n2.项目建设";
        assertEquals(headed, normalizer.normalize(headed).text());
        String afterVerb = "一、2023年工作回顾\n全县实现地区生产总值987.6亿元,增长\n7.2%,增速居全市第一。";
        assertEquals("一、2023年工作回顾\n全县实现地区生产总值987.6亿元,增长7.2%,增速居全市第一。", normalizer.normalize(afterVerb).text(),
                "a clause broken before its figure goes on");
        String rows = "3 教育惠民工程 新建幼儿园3所,新增学位900个 市教育局\n4 健康武夷行动 免费体检1.8万人次 市卫健局";
        assertEquals(rows, normalizer.normalize(rows).text(), "a table's next row is no figure of the row before");
        String item = "(一)坚持创新驱动,加快转型升级\n2021年,全县地区生产总值增长8.1%。";
        assertEquals(item, normalizer.normalize(item).text(), "a heading holding a comma before a paragraph opening with a year");
        String glued = "营商环境有待进一步优化。对此,我们将高度重视,认真加以解决。二、2019年工作安排\n2019年是新中国成立70周年。";
        assertEquals(glued, normalizer.normalize(glued).text(), "a heading glued to a paragraph's end ends its line");
        String gluedPart = "必须坚持实干兴县,始终以钉钉子精神抓落实。第二部分 2022年主要目标和重点任务\n2022年是党的二十大召开之年。";
        assertEquals(gluedPart, normalizer.normalize(gluedPart).text());
        String listed = "全县地区生产总值增长8.1%。今年主要做好以下工作,重点抓好三个方面的工作\n1.坚持稳中求进";
        assertEquals(listed, normalizer.normalize(listed).text(), "a list number opens a line of its own");
    }

    @Test
    void aParagraphAWebCopyBrokeIsJoinedWhereParagraphsOpenIndented() {
        String head = "　　全市地区生产总值增长6.8%，一般公共预算收入增长5.2%，规模以上工业增加值增长7.1%。\n"
                + "　　城镇新增就业3.2万人，城镇登记失业率控制在3.5%以内，居民收入与经济增长同步。\n";
        String broken = head + "　　农业现代化加快推进，新增省级以上农业产业化重点龙头企业9家，全市土地流转面积\n达到148万亩。\n"
                + "（二）加快推进产业转型\n　　推进国土绿化和美丽乡村建设，扎实开展植树造林，深入开展林分优化和森林抚育\n30万亩。\n　　深化韩江流域综合治理和生态补偿机制改革试点工作\n加快推进绿色发展\n";
        String text = normalizer.normalize(broken).text();
        assertTrue(text.contains("全市土地流转面积达到148万亩。\n(二)加快推进产业转型\n"), text);
        assertTrue(text.contains("森林抚育30万亩。\n"), text);
        assertTrue(text.contains("改革试点工作\n加快推进绿色发展"), "a line with no full stop after is no paragraph's rest: " + text);
        String unindented = "全市地区生产总值增长6.8%。\n城镇新增就业3.2万人,全市土地流转面积稳步扩大,农业产业化水平\n达到148万亩。";
        assertEquals(unindented, normalizer.normalize(unindented).text(), "where paragraphs open unindented, a line is one");
    }

    @Test
    void aCopyBrokenMidSentenceAtNoCommonWidthIsJoinedButItsTitleLinesAndHeadingsAreNot() {
        String broken = """
                2018年天津市滨海新区政府工作报告
                ——2018年1月9日在天津市滨海新区第二届人民代表大会第二次会议上
                各位代表：
                现在，我代表滨海新区人民政府向大会报告工作，请予审议，
                并请政协委员和列席人员提出意见。
                一、2017年工作回顾
                全年完成地区生产总值增长6%左右；一般公共预算收入完成
                478.6亿元，按可比口径增长5.2%；固定资产投资下降10.4%；
                社会消费品零售总额增长3.6%；实际利用外资120.3亿美元，
                实际利用内资1320亿元。城镇登记失业率为3.5%，全体居民
                人均可支配收入增长8.4%。
                （一）坚持质量第一、效益优先，经济结构持续优化
                工业支柱作用进一步巩固。规模以上工业总产值完成1.38万亿元，
                其中战略性新兴产业产值占比达到21.2%，提高2.8个百分点。新兴产业增加值分别增长
                12.6%、9.8%、11.5%和8.3%。一批智能制造、
                绿色制造示范项目建成投产，传统产业改造提升步伐加快。第三产业增加值占比
                达到41.8%，比上年提高2.1个百分点。融资租赁、商业保理等特色金融保持
                全国领先。
                """;
        String text = normalizer.normalize(broken).text();
        assertTrue(text.startsWith("2018年天津市滨海新区政府工作报告\n——2018年1月9日在天津市滨海新区第二届人民代表大会第二次会议上\n各位代表:\n"), text);
        assertTrue(text.contains("一般公共预算收入完成478.6亿元,"), text);
        assertTrue(text.contains("全体居民人均可支配收入增长8.4%。\n(一)坚持质量第一、效益优先,经济结构持续优化\n工业支柱"), text);
        assertTrue(text.contains("分别增长12.6%、9.8%、11.5%和8.3%。一批智能制造、绿色制造"), text);
        assertTrue(text.contains("占比达到41.8%,"), text);
    }

    @Test
    void aCopyWrappedAtAWidthThatAlsoBreaksShorterLinesMidSentenceIsJoinedThere() {
        String broken = """
                2017年，是新区发展历程中具有重要意义的一年。我们
                深入学习贯彻党的十九大精神和习近平总书记对天津工作提出的
                “三个着力”重要要求，在市委、市政府和区委的坚强领导下，坚持稳中求进
                工作总基调，主动调结构、去虚火、挤水分，全区经济运行总体平稳、稳中有进。
                全年完成地区生产总值增长6%左右；一般公共预算收入完成
                478.6亿元，按可比口径增长5.2%；固定资产投资下降10.4%；
                社会消费品零售总额增长3.6%；实际利用外资120.3亿美元，
                实际利用内资1320亿元。城镇登记失业率为3.5%,
                全体居民人均可支配收入增长8.4%。
                一、坚持质量第一、效益优先，经济结构持续优化
                工业支柱作用进一步巩固。规模以上工业总产值完成1.38万亿元左右，
                其中战略性新兴产业产值占比达到21.2%，提高2.8个百分点。
                航空航天、电子信息、生物医药、新能源新材料等新兴产业增加值分别增长
                12.6%、9.8%、11.5%和8.3%。一批智能制造、
                绿色制造示范项目建成投产，传统产业改造提升步伐加快。
                服务业比重进一步提升。第三产业增加值占地区生产总值比重达到41.8%，
                比上年提高2.1个百分点。融资租赁、商业保理等特色金融保持全国领先，
                飞机租赁业务占全国的90%以上。跨境电商、保税展示交易等新业态蓬勃
                发展。京津冀协同发展深入推进，全年引进北京项目1132个，协议投资额
                1620亿元。
                科技创新能力进一步增强。全社会研发投入强度达到3.6%。
                新认定国家高新技术企业520家，总数达到2660家。国家级、
                市级研发平台建设加快推进，天河三号百亿亿次超级计算机原型机研制取得突破，
                一批关键核心技术实现产业化。
                """;
        String text = normalizer.normalize(broken).text();
        assertTrue(text.contains("一般公共预算收入完成478.6亿元,"), text);
        assertTrue(text.contains("天津工作提出的“三个着力”"), text);
        assertTrue(text.contains("增长8.4%。\n一、坚持质量第一、效益优先,经济结构持续优化\n工业支柱"), text);
    }

    @Test
    void aRunningHeaderWithItsPageNumberOnOneLineGoesAndTheSentenceGoesOn() {
        String page = "全年实现地区生产总值3895.6亿元,增长4.5%;一般公共预算收入\n\n— 1 —\n\n政府工作报告　　　第 2 页 共 19 页\n292.6亿元,增长6.2%。";
        assertEquals("全年实现地区生产总值3895.6亿元,增长4.5%;一般公共预算收入292.6亿元,增长6.2%。", normalizer.normalize(page).text());
        String sentence = "我们在第一季度完成全年任务的第2页共计…";
        assertEquals(sentence, normalizer.normalize(sentence).text(), "words, not a header and its page");
    }

    @Test
    void aLineBrokenInsideAFigureGoesOnButADateLineEnds() {
        String broken = "全年进出口总额26.43万亿元,增长2.3%;实际使用外商直\n接投资1196亿\n美元。城镇化率提高到56.\n1%。";
        assertEquals("全年进出口总额26.43万亿元,增长2.3%;实际使用外商直接投资1196亿美元。城镇化率提高到56.1%。",
                normalizer.normalize(broken).text());
        String dated = "在湛江市第十三届人民代表大会第二次会议上\n2013.1.10\n湛江市代市长 陈海明";
        assertEquals(dated, normalizer.normalize(dated).text());
        String paragraphs = "城镇新增就业8026人,增长12\n\n各位代表:";
        assertEquals(paragraphs, normalizer.normalize(paragraphs).text(), "a blank line between is a paragraph's end");
        String parted = "战略性新兴产业增加值占规模以上工业的比重达到15\n\n.2%,新建改扩建公办幼儿园43\n\n\n2所。";
        assertEquals("战略性新兴产业增加值占规模以上工业的比重达到15.2%,新建改扩建公办幼儿园432所。", normalizer.normalize(parted).text(),
                "nor is one inside a number");
        String counter = "绵阳市人民政府办公室 阅读次数:5274\n\n2021年绵阳市政府工作报告";
        assertEquals(counter, normalizer.normalize(counter).text(), "a page's counter, then a year, part nothing");
    }

    @Test
    void shortLinesOfOneWidthAmongLongerOnesAreNoWrap() {
        StringBuilder input = new StringBuilder("广州市天河区2025年政府工作报告\n在广州市天河区第十七届人民代表大会第五次会议上\n");
        for (int i = 0; i < 9; i++) {
            input.append("(").append("一二三四五六七八九".charAt(i)).append(")产业能级持续跃升\n")
                    .append("全区实现地区生产总值6488.5亿元,同比增长4.1%。".repeat(4 + i)).append('\n');
        }
        String text = input.toString().strip();
        assertEquals(text, normalizer.normalize(text).text(), "headings of one width are no page width the paragraphs exceed");
    }

    @Test
    void dropsTheContinuationOfABoilerplateLineThePageWidthBroke() {
        String input = "内容摘要: 政府工作报告 ——2022年12月21日在北\n京市延庆区第三届人民代表大会第三次会议上\n" + paragraphs(2000, 4);
        assertTrue(normalizer.normalize(input).text().startsWith("2000年全区地区生产总值"), normalizer.normalize(input).text());
    }
    @Test
    void aPageMarginIsNoIndentAndAFullLineEndingASentenceStillContinuesItsParagraph() {
        StringBuilder input = new StringBuilder();
        for (int y = 2000; y < 2009; y++) {
            // pdftotext -layout: every line has the margin, a paragraph's first line two more ideographic spaces
            input.append("  ").append(wrapped(y).replace("\n", "\n  ").replace("城\n  乡", "城乡。\n  城"));
        }
        input.append("  七、打造一流软环境\n");
        String text = normalizer.normalize(input.toString()).text();
        assertEquals(10, text.split("\n").length, text);
        assertTrue(text.contains("同比增长6%,城乡。城居民人均"), text);
        assertTrue(text.endsWith("9.3%。\n七、打造一流软环境"), text);
    }

    @Test
    void aHeadingThatKeptOnlyItsNumeralsMarkIsALineOfItsOwnAndALineOpeningOnAListsMarkGoesOn() throws Exception {
        // a held-out copy of a PDF broken mid-sentence at no common width, whose headings 二、 and 3. lost their numerals
        String normalized = normalizedPhrasing("nd4_huoqiu_2023.txt");
        assertTrue(normalized.contains("总体稳定。\n、2023年总体要求和目标任务\n2023年是"), normalized);
        assertTrue(normalized.contains("\n.坚持农业稳县,全面推进乡村振兴\n深化农村改革。"), normalized);
        String input = paragraphs(2000, 4) + wrapped(2009).replace("一般公共\n", "一般公共\n、").replace("城\n乡居民", "城\n乡居民、");
        assertTrue(normalizer.normalize(input).text().contains("一般公共、预算收入"), "a line a wrap broke before 、 goes on");
    }

    @Test
    void aShortLineWithoutAMarkAfterASentencesEndIsALineOfItsOwnWhereParagraphsOpenIndented() {
        // a paragraph that ends on a full line, then a heading that lost its numeral, then an indented paragraph
        String ending = wrapped(2004).replace("城\n乡居民人均可支配收入分别增长4.9%和\n9.3%。\n", "城乡。\n");
        String input = paragraphs(2000, 4) + ending + "2013年的主要任务\n" + paragraphs(2005, 4);
        String text = normalizer.normalize(input).text();
        assertTrue(text.contains("同比增长6%,城乡。\n2013年的主要任务\n2005年全区"), text);
        String goesOn = paragraphs(2000, 4) + ending + "乡居民人均可支配收入分别增长4.9%。\n" + paragraphs(2005, 4);
        assertTrue(normalizer.normalize(goesOn).text().contains("城乡。乡居民"), "a line with a full stop goes on the paragraph");
    }

    @Test
    void aTablesRowsStayLinesOfTheirOwn() {
        String table = "指标名称    单位    2007年预计    2008年目标    增长%\n地区生产总值    亿元    155.9    175    12\n"
                + "财政总收入\t亿元\t18.5\t20.9\t13\n城镇登记失业率　　%　　3.2　　4以内　　—\n全年财政收入完成29.6亿元,同比增长\n12%。";
        String text = normalizer.normalize(table).text();
        assertEquals(5, text.split("\n").length, text);
        assertTrue(text.endsWith("同比增长12%。"), "a line of prose broken before a figure is still joined: " + text);
        String barred = "指标 | 单位 | 目标\n地区生产总值增长 | % | 6.5左右\n一般公共预算收入增长 | % | 6\n"
                + "固定资产投资增长 | % | 10\n粮食总产量 | 万吨 | 46以上\n";
        String amidProse = normalizer.normalize(paragraphs(2000, 4) + barred + paragraphs(2004, 4)).text();
        assertTrue(amidProse.contains(barred), "cells parted by bars are a table's whatever they hold: " + amidProse);
        String oneColumn = "指标\t单位\t2018年目标\n财政总收入增长\t%\t8\n一般公共预算收入增长\t%\t8\n规模以上工业增加值增长\t%\t≥9\n"
                + "PM2.5平均浓度\t微克/立方米\t38\n单位地区生产总值能耗降低\t%\t完成省市下达任务";
        assertEquals(6, normalizer.normalize(oneColumn).text().split("\n").length, "a name, its unit and one figure is a row");
    }

    @Test
    void aParagraphBrokenInsideAWordIsJoinedAndAHeadingIsNot() {
        String broken = "今年主要预期目标是:地区生产总值增长8%,财政收入增\n长9%,全社会固\n定资产投资增长17%。";
        assertEquals(broken.replace("\n", ""), normalizer.normalize(broken).text());
        String headed = "(一)推进产业升级\n级差地租改革稳步推进。\n全年增长6%。\n这是下一段";
        assertEquals(headed, normalizer.normalize(headed).text(), "a heading, and a paragraph ending on its full stop, end there");
    }

    @Test
    void aHeadingGluedToAHardWrappedLineEndsItThoughItsTitleHoldsAComma() {
        String wrapped = """
                商贸流通日益活跃。积极开展家电下乡、汽车摩托车下乡和以旧换新等活动，
                城乡消费市场持续繁荣。万达、银座等一批大型商业综合体加快建设，城区
                商业网点布局进一步优化。农村现代流通网络工程深入实施，新建改造了一
                批乡镇商贸中心和农家店，农村消费环境明显改善。电子商务、连锁经营、
                物流配送等现代流通方式加快发展。
                财政金融工作不断加强。坚持依法治税，强化税源监控，各项税收收入稳定
                增长，财政收入的质量进一步提高。积极向上争取资金，一批事关长远发展
                的重大项目和民生工程得到国家和省的支持。财政支出结构进一步优化，教
                市场监管工作不断加强。扎实开展整顿和规范市场经济秩序工作，严厉打击
                制售假冒伪劣商品、商业欺诈等违法行为，市场秩序进一步好转。加强价格
                监测和监管，重要商品和服务价格保持基本稳定。（五）民生保障切实加强，社会事业全面进步
                坚持把保障和改善民生作为政府工作的出发点和落脚点，新增财力主要用于
                民生，全年民生支出达到218.6亿元，占地方财政支出的71.2%。市政府承诺
                的十件实事全部办结。积极实施就业优先战略，新增城镇就业6.85万人，
                """;
        String text = normalizer.normalize(wrapped).text();
        assertTrue(text.contains("社会事业全面进步\n坚持把保障"), () -> "the heading ends its line: " + text);
        assertTrue(text.contains("城区商业网点"), () -> "a wrapped paragraph is joined: " + text);
        String clauseOpen = wrapped.replace("（五）民生保障切实加强，社会事业全面进步", "（五）加快推进产业转型升级，提高");
        assertTrue(normalizer.normalize(clauseOpen).text().contains("提高坚持把保障"), "a clause left open goes on");
    }

    @Test
    void aParagraphBrokenBetweenTwoWordsOfAClauseIsJoinedAndAGluedHeadingIsNot() {
        String broken = "预计全年地区生产总值完成286.3亿元,增长4.5%。规模以上工业增加值增长6.8%,固定资产投资\n增长9.2%,社会消费品零售总额下降2.1%。";
        assertEquals(broken.replace("\n", ""), normalizer.normalize(broken).text());
        String glued = "一批台资项目落地,两岸同胞往来更加密切。(四)聚力城乡融合,城乡面貌持续改善\n县城品质提升行动扎实推进。";
        assertEquals(glued, normalizer.normalize(glued).text(), "a heading glued to a paragraph's end opens with its number");
        String paragraph = "全年完成固定资产投资118.5亿元,下降17.6%。\n县城品质提升行动扎实推进,完成城市更新项目26个。";
        assertEquals(paragraph, normalizer.normalize(paragraph).text(), "a paragraph ending on its full stop ends there");
    }

    @Test
    void marksOfADamagedCopyAreNoText() {
        String boxed = "城镇化率达到70.6%□比上年提高0.8个百分点。";
        assertEquals(boxed, normalizer.normalize(boxed).text(), "a □ inside the text may stand for a comma: kept, as the copy shows it");
        assertEquals("一、回顾工作\n全年增长6%。", normalizer.normalize("□□一、回顾工作\n□全年增长6%。□").text(),
                "□ as an indent or after a full stop is a space");
        assertEquals("2012年海南省政府工作报告\n各位代表:", normalizer.normalize("2012年海南省政府工作报告<br>\n</p>各位代表:<BR/>").text());
    }
}
