package io.govreport.extractor.indicators;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuantityScannerTest {

    private static final FigureRules RULES = FigureRules.load();

    private static List<Quantity> scan(String text) {
        return RULES.scanner().scan(text, 0, text.length());
    }

    private static Quantity only(String text) {
        List<Quantity> found = scan(text);
        assertEquals(1, found.size(), () -> "quantities in " + text + ": " + found);
        return found.get(0);
    }

    private static void assertQuantity(String text, double value, String unit, String approx) {
        Quantity q = only(text);
        assertEquals(value, q.value(), Math.abs(value) * 1e-9, text);
        assertEquals(unit, q.unit().base(), text);
        assertEquals(approx, q.approx(), text);
    }

    @Test
    void yearsAreAQuantityOnlyWhereTheLeadNamesThem() {
        assertQuantity("劳动年龄人口平均受教育年限达到11.2年", 11.2, "年", null);
        List<Quantity> raised = scan("劳动年龄人口平均受教育年限由2020年的10.2年提高到2025年的11年以上");
        assertEquals(List.of(10.2, 11.0), raised.stream().map(Quantity::value).toList(), "the years of the plan are dates");
        assertEquals("over", raised.get(1).approx());
        assertEquals(List.of(10.23, 10.8), scan("受教育年限由10.23年提高到10.8年").stream().map(Quantity::value).toList());
        assertEquals(List.of(), scan("连续11年保持增长,到2025年达到"), "a run of years and a year are no quantity");
    }

    @Test
    void chineseMultipliersAndMoneyUnitsGiveBaseUnits() {
        assertQuantity("完成一般公共预算收入29.6亿元", 2_960_000_000d, "元", null);
        assertQuantity("全年利用外资6041.4万美元", 60_414_000d, "美元", null);
        assertQuantity("交易额4.4亿元", 440_000_000d, "元", null);
        assertQuantity("总投资1.2万亿元", 1.2e12, "元", null);
        assertQuantity("空气质量59微克/立方米", 59, "微克/立方米", null);
        assertQuantity("腾退土地4157公顷", 4157, "公顷", null);
        assertQuantity("同比提高0.43个百分点", 0.43, "pp", null);
        assertQuantity("成灾率控制在1‰以下", 1, "‰", "at_most");
    }

    @Test
    void aChangeInThousandthsAndAUnitOpeningWithAMultiplierAfterOne() {
        assertQuantity("比上年下降0.41个千分点", 0.41, "‰", null);
        assertQuantity("比上年下降零点八个千分点", 0.8, "‰", null);
        assertQuantity("力争新增装机容量八千千瓦", 8000, "千瓦", null);
        assertQuantity("新增装机五十千瓦", 50, "千瓦", null);
        assertQuantity("新增一百二十六万千瓦", 1_260_000, "千瓦", null);
    }

    @Test
    void aUnitOpeningAnotherWordIsNoUnit() {
        assertQuantity("加装电梯563部", 563, "部", null);
        assertQuantity("关闭退出煤矿5对", 5, "对", null);
        assertEquals(List.of(), scan("5.对外开放取得突破"));
        assertQuantity("出台地方性法规5部,", 5, "部", null);
        assertEquals(List.of(), scan("联合12部门出台措施"));
        assertEquals(List.of(), scan("分3部分推进"));
        assertEquals(List.of(), scan("整合8处理中心"));
        assertQuantity("整治12处隐患点", 12, "处", null);
    }

    @Test
    void chineseNumeralsWithADecimalPointTensAndTenths() {
        assertQuantity("受益群众五点六万人", 56_000, "人", null);
        assertQuantity("建设资金一点二亿元", 120_000_000, "元", null);
        assertQuantity("增长一成以上", 10, "%", "over");
        assertEquals(List.of(20d, 30d), scan("分别增长两成和三成").stream().map(Quantity::value).toList());
        assertQuantity("实施亿元以上工业项目十个", 10, "个", null);
        assertQuantity("新建农村沼气池16.8万口", 168_000, "口", null);
        assertQuantity("双峰驼存栏达到11.2万峰", 112_000, "峰", null);
        assertQuantity("承办各类赛事活动310场次", 310, "场次", null);
        assertEquals(List.of(), scan("用电峰值负荷"));
        assertEquals(List.of(), scan("贯彻市委十二届十次、十一次全会精神"));
        assertEquals(List.of(), scan("提出三点意见"));
    }

    @Test
    void approximationsWrittenWithTheNumber() {
        assertQuantity("改造农村吊炕4.2万余铺", 42_000, "铺", "over");
        assertQuantity("房屋租金3600余万元", 36_000_000, "元", "over");
        assertQuantity("增长6.5%左右", 6.5, "%", "about");
        assertQuantity("就业9000人以上", 9000, "人", "over");
        assertQuantity("失业率3.5%以内", 3.5, "%", "at_most");
        assertQuantity("拆除300多万平方米", 3_000_000, "平方米", "over");
        // a copy that puts a space around every figure, the bound after it too
        assertQuantity("参保率稳定在 95% 以上", 95, "%", "over");
        assertQuantity("增长 8.5%\u3000左右", 8.5, "%", "about");
    }

    @Test
    void chineseNumerals() {
        assertQuantity("专题调研二十余次", 20, "次", "over");
        assertQuantity("突破千亿元大关", 1e11, "元", null);
        assertQuantity("跨入百亿元行列", 1e10, "元", null);
        assertQuantity("招聘两千人", 2000, "人", null);
        assertQuantity("建成一百二十三公里", 123, "公里", null);
        assertQuantity("覆盖七成以上", 70, "%", "over");
    }

    @Test
    void aConcentrationWrittenPerCubicMetreBeforeTheNumber() {
        assertQuantity("PM2.5年均浓度控制在每立方米65微克以内", 65, "微克/立方米", "at_most");
    }

    @Test
    void rangesGiveValueAndUpper() {
        for (String text : List.of("增长6%—7%", "增长6%至7%", "增长6-7%", "增长6%-7%", "增长6至7%", "增长6%~7%")) {
            Quantity q = only(text);
            assertEquals(6, q.value(), text);
            assertEquals(7.0, q.upper(), text);
        }
        assertEquals(5.0, only("增长4.5%-5%").upper());
        assertNull(only("增长6%").upper());
        for (String text : List.of("输出劳务12万～13万人次", "输出劳务12万至13万人次")) {
            Quantity q = only(text);
            assertEquals(120_000, q.value(), text);
            assertEquals(130_000.0, q.upper(), text);
            assertEquals("人次", q.unit().base(), text);
        }
    }

    @Test
    void aMinusSignAfterAWordOrPunctuationMakesTheFigureNegative() {
        for (String text : List.of("增长-3%", "增速为−3%", "同比﹣3%", "（-3%）", "增长，-3%", "增长 -3%")) {
            Quantity q = only(text);
            assertEquals(-3, q.value(), text);
            assertEquals(text.indexOf('3') - 1, q.start(), "the sign is part of the figure: " + text);
        }
        assertEquals(-0.8, only("比上年增长-0.8个百分点").value());
    }

    @Test
    void aDashBetweenFiguresOrAfterADigitOrLetterIsNoSign() {
        assertEquals(6, only("增长6-7%").value());
        List<Quantity> two = scan("5万吨-6万台");
        assertEquals(2, two.size(), () -> "quantities: " + two);
        assertEquals(60000, two.get(1).value(), "the dash right after a figure separates it from the next");
        assertEquals(3, only("G-3个").value());
        assertTrue(scan("2021-2025年").isEmpty());
    }

    @Test
    void fullWidthDigitsAndThousandsSeparatorsAreRead() {
        assertQuantity("新增就业１２３人", 123, "人", null);
        assertQuantity("新增就业1,234人", 1234, "人", null);
    }

    @Test
    void oneSpaceMayStandBeforeTheUnitOrItsMultiplier() {
        assertQuantity("增长6.5 %", 6.5, "%", null);
        assertQuantity("实际使用外资 1,200 亿元人民币", 1.2e11, "元", null);
    }

    @Test
    void aSpaceMaySeparateThousands() {
        assertQuantity("地区生产总值6 200.1亿元", 6.2001e11, "元", null);
        assertQuantity("收入78 254元", 78254, "元", null);
        assertEquals(List.of(3.0, 5.0), scan("2023 年新建3个,增长 5 %").stream().map(Quantity::value).toList(), "2023 年 is a year");
        assertEquals(3, only("第 1 2 3 个").value(), "only groups of three digits after a space");
    }

    @Test
    void aUnitWrittenOnceAfterAListServesEveryNumber() {
        List<Quantity> found = scan("解决率、满意率分别提高4.6和2.9个百分点");
        assertEquals(2, found.size());
        assertEquals("pp", found.get(0).unit().base());
        assertEquals(4.6, found.get(0).value());
        assertEquals(2.9, found.get(1).value());
        List<Quantity> three = scan("分别高于全国、全省、全市2.2个、1.5个和0.8个百分点");
        assertEquals(List.of("pp", "pp", "pp"), three.stream().map(q -> q.unit().base()).toList(),
                "个 alone after each number but the last is the last's 个百分点");
        List<Quantity> counts = scan("新建学校3个、5个和8个");
        assertEquals(List.of("个", "个", "个"), counts.stream().map(q -> q.unit().base()).toList());
    }

    @Test
    void numbersThatAreNotFiguresAreSkipped() {
        assertTrue(scan("PM2.5年均浓度").isEmpty());
        assertTrue(scan("2018年1月16日").isEmpty());
        assertTrue(scan("一般公共预算收入增长1.3%[2]").size() == 1);
        assertTrue(scan("居全市第3位").isEmpty());
        assertTrue(scan("区委五届五次全会、市十二次党代会、“一二三四五”发展思路、落实“六个责任”").isEmpty());
        assertTrue(scan("20年来首次").isEmpty());
    }
    @Test
    void aLongRunOfDigitsOrAnEndlessListIsNoFigureAndCostsLittle() {
        long start = System.nanoTime();
        assertTrue(scan("1234567890".repeat(100_000) + "元").isEmpty());
        assertTrue(scan("1、".repeat(200_000) + "2个").size() <= 13, "only the last numbers of an endless list share its unit");
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "linear in the text");
        assertEquals(3, scan("3、5和8个").size());
    }

    @Test
    void readsPercentagesWrittenInWords() {
        assertQuantity("比上年增长百分之十二", 12, "%", null);
        assertQuantity("下降百分之三点五左右", 3.5, "%", "about");
        assertQuantity("出生率千分之八", 8, "‰", null);
        assertTrue(scan("百分之百").size() == 1);
        assertTrue(scan("十分之一的人").isEmpty());
    }

    @Test
    void aFigurePerAreaTakesTheAreaIntoItsUnit() {
        assertQuantity("水稻平均单产达到每亩560公斤", 560, "公斤/亩", null);
        assertQuantity("玉米单产每公顷7200公斤", 7200, "公斤/公顷", null);
        assertQuantity("单位面积税收达到每平方米1.12万元", 11_200, "元/平方米", null);
        Quantity perMu = only("单产每亩560公斤");
        assertEquals("单产".length(), perMu.start(), "每亩 is the figure's, not its name's");
        assertQuantity("每人600元", 600, "元", null);
    }

    @Test
    void moreThanWrittenBetweenMultipliers() {
        assertQuantity("共减轻市场主体负担3万多亿元", 3e12, "元", "over");
        assertQuantity("惠及6600多万纳税人", 6.6e7, "人", "over");
    }

    @Test
    void aSmallChineseNumeralAChangeStartsFromIsAFigure() {
        assertEquals(List.of(6d, 13d), scan("龙头企业由六家增加到十三家").stream().map(Quantity::value).toList());
        assertEquals(List.of(3d, 8d), scan("卫生室从三个增至八个").stream().map(Quantity::value).toList());
        assertEquals(List.of(), scan("由一个传统农业县发展成为旅游大县"));
        assertEquals(List.of(), scan("落实六个责任"), "a small numeral before a noun names it");
    }

    @Test
    void aStraySpaceInsideANumberOfADamagedCopyIsNoBreak() {
        assertQuantity("社会消费品零售总额3 6.2亿元", 3.62e9, "元", null);
        assertQuantity("粮食总产量达到5 0160万吨", 5.016e8, "吨", null);
        assertQuantity("国内生产总值由2002年的12. 03万亿元", 1.203e13, "元", null);
        assertQuantity("社会消费品零售总额639.3亿 元", 6.393e10, "元", null);
        assertQuantity("新建农村公路5 400公里", 5400, "公里", null);
        assertQuantity("全市实现地区生产总值2026 .37亿元", 2.02637e11, "元", null);
        assertQuantity("单位生产总值能耗下降3 .5%", 3.5, "%", null);
        assertQuantity("霍山石斛种植面积达到52 00亩", 5200, "亩", null);
        assertQuantity("实施省重大项目34 2个", 342, "个", null);
        assertQuantity("新增高速公路通车里程3 0 0公里以上", 300, "公里", "over");
        assertQuantity("开展系列促消费活动1 20余场", 120, "场", "over");
        // a PDF copy's spaces around a figure and inside its decimal point
        assertQuantity("全省生产总值增长 7. 6%", 7.6, "%", null);
        assertQuantity("高于全国 1. 2个百分点", 1.2, "pp", null);
        assertQuantity("粮食总产量达到 77. 8万吨", 778_000, "吨", null);
        // a list mark at a line's start stays a mark
        assertEquals(List.of(20_000d), scan("\n1. 2万吨粮食").stream().map(Quantity::value).toList());
        // two numbers side by side, neither going on to a decimal point or a multiplier, stay two
        assertEquals(List.of(12d, 30d), scan("分两批建成12个 30个").stream().map(Quantity::value).toList());
    }

    @Test
    void amountsInWordsFractionsAndTheirRanges() {
        assertQuantity("集装箱吞吐量七十点二万标准箱", 702_000, "标准箱", null);
        assertQuantity("累计排查外来人员4万5千人次", 45_000, "人次", null);
        assertQuantity("争取专项债券2亿3千万元", 2.3e8, "元", null);
        assertQuantity("比重提高一个百分点以上", 1, "pp", "over");
        assertQuantity("新增市场主体逾万户", 10_000, "户", null);
        assertQuantity("全市近千家中小企业", 1_000, "家", null);
        assertQuantity("年产量约占全国的三分之一", 100 / 3d, "%", null);
        assertEquals(List.of(), scan("带动社会投资数十亿元"));
        assertEquals(List.of(), scan("落实六个责任")); // a numeral counting the noun it names
        Quantity lines = only("新增公交线路十至十五条");
        assertEquals(10d, lines.value());
        assertEquals(15d, lines.upper());
        Quantity homes = only("新建各类保障性住房五至六万套");
        assertEquals(50_000d, homes.value());
        assertEquals(60_000d, homes.upper());
        Quantity growth = only("固定资产投资增长百分之十到十二");
        assertEquals(10d, growth.value());
        assertEquals(12d, growth.upper());
        Quantity again = only("城镇居民人均可支配收入增长百分之九至百分之十");
        assertEquals(9d, again.value());
        assertEquals(10d, again.upper(), "the upper end says its 百分之 again");
    }

    @Test
    void aWordOpeningWithWithinAfterAFigureIsNoBoundAndDegreesAreAUnit() {
        Quantity bound = scan("引进过千万元内资项目96个").get(0);
        assertNull(bound.approx(), "内资 is a word, not 'within'");
        assertEquals("千万元".length(), bound.end() - bound.start());
        assertQuantity("5个工作日内", 5, "个工作日", "at_most");
        assertQuantity("18℃", 18, "℃", null);
    }

    @Test
    void aSignBeforeANumberIsNoPartOfTheLead() {
        String text = "税收总收入完成312.6亿元,同比+13.2%";
        Quantity change = scan(text).get(1);
        assertEquals(13.2, change.value());
        assertEquals(text.indexOf('+'), change.start());
        assertEquals(-3.2, scan("工业总产值324.5亿元,同比-3.2%").get(1).value());
        assertEquals(List.of(), scan("构建“1+6”政策体系"));
    }
}
