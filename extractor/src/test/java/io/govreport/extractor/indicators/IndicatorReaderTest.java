package io.govreport.extractor.indicators;

import io.govreport.model.Indicator;
import io.govreport.model.Meta;
import io.govreport.model.Section;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatorReaderTest {

    private static final IndicatorReader READER = new IndicatorReader();
    private static final Meta JANUARY_2018 = new Meta(null, null, "district", 2018, "2017", "2018-01-16", null, null, null);

    /** A report with a review part and a plan part, read with the given metadata. */
    private static List<Indicator> read(String review, String plan, Meta meta) {
        return read("一年工作回顾", review, plan, meta);
    }

    /** The same, under a review part of the given title. */
    private static List<Indicator> read(String reviewTitle, String review, String plan, Meta meta) {
        String reviewHead = reviewTitle + "\n";
        String planHead = "\n2018年工作任务\n";
        String text = reviewHead + review + planHead + plan;
        int planStart = reviewHead.length() + review.length() + 1;
        List<Section> sections = List.of(
                new Section("s1", 1, null, reviewTitle, "review", 0, planStart, List.of()),
                new Section("s2", 1, null, "2018年工作任务", "plan", planStart, text.length(), List.of()));
        List<Indicator> found = READER.read(text, sections, meta, new ArrayList<>());
        for (Indicator i : found) {
            assertEquals(i.evidence().text(), text.substring(i.evidence().start(), i.evidence().end()), "evidence indexes the text");
            assertTrue(!i.evidence().text().contains("。"), "evidence stays inside its sentence");
        }
        return found;
    }

    private static List<Indicator> review(String sentence) {
        return read(sentence, "", JANUARY_2018);
    }

    private static List<Indicator> plan(String sentence) {
        return read("", sentence, JANUARY_2018);
    }

    /** The second of the two figures a sentence gives (the first names it). */
    private static Indicator secondOfTwo(List<Indicator> found) {
        assertEquals(2, found.size(), () -> "indicators: " + found);
        return found.get(1);
    }

    private static Indicator one(List<Indicator> found) {
        assertEquals(1, found.size(), () -> "indicators: " + found);
        return found.get(0);
    }

    @Test
    void aLevelAndItsChangesShareTheName() {
        List<Indicator> found = review("全区PM2.5年均浓度59微克/立方米,同比下降14.5%,较2013年累计下降30.6%。");
        assertEquals(3, found.size());
        Indicator level = found.get(0);
        assertEquals("PM2.5年均浓度", level.name());
        assertEquals("pm25", level.metric());
        assertEquals("level", level.measure());
        assertEquals(59, level.value());
        assertEquals("微克/立方米", level.unit());
        assertEquals("actual", level.kind());
        assertEquals(2017, level.year());
        assertEquals("s1", level.section());
        assertEquals("全区PM2.5年均浓度59微克/立方米", level.evidence().text());

        assertEquals("PM2.5年均浓度", found.get(1).name());
        assertEquals(-14.5, found.get(1).value());
        assertEquals("change", found.get(1).measure());
        assertEquals("yoy", found.get(1).basis());
        assertEquals(-30.6, found.get(2).value());
        assertEquals("since:2013", found.get(2).basis());
        assertEquals(2017, found.get(2).year(), "the basis year is not the figure's year");
    }

    @Test
    void aClauseWithoutAFigureOrAFactorTakenOutLeavesTheNameToTheFigureAfter() {
        List<Indicator> turned = review("进出口总额增长由负转正,全年增长12.3%。");
        assertEquals("进出口总额", one(turned).name());
        assertEquals(12.3, one(turned).value());
        assertEquals("change", one(turned).measure());
        Indicator doubled = one(review("地区生产总值比2010年翻了一番多,年均增长12.3%。"));
        assertEquals("地区生产总值", doubled.name(), "doubled since a year: the thing, not the year it is compared with");
        assertEquals("annual_avg", doubled.basis());
        // 下半年逐月回升 names nothing: the figure stays the one named before
        assertEquals("规上工业总产值", secondOfTwo(review("规上工业总产值同比下降8.7%,下半年逐月回升,全年实现增长3.4%。")).name());

        List<Indicator> factored = review("一般公共预算收入完成21.6亿元,剔除留抵退税因素后下降5.4%,自然口径下降12.8%。");
        assertEquals(3, factored.size(), () -> "indicators: " + factored);
        for (Indicator i : factored) {
            assertEquals("一般公共预算收入", i.name());
        }
        assertEquals(-5.4, factored.get(1).value());
        assertEquals(-12.8, factored.get(2).value());
    }

    @Test
    void aGrowthRateReachingALevelIsStillAGrowth() {
        assertEquals("change", secondOfTwo(review("实际利用外资12.6亿美元,增长由负转正达到3.8%。")).measure());
        Indicator rate = secondOfTwo(review("商品销售额2180亿元,上半年增速一度回落至9.7%。"));
        assertEquals("change", rate.measure());
        assertEquals(9.7, rate.value());
    }

    @Test
    void peopleCountedBy名Keep名WhereverTheirNounIs() {
        assertEquals("名", one(review("选聘生态护林员3260名。")).unit());
        assertEquals("名", one(review("帮助4380名下岗失业人员实现再就业。")).unit(), "41 gold figures so written want 名, 13 人");
        List<Indicator> points = review("解决率、满意率较2019年分别提高21.3个和18.7个百分点。");
        assertEquals(2, points.size(), () -> "indicators: " + points);
        assertEquals("pp", points.get(0).unit(), "个 stands for the 个百分点 written after the list");
        assertEquals("pp", points.get(1).unit());
    }

    @Test
    void anAttributeNamedAloneIsOfTheThingMeasuredBefore() {
        List<Indicator> grain = review("粮食播种面积8.6万亩，产量3.4万吨。");
        assertEquals("粮食产量", grain.get(1).name(), () -> "indicators: " + grain);
        assertEquals("小麦总产", review("其中小麦种植面积142万亩，总产6.1亿公斤。").get(1).name());
        List<Indicator> patents = review("全年专利申请量3560件，授权量2180件，分别增长18.5%和21.2%。");
        assertEquals(List.of("专利申请量", "专利授权量", "专利申请量", "专利授权量"), patents.stream().map(Indicator::name).toList());
        List<Indicator> tea = review("白茶种植面积17万亩，产量1850吨，产值27.6亿元。");
        assertEquals(List.of("白茶种植面积", "白茶产量", "白茶产值"), tea.stream().map(Indicator::name).toList());
    }

    @Test
    void aLengthAloneIsOfTheThingsJustCounted() {
        List<Indicator> streets = review("新建、改建街道4条，长6.8公里。");
        assertEquals(List.of("条", "公里"), streets.stream().map(Indicator::unit).toList(), () -> "indicators: " + streets);
        assertTrue(streets.get(1).name().endsWith("街道长"), () -> streets.get(1).name());
        assertEquals("count", streets.get(1).measure());
    }

    @Test
    void aCountThatBoundsAClassInsideTheNounCountedIsNoFigure() {
        Indicator towns = one(review("建成3个人口超万人的中心镇。"));
        assertEquals(3, towns.value());
        assertTrue(towns.name().endsWith("中心镇"), towns::name);
    }

    @Test
    void aNounAfterTheCountMayOpenWithAVerb() {
        assertEquals("就业困难人员", one(review("帮助3000名就业困难人员实现就业。")).name());
        assertEquals("就业困难人员", one(review("培训3000名就业困难人员。")).name());
        List<Indicator> boilers = review("淘汰10蒸吨以下燃煤锅炉68台。");
        assertEquals(68, boilers.get(boilers.size() - 1).value(), "an amount bounding a class opens no name after it");
        assertEquals(List.of(), review("在11个设区市全面开展PM2.5监测。"), "a verb of one character opens no noun");
    }

    @Test
    void countsSideBySideAreOfTheOneNounAfterThem() {
        List<Indicator> found = review("全县2.86万户8.12万名建档立卡贫困人口全部脱贫。");
        assertEquals(2, found.size(), () -> "indicators: " + found);
        assertEquals(List.of("建档立卡贫困人口", "建档立卡贫困人口"), found.stream().map(Indicator::name).toList());
        assertEquals(List.of(28600.0, 81200.0), found.stream().map(Indicator::value).toList());
        assertEquals(List.of("户", "名"), found.stream().map(Indicator::unit).toList());
        List<Indicator> listed = review("实现4956户、11268名贫困人口脱贫。");
        assertEquals(List.of(4956.0, 11268.0), listed.stream().map(Indicator::value).toList(), "a 、 after households");
        assertTrue(listed.stream().allMatch(i -> i.name().startsWith("贫困人口")), () -> "indicators: " + listed);
        List<Indicator> two = review("全市有86.5万人、42万头大牲畜一度发生饮水困难。");
        assertTrue(two.stream().noneMatch(i -> "人".equals(i.unit()) && i.name().contains("牲畜")),
                () -> "people and livestock are two things: " + two);
    }

    @Test
    void aChineseNumberOfPlacesAboveTenCountsThemButARoundNumberOfMeasuresNamesThem() {
        Indicator villages = one(review("重点抓好二十个示范村建设。"));
        assertEquals(20, villages.value());
        assertEquals("个", villages.unit());
        assertTrue(villages.name().startsWith("示范村"), villages::name);
        assertEquals(12, one(review("全年十二个贫困村实现脱贫。")).value(), "above ten, 个 counts");
        assertTrue(review("出台稳增长二十条措施。").isEmpty(), "二十条措施 names the measures");
        assertTrue(review("重点抓好以下六个方面的工作。").isEmpty(), "a small number of 个 names");
    }

    @Test
    void aBareDivisionCountedKeepsWhatWasDoneThereAndItsBracket() {
        assertEquals("新农保试点县", one(review("新农保试点扩大到22个县。")).name());
        assertEquals("新型农村合作医疗试点县区", one(review("新型农村合作医疗试点扩大到6个县区。")).name(), "县区 is a division as 县 is");
        assertEquals("整村推进扶贫开发村", one(review("整村推进扶贫开发258个村。")).name());
        Indicator bracket = one(review("农村土地确权登记颁证试点扩大到18个县（市、区）。"));
        assertEquals(18, bracket.value());
        assertTrue(bracket.name().endsWith("试点县（市、区）"), bracket::name);
        assertEquals("村（社区）", one(review("全区276个村（社区）全部建成党群服务中心。")).name());
        assertEquals("县", one(review("沈丘、郸城等5个县被列为示范县。")).name(), "the divisions listed before are those counted");
        assertEquals("行政村", one(review("全县45个行政村全部通硬化路。")).name(), "only a bare division takes the name before");
    }

    @Test
    void theDivisionsAWholePlaceHoldsAreALevel() {
        List<Indicator> held = review("全区14个街道、76个社区在社会治理中的基础作用更加突出。");
        assertEquals(List.of("level", "level"), held.stream().map(Indicator::measure).toList());
        assertEquals("level", one(review("全区21个街道全部建成社区卫生服务中心。")).measure());
        assertEquals("count", one(review("完成108个村煤改气。")).measure(), "divisions where work was done are counted");
    }

    @Test
    void aTimeTakenIsMeasuredInHoursAndMinutesButAServiceIsNamedByThem() {
        List<Indicator> clearance = review("进口、出口整体通关时间分别压缩至36.5小时和1.6小时。");
        assertEquals(List.of("进口整体通关时间", "出口整体通关时间"), clearance.stream().map(Indicator::name).toList());
        assertEquals(List.of(36.5, 1.6), clearance.stream().map(Indicator::value).toList());
        assertEquals("小时", clearance.get(0).unit());
        Indicator drive = one(review("县城至重庆主城的车程缩短到40分钟以内。"));
        assertEquals("分钟", drive.unit());
        assertEquals("at_most", drive.approx());
        assertEquals(List.of(), review("市长热线实行7×24小时人工接听,推进“15分钟便民生活圈”建设,用好144小时过境免签政策。"),
                "how long a service runs or a circle reaches is part of its name");
    }

    @Test
    void aTimeWordOpensTheNounCountedAndPeopleMayBeNamedFarAfterTenThousands() {
        Indicator pilots = one(review("省里确定的50户现代企业制度试点企业全面完成公司制改组。"));
        assertTrue(pilots.name().startsWith("现代企业制度试点企业"), pilots.name());
        Indicator lifted = one(review("现行标准下25.1万农村建档立卡贫困人口全部脱贫。"));
        assertEquals(251_000, lifted.value());
        assertEquals("人", lifted.unit());
        assertEquals("农村建档立卡贫困人口", lifted.name());
    }

    @Test
    void aBoundBeforeWhatAnAmountIsPerStillBoundsIt() {
        List<Indicator> floors = plan("城市居民最低生活保障标准不低于每人每月400元,农村低保标准不低于每人每年2200元。");
        assertEquals(List.of("at_least", "at_least"), floors.stream().map(Indicator::approx).toList());
        assertEquals(List.of(400.0, 2200.0), floors.stream().map(Indicator::value).toList());
    }

    @Test
    void theYearAChangeIsMeasuredOnIsItsBasisNotItsYear() {
        List<Indicator> cuts = plan("关中地区煤炭消费量在2013年基础上减少300万吨以上,PM2.5平均浓度比2013年下降4%以上。");
        assertEquals(List.of("target", "target"), cuts.stream().map(Indicator::kind).toList());
        assertEquals(List.of("since:2013", "since:2013"), cuts.stream().map(Indicator::basis).toList());
        assertEquals("关中地区煤炭消费量", cuts.get(0).name());
    }

    @Test
    void twoMetricsJoinedGiveAFigureEach() {
        List<Indicator> incomes = plan("城镇居民人均可支配收入和农民人均纯收入年均增长10%以上。");
        assertEquals(List.of("城镇居民人均可支配收入", "农民人均纯收入"), incomes.stream().map(Indicator::name).toList());
        assertEquals(List.of(10.0, 10.0), incomes.stream().map(Indicator::value).toList());
        assertEquals(1, plan("脱贫人口和监测对象基本医疗保险参保率达到100%。").size(), "not where one names no metric whole");
    }

    @Test
    void newProjectsLaunchedAndBoilersRebuiltAreCounted() {
        assertEquals("count", one(plan("新上过亿元项目100个。")).measure());
        assertEquals("count", one(plan("关中地区拆改燃煤锅炉2000台以上。")).measure());
        assertEquals("count", one(review("与西部地区签订经济技术合作项目1860个。")).measure());
        assertEquals("count", one(review("与高校签署合作协议12项。")).measure());
    }

    @Test
    void aLengthBeforeTheRoadItMeasuresIsTheRoads() {
        Indicator road = one(review("全长318公里的济青高速公路建成通车,这是我省第一条高速公路。"));
        assertEquals("济青高速公路全长", road.name(), "济 is a verb's character to the dictionary, yet opens the name after 的");
        assertEquals("level", road.measure());
        assertEquals(318, road.value());
    }

    @Test
    void workDoneToTheThingsCountedAfterAVerbNamesThem() {
        Indicator boilers = one(review("完成1018台燃煤锅炉清洁能源改造。"));
        assertEquals("燃煤锅炉清洁能源改造", boilers.name(), "燃煤 is a verb to the dictionary, yet opens the noun");
        assertEquals("count", boilers.measure());
        Indicator volunteers = one(review("全区组织救援力量和志愿者近2万人次投入山火扑救。"));
        assertTrue(volunteers.name().contains("志愿者"), "the lead names the people, not the work after them");
    }

    @Test
    void countsUnderThePovertyLineAreOfTheNounAfterThem() {
        List<Indicator> lifted = review("现行标准下6836户15294名建档立卡贫困人口全部脱贫。");
        assertEquals(List.of("建档立卡贫困人口", "建档立卡贫困人口"), lifted.stream().map(Indicator::name).toList());
    }

    @Test
    void theStaffAPlaceKeepsIsALevel() {
        Indicator staff = one(review("全区配备社区网格员1820名,实现网格化管理全覆盖。"));
        assertEquals("社区网格员", staff.name());
        assertEquals("level", staff.measure());
    }

    @Test
    void travellersThroughAPlaceAreAVolume() {
        List<Indicator> port = review("全年口岸过货量58.6万吨,增长21.3%;出入境人员14.8万人次,日均客流量达到2.8万人次。");
        assertEquals(List.of("出入境人员", "日均客流量"), port.subList(2, 4).stream().map(Indicator::name).toList());
        assertEquals(List.of("level", "level"), port.subList(2, 4).stream().map(Indicator::measure).toList());
        assertEquals("count", one(review("全年培训农民工2.3万人次。")).measure(), "people trained are things done");
    }

    @Test
    void aClauseWithNoVerbAfterThingsDoneInItsUnitListsMoreOfThem() {
        List<Indicator> done = review("完成黑土滩型退化草原治理10万亩,草原鼠害防治80万亩。");
        assertEquals("草原鼠害防治", done.get(1).name());
        assertEquals("count", done.get(1).measure());
        List<Indicator> held = review("新增星级酒店2家,星级酒店共有28家。");
        assertEquals("level", held.get(1).measure(), "what a place holds is no item of the things done");
        List<Indicator> average = review("新增养老床位620张,每千名老年人拥有床位32张。");
        assertEquals("level", average.get(1).measure(), "nor is an average");
    }

    @Test
    void theAimAFigureIsMeasuredAgainstIsItsTarget() {
        Indicator aim = secondOfTwo(review("城镇登记失业率3.37%,低于4.5%的控制目标。"));
        assertEquals(List.of("城镇登记失业率", "target", "level", 2017), List.of(aim.name(), aim.kind(), aim.measure(), aim.year()));
        assertNull(aim.approx(), "低于 compares the figure with its aim; it bounds no target");
        Indicator growth = secondOfTwo(review("广义货币M2增长11.3%,低于13%左右的预期目标。"));
        assertEquals(List.of("广义货币M2", "target", "change", "about"),
                List.of(growth.name(), growth.kind(), growth.measure(), growth.approx()));
        Indicator done = one(review("完成单位地区生产总值能耗下降4.6%的目标任务。"));
        assertEquals("actual", done.kind(), "a figure that names its own thing is what was done as aimed");
    }

    @Test
    void theMarkerOfAnEnumeratedItemIsNoPartOfItsName() {
        List<Indicator> found = read("", "一是新建幼儿园5所;十一是新增停车位3000个。", JANUARY_2018);
        assertEquals(List.of("新建幼儿园", "新增停车位"), found.stream().map(Indicator::name).toList());
    }

    @Test
    void aCircumstanceNamesNothing() {
        Indicator grain = secondOfTwo(review("粮食产量连续多年稳定在700亿斤以上,2017年在严重高温干旱的情况下仍达到3510.5万吨。"));
        assertEquals("粮食产量", grain.name());
        assertEquals(2017, grain.year());
    }

    @Test
    void aYieldPer亩IsMeasuredPer亩() {
        List<Indicator> found = review("小麦平均亩产826斤,比上年增加18斤。");
        assertEquals(List.of("斤/亩", "斤/亩"), found.stream().map(Indicator::unit).toList());
        assertEquals("公斤", one(review("粮食单产达到420公斤。")).unit(), "a yield named per nothing stays as written");
    }

    @Test
    void divisionsMergedAwayAreThingsDone() {
        assertEquals("count", one(review("全县撤并乡镇6个。")).measure());
        List<Indicator> moved = review("乡镇由25个撤并为19个。");
        assertEquals("level", moved.get(0).measure(), "where the number started is a level");
    }

    @Test
    void aPastureIsMeasuredInSheepUnits() {
        Indicator carried = one(review("核定理论载畜量112万个羊单位。"));
        assertEquals(1.12e6, carried.value(), 1e-6);
        assertEquals("羊单位", carried.unit());
    }

    @Test
    void growingByLessThanTheYearBeforeIsAFall() {
        Indicator less = review("全年新增贷款146.8亿元,比上年少增36.5亿元。").get(1);
        assertEquals(-3.65e9, less.value(), 1);
        assertEquals("change", less.measure());
        Indicator lossCut = review("预算内国有工业企业亏损额4.86亿元,比上年减亏1.12亿元。").get(1);
        assertEquals(-1.12e8, lossCut.value(), 1);
        assertEquals("预算内国有工业企业亏损额", lossCut.name(), "the loss that fell");
    }

    @Test
    void aBuiltUpAreaIsALevelThoughItsNameOpensWithAVerbOfBuilding() {
        assertEquals("level", one(review("建成区总面积达到58平方公里。")).measure());
        assertEquals("count", one(review("建成区域医疗中心2个。")).measure(), "what was built is counted");
    }

    @Test
    void aVerbInsideANounOfAStockCountsNothing() {
        assertEquals("level", one(review("规上服务业企业达到128家。")).measure(), "the service trades serve no one here");
        assertEquals("level", one(review("全市旅游接待床位达到2.6万张。")).measure(), "beds to receive guests, none received");
        assertEquals("count", one(review("全年服务企业1200家。")).measure(), "firms served are counted");
        assertEquals("count", one(review("建成社区服务中心12个。")).measure(), "centres built are counted");
    }

    @Test
    void aFractionOfAPersonOrThingIsAnAverageNotACount() {
        List<Indicator> perThousand = review("每千人口医疗卫生机构床位数8.16张、执业(助理)医师3.02人、注册护士3.86人。");
        assertEquals(List.of("level", "level", "level"), perThousand.stream().map(Indicator::measure).toList());
        assertEquals("count", one(review("新增城镇就业1.2万人。")).measure(), "ten thousands of people are whole");
    }

    @Test
    void aPerCapitaAmountAloneIsOfTheThingTheClauseBeforeRaised() {
        assertEquals("企业退休人员基本养老金月人均", one(review("企业退休人员基本养老金连续五年提高,月人均达到2136元。")).name());
        Indicator raised = one(review("继续提高企业退休人员基本养老金,月人均增加50元。"));
        assertEquals("企业退休人员基本养老金月人均", raised.name());
        assertEquals("change", raised.measure());
    }

    @Test
    void aPartOfThePlanYearOverWhenTheReportWasReadOutIsThePlanYears() {
        Meta may2020 = new Meta(null, null, "county", 2020, "2019", "2020-05-12", null, null, null);
        String quarter = "一季度,全县地区生产总值下降39.2%,规模以上工业增加值下降46.8%。";
        List<Indicator> late = read(quarter, "", may2020);
        assertEquals(List.of(2020, 2020), late.stream().map(Indicator::year).toList());
        Meta january2020 = new Meta(null, null, "county", 2020, "2019", "2020-01-12", null, null, null);
        assertEquals(List.of(2019, 2019), read(quarter, "", january2020).stream().map(Indicator::year).toList(),
                "read out in January, the quarter is the year reviewed's");
        assertEquals(2020, one(read("截至4月底,全县规模以上工业企业复工率达到100%。", "", may2020)).year(), "a month over");
        assertEquals(2020, one(read("截至4月中旬,全县复工率达到99.6%;一季度减免社会保险费3.4亿元。", "", may2020)
                .stream().filter(i -> i.unit().equals("元")).toList()).year(), "the part nearest the figure");
        assertEquals(2019, one(read("从2019年1月起提高基本工资标准,财政为此增加支出420亿元。", "", may2020)).year(),
                "a month of a year written is that year's");
    }

    @Test
    void aPartOfThePlanYearOverWhenTheReportWasReadOutIsDoneInThePlanPartToo() {
        Meta may2020 = new Meta(null, null, "county", 2020, "2019", "2020-05-12", null, null, null);
        List<Indicator> quarter = read("", "今年一季度,全区地区生产总值同比下降4.6%。力争全年地区生产总值增长5%。", may2020);
        assertEquals(List.of("actual", "target"), quarter.stream().map(Indicator::kind).toList());
        assertEquals(List.of(2020, 2020), quarter.stream().map(Indicator::year).toList());
        Meta january2020 = new Meta(null, null, "county", 2020, "2019", "2020-01-12", null, null, null);
        assertEquals("target", one(read("", "上半年规模以上工业增加值增长6%。", may2020)).kind(), "a part not over yet is aimed at");
        assertEquals("target", one(read("", "一季度地区生产总值增长6%。", january2020)).kind(), "read out in January");
    }

    @Test
    void aTableOfIndicatorsIsReadByItsColumns() {
        String table = "附表:2018年主要指标\n序号 指标名称 单位 2017年完成 2018年目标 增长%\n1 生产总值 亿元 186.4 207 11\n"
                + "2 城镇登记失业率 % 3.6 4.5以内 —\n3 单位生产总值能耗下降 % 3.9 3.5 —\n4 其中:地方财政收入 亿元 5.62 6.46 15\n";
        List<Indicator> found = read("", table, JANUARY_2018);
        assertEquals(10, found.size(), () -> "indicators: " + found);
        Indicator done = found.get(0);
        assertEquals(List.of("生产总值", "actual", "level", "元", 2017), List.of(done.name(), done.kind(), done.measure(), done.unit(), done.year()));
        assertEquals(1.864e10, done.value(), 1);
        assertEquals("1 生产总值 亿元 186.4 207 11", done.evidence().text());
        Indicator growth = found.get(2);
        assertEquals(List.of("target", "change", "%", 2018), List.of(growth.kind(), growth.measure(), growth.unit(), growth.year()));
        assertEquals(11, growth.value());
        Indicator bound = found.get(4);
        assertEquals(List.of("城镇登记失业率", "target", "at_most"), List.of(bound.name(), bound.kind(), bound.approx()));
        Indicator fall = found.get(5);
        assertEquals(List.of("单位生产总值能耗", "change", "actual"), List.of(fall.name(), fall.measure(), fall.kind()));
        assertEquals(-3.9, fall.value());
        assertEquals("地方财政收入", found.get(7).name(), "a part's 其中 is no part of its name");
    }

    @Test
    void aTableOfBarredCellsWithAColumnOfTargetsIsReadForThePlanYear() {
        String table = "今年主要预期目标如下:\n指标 | 单位 | 目标\n地区生产总值增长 | % | 6.5左右\n粮食总产量 | 万吨 | 46以上\n"
                + "单位GDP能耗降低 | % | 完成市下达任务\n";
        List<Indicator> found = read("", table, JANUARY_2018);
        assertEquals(2, found.size(), () -> "indicators: " + found);
        Indicator growth = found.get(0);
        assertEquals(List.of("地区生产总值", "target", "change", "about", 2018),
                List.of(growth.name(), growth.kind(), growth.measure(), growth.approx(), growth.year()));
        assertEquals(460000, found.get(1).value(), 1e-6);
    }

    @Test
    void aTableDrawnInBoxCharactersIsReadByItsColumns() {
        String table = "附件1：2024年主要预期目标\n┌────┬──┬────┬────┐\n│指标 │单位 │2023年完成│2024年目标│\n"
                + "├────┼──┼────┼────┤\n│地区生产总值增速 │% │4.9 │5.5左右 │\n│单位地区生产总值能耗降低 │% │3.5左右 │2.5左右 │\n"
                + "│粮食产量 │万吨 │1119.8 │≥1100 │\n└────┴──┴────┴────┘\n";
        List<Indicator> found = read("", table, JANUARY_2018);
        assertEquals(List.of(4.9, 5.5, -3.5, -2.5, 11198000.0, 11000000.0), found.stream().map(Indicator::value).toList(),
                () -> "indicators: " + found);
        assertEquals(List.of("actual", "target"), found.subList(0, 2).stream().map(Indicator::kind).toList());
        assertEquals(List.of(2023, 2024), found.subList(0, 2).stream().map(Indicator::year).toList());
        assertEquals("单位地区生产总值能耗", found.get(2).name(), "降低 ends a row of falls");
        assertEquals("at_least", found.get(5).approx());
    }

    @Test
    void aTableWhoseCellsWriteTheirOwnUnitsAndVerbsIsRead() {
        String table = "附件2：2017年主要经济指标完成情况和2018年预期目标\n指标名称　　　　2017年完成情况　　　　2018年预期目标\n"
                + "地区生产总值　　　　26301亿元，增长2.9%　　　　增长6.5%左右\n城镇新增就业　　　　38.5万人　　　　35万人\n"
                + "社会消费品零售总额　　　　8539.1亿元，下降0.5%　　　　增长7%左右\n城镇调查失业率　　　　5.2%　　　　5.5%以内\n";
        List<Indicator> found = read("", table, JANUARY_2018);
        assertEquals(List.of(2.6301e12, 2.9, 6.5, 385000.0, 350000.0, 8.5391e11, -0.5, 7.0, 5.2, 5.5),
                found.stream().map(Indicator::value).toList(), () -> "indicators: " + found);
        assertEquals(List.of("level", "change", "change", "count"), found.subList(0, 4).stream().map(Indicator::measure).toList());
        assertEquals(List.of("actual", "actual", "target"), found.subList(0, 3).stream().map(Indicator::kind).toList());
        assertEquals(List.of(2017, 2017, 2018), found.subList(0, 3).stream().map(Indicator::year).toList());
        assertEquals("at_most", found.get(9).approx());
    }

    @Test
    void aTableWhoseGrowthCellsSayPerCentAndWhoseRowsMayHaveNoUnitIsRead() {
        String table = "附件1：某市2018年经济社会发展主要预期目标\n指标 | 单位 | 目标 | 增长\n地区生产总值 | 亿元 | 1260 | 7%左右\n"
                + "规模以上工业增加值 | — | — | 8%\n城镇登记失业率 | % | 3以内 | —\n";
        List<Indicator> found = read("", table, JANUARY_2018);
        assertEquals(List.of(1.26e11, 7.0, 8.0, 3.0), found.stream().map(Indicator::value).toList(), () -> "indicators: " + found);
        assertEquals(List.of("level", "change", "change", "level"), found.stream().map(Indicator::measure).toList());
        assertEquals("规模以上工业增加值", found.get(2).name(), "a row with no unit gives its growth alone");
        assertEquals("about", found.get(1).approx());
    }

    @Test
    void aTableOfTabbedCellsWithEstimatesRangesAndGrowthRatesIsRead() {
        String table = "附表:2018年主要指标\n指标\t单位\t2017年预计完成\t2018年预期目标\n地区生产总值增速\t%\t6.5左右\t6—6.5\n"
                + "全社会固定资产投资增速\t%\t-5.2\t与上年基本持平\n";
        List<Indicator> found = read("", table, JANUARY_2018);
        assertEquals(3, found.size(), () -> "indicators: " + found);
        Indicator estimate = found.get(0);
        assertEquals(List.of("地区生产总值", "estimate", "change", "about", 2017),
                List.of(estimate.name(), estimate.kind(), estimate.measure(), estimate.approx(), estimate.year()));
        Indicator range = found.get(1);
        assertEquals(List.of("target", 2018, 6.0, 6.5), List.of(range.kind(), range.year(), range.value(), range.upper()));
        assertEquals(-5.2, found.get(2).value());
    }

    @Test
    void aMarkdownTableWithAColumnOfNextYearsGrowthsIsRead() {
        String table = "主要指标如下:\n| 指标 | 单位 | 2017年完成 | 比上年增长% | 2018年目标(增长%) |\n|---|---|---|---|---|\n"
                + "| 地区生产总值 | 亿元 | 412.6 | 4.6 | 7 |\n| 白酒产量 | 万千升 | 29.6 | 3.1 | 5 |\n";
        List<Indicator> found = read("", table, JANUARY_2018);
        assertEquals(List.of(4.126e10, 4.6, 7.0, 296_000.0, 3.1, 5.0), found.stream().map(Indicator::value).toList(),
                () -> "the rule under the head parts no table; 千升 is the unit of 万千升: " + found);
        assertEquals(Arrays.asList(null, "yoy", null, null, "yoy", null), found.stream().map(Indicator::basis).toList());
        Indicator aim = found.get(2);
        assertEquals(List.of("target", "change", 2018), List.of(aim.kind(), aim.measure(), aim.year()));
        assertEquals("千升", found.get(3).unit());
    }

    @Test
    void aTableCellMayBoundItsFigureWithASignBeforeIt() {
        String table = "主要指标见下表。\n指标\t单位\t2017年完成\t2018年目标\n规模以上工业增加值增长\t%\t7.8\t≥8\n"
                + "城镇调查失业率\t%\t5.2\t≤5.5\n";
        List<Indicator> found = read("", table, JANUARY_2018);
        assertEquals(List.of(7.8, 8.0, 5.2, 5.5), found.stream().map(Indicator::value).toList(), () -> "indicators: " + found);
        assertEquals(Arrays.asList(null, "at_least", null, "at_most"), found.stream().map(Indicator::approx).toList());
    }

    @Test
    void aTableComparingLastYearsTargetsWithWhatWasDoneNeedsNoColumnOfUnits() {
        String table = "对照年初确定的目标,主要经济指标完成情况如下:\n指标 | 年度目标 | 完成 | 比较\n"
                + "地区生产总值增长 | 7.5%左右 | 7.8% | 高0.3个百分点\n固定资产投资增长 | 12% | 10.9% | 低1.1个百分点\n"
                + "一般公共预算收入(亿元) | 105 | 107.1 | 完成目标的102%\n城镇登记失业率 | 4.5%以内 | 2.6% | 完成\n"
                + "城镇新增就业(万人) | 5 | 5.6 | 完成\n";
        List<Indicator> found = read(table, "", JANUARY_2018);
        assertEquals(List.of(7.5, 7.8, 0.3, 12.0, 10.9, -1.1, 1.05e10, 1.071e10, 102.0, 4.5, 2.6, 50000.0, 56000.0),
                found.stream().map(Indicator::value).toList(), () -> "indicators: " + found);
        Indicator target = found.get(0);
        assertEquals(List.of("地区生产总值", "target", "change", "%", "about", 2017),
                List.of(target.name(), target.kind(), target.measure(), target.unit(), target.approx(), target.year()),
                "the year's target beside what was done in it is of the year reviewed");
        Indicator below = found.get(5);
        assertEquals(List.of("actual", "change", "pp", 2017), List.of(below.kind(), below.measure(), below.unit(), below.year()));
        Indicator money = found.get(7);
        assertEquals(List.of("一般公共预算收入", "actual", "level", "元"), List.of(money.name(), money.kind(), money.measure(), money.unit()),
                "the unit in brackets after the name");
        assertEquals(List.of("share", "%"), List.of(found.get(8).measure(), found.get(8).unit()));
        assertEquals(List.of("城镇登记失业率", "level", "%", "at_most"),
                List.of(found.get(9).name(), found.get(9).measure(), found.get(9).unit(), found.get(9).approx()));
        assertEquals("count", found.get(12).measure(), "what is added in a year is counted");
    }

    @Test
    void aTableRowOverYearsIsAveragedOrSummedAndAColumnOfAttributesIsLeftAlone() {
        Meta fiveYears = new Meta(null, null, "province", 2021, "2016-2020", "2021-01-20", null, null, null);
        String table = "指标\t规划目标\t实际完成\t对比\n地区生产总值年均增长（%）\t7左右\t6.0\t低1个百分点\n"
                + "单位地区生产总值能耗累计下降（%）\t10\t11.2\t超额完成1.2个百分点\n";
        List<Indicator> found = read(table, "", fiveYears);
        assertEquals(List.of(7.0, 6.0, -1.0, -10.0, -11.2, 1.2), found.stream().map(Indicator::value).toList(), () -> "indicators: " + found);
        Indicator average = found.get(1);
        assertEquals(Arrays.asList("地区生产总值", "actual", "annual_avg", null),
                Arrays.asList(average.name(), average.kind(), average.basis(), average.year()));
        assertNull(found.get(4).year(), "a fall summed over the years has none");
        assertEquals("单位地区生产总值能耗", found.get(4).name());
        String attributes = "序号 | 指标 | 单位 | 2025年完成 | 2026年目标 | 属性\n1 | 地区生产总值增速 | % | 5.8 | 5.5—6 | 预期性\n";
        List<Indicator> planned = read("", attributes, JANUARY_2018);
        assertEquals(List.of(5.8, 5.5), planned.stream().map(Indicator::value).toList(), () -> "indicators: " + planned);
        assertEquals(6.0, planned.get(1).upper());
    }

    @Test
    void aRowOfAShareInATableIsTheShareOfWhatItNamesBefore占() {
        String table = "附表:2018年主要指标\n指标\t单位\t2017年预计完成\t2018年目标\n研究与试验发展经费支出占地区生产总值比重\t%\t3.05\t3.1\n";
        Indicator share = read("", table, JANUARY_2018).get(1);
        assertEquals(List.of("研究与试验发展经费支出", "share", "target"), List.of(share.name(), share.measure(), share.kind()));
    }

    @Test
    void aGrowthRateAveragedOverYearsIsAnAnnualAverage() {
        Meta fiveYears = new Meta(null, null, "city", 2017, "2012-2016", "2017-02-10", null, null, null);
        List<Indicator> found = read("城镇和农村居民人均可支配收入分别达到52185元和27908元,年均增速分别为9.2%和10.1%。", "", fiveYears);
        assertEquals(4, found.size(), () -> "indicators: " + found);
        assertEquals(List.of("农村居民人均可支配收入", "change", "annual_avg"),
                List.of(found.get(3).name(), found.get(3).measure(), found.get(3).basis()));
        assertNull(found.get(3).year());
        Indicator planned = one(read("", "地区生产总值年均增速7.5%左右。", fiveYears));
        assertEquals(List.of("地区生产总值", "annual_avg"), List.of(planned.name(), planned.basis()));
    }

    @Test
    void aPartOfAYearInAReviewOfFiveYearsIsOfTheLastYearReviewed() {
        Meta fiveYears = new Meta(null, null, "city", 2017, "2012-2016", "2016-12-28", null, null, null);
        String title = "过去五年工作回顾";
        Indicator quarters = one(read(title, "前三季度,全市生产总值增长7.8%。", "", fiveYears));
        assertEquals(2016, quarters.year(), () -> "indicators: " + quarters);
        Indicator months = one(read(title, "1—11月,规模以上工业增加值同比增长8.2%。", "", fiveYears));
        assertEquals(2016, months.year(), () -> "indicators: " + months);
        assertNull(one(read(title, "全市生产总值增长7.8%。", "", fiveYears)).year(), "a change of no year named in five is of none");
    }

    @Test
    void oneYearsPartOfASumIsOfThatYear() {
        Meta fiveYears = new Meta(null, null, "city", 2017, "2012-2016", "2017-02-10", null, null, null);
        List<Indicator> found = read("五年累计实际利用外资316.5亿美元,其中2016年72.1亿美元,占全省的41.2%。", "", fiveYears);
        assertEquals(3, found.size(), () -> "indicators: " + found);
        Indicator part = found.get(1);
        assertEquals(List.of("实际利用外资", 2016), List.of(part.name(), part.year()));
        assertEquals(7.21e9, part.value(), 1);
    }

    @Test
    void aWholeAfterACountIsOfTheThingsJustCounted() {
        Indicator length = secondOfTwo(review("新建改建城市道路28条、共41.5公里。"));
        assertEquals("新建改建城市道路", length.name());
        assertEquals(41.5, length.value());
        assertEquals("公里", length.unit());
    }

    @Test
    void aHigherAimPursuedInPracticeIsOfTheTargetBefore() {
        Indicator aim = secondOfTwo(read("", "地区生产总值增长5.5%左右,在实际工作中力争达到6%。", JANUARY_2018));
        assertEquals("地区生产总值", aim.name());
        assertEquals("change", aim.measure());
        assertEquals("target", aim.kind());
    }

    @Test
    void aPartOfASumOverTheYearsReviewedIsSummedToo() {
        Meta fiveYears = new Meta(null, null, "county", 2018, "2013-2017", "2018-01-16", null, null, null);
        List<Indicator> found = read("五年累计投入扶贫资金112.6亿元,其中财政专项扶贫资金58.3亿元。", "", fiveYears);
        assertEquals(2, found.size(), () -> "indicators: " + found);
        assertNull(found.get(0).year());
        assertNull(found.get(1).year(), "the part spans the years as the whole does");
        List<Indicator> oneYear = read("完成固定资产投资112.6亿元,其中工业投资58.3亿元。", "", fiveYears);
        assertEquals(2017, oneYear.get(1).year(), "a part of a figure of the review's end is of that year");
        List<Indicator> afterASum = read("五年累计实际利用外资5.68亿美元;外贸进出口总额由2012年的14.3亿美元增加到2017年的38.6亿美元,"
                + "其中外贸出口26.2亿美元。", "", fiveYears);
        assertEquals(2017, afterASum.get(afterASum.size() - 1).year(), () -> "the part is of the last figure in its unit: " + afterASum);
    }

    @Test
    void whatASpanOfYearsSumsWith共IsOfNoSingleYear() {
        Meta fiveYears = new Meta(null, null, "city", 2016, "2011-2015", "2016-01-12", null, null, null);
        Indicator pastThePlace = one(read("农业条件明显改善。五年中,全市共完成农田水利建设投资2.8亿元。", "", fiveYears));
        assertNull(pastThePlace.year(), () -> "the sum opens the clause after the span, past the place: " + pastThePlace);
        Indicator summed = one(read("实施兴边富民行动,五年共投入兴边富民资金3.2亿元。", "", fiveYears));
        assertEquals("投入兴边富民资金", summed.name());
        assertNull(summed.year(), () -> "summed over the five years: " + summed);
        Indicator reached = one(read("五年来共同富裕扎实推进,常住人口城镇化率达到60%。", "", fiveYears));
        assertEquals(2015, reached.year(), "共同 sums nothing: the level stands at the review's end");
    }

    @Test
    void aSpanOpeningAParagraphAfterSentencesWithoutFiguresSpansTheFiguresAfterIt() {
        Meta oneYear = new Meta(null, null, "national", 2016, "2015", "2016-03-05", null, null, null);
        Indicator spanned = one(read("“十二五”规划目标任务胜利完成。过去五年,我国经济实力又上了一个大台阶。单位国内生产总值能耗累计下降18.2%。",
                "", oneYear));
        assertNull(spanned.year(), () -> "a fall over the five years: " + spanned);
        List<Indicator> after = read("国内生产总值增长6.9%。过去五年,我国经济实力又上了一个大台阶。单位国内生产总值能耗下降5.6%。", "", oneYear);
        assertEquals(2015, after.get(1).year(), () -> "after the paragraph's first figure a span sentence opens nothing: " + after);
        Indicator dated = one(read("我们广泛听取群众意见。2015年10月以来,我们又上了一个大台阶。单位国内生产总值能耗下降5.6%。", "", oneYear));
        assertEquals(2015, dated.year(), () -> "a year said so is no span: " + dated);
    }

    @Test
    void theThingAClauseWithoutFigureTellsOfIsNamedBeforeThePartOfTheYear() {
        List<Indicator> exports = review("外贸出口一季度大幅下滑后逐季回升,上半年下降16.9%,前三季度下降12.6%,四季度当季增长11.8%。");
        assertEquals(List.of("外贸出口", "外贸出口", "外贸出口"), exports.stream().map(Indicator::name).toList(), () -> "indicators: " + exports);
        Indicator month = secondOfTwo(review("规模以上工业增加值下降6.8%,其中12月当月增长8.6%。"));
        assertEquals("规模以上工业增加值", month.name(), () -> "the month's own growth of the thing before: " + month);
    }

    @Test
    void thisYearInAReviewOfFiveIsTheLastReviewed() {
        Meta fiveYears = new Meta(null, null, "city", 2026, "2021-2025", "2026-01-20", null, null, null);
        Indicator thisYear = one(read("“十四五”时期工作回顾", "2025年是“十四五”规划收官之年。\n这一年,我们开通低空航线12条。", "", fiveYears));
        assertEquals(2025, thisYear.year(), () -> "the year just told of: " + thisYear);
        assertEquals("开通低空航线", thisYear.name(), () -> "我们, who did it, is no part of the name: " + thisYear);
        Indicator overAll = one(read("“十四五”时期工作回顾", "2025年是“十四五”规划收官之年。\n我们开通低空航线12条。", "", fiveYears));
        assertNull(overAll.year(), () -> "what was done over the five years: " + overAll);
    }

    @Test
    void aCauseInAClauseOfItsOwnNamesNothingAndAYearsStartIsABasis() {
        List<Indicator> revenue = review("一般公共预算收入完成9.36亿元,受减税降费政策影响,同比下降3.8%。");
        assertEquals(List.of("一般公共预算收入", "一般公共预算收入"), revenue.stream().map(Indicator::name).toList(), () -> "indicators: " + revenue);
        Indicator kept = one(review("保留事项比2013年初减少57%。"));
        assertEquals(List.of("保留事项", "since:2013"), Arrays.asList(kept.name(), kept.basis()), () -> "compared with 2013's start: " + kept);
    }

    @Test
    void whatWasDoneToThePeopleCountedIsNoNameAndARaisesSizeIsTheThingRaised() {
        Indicator lifted = secondOfTwo(review("全年实施产业扶贫项目186个,带动贫困群众3.8万人稳定增收。"));
        assertEquals("贫困群众", lifted.name(), () -> "the people whose income rose: " + lifted);
        Indicator raised = one(review("继续提高企业退休人员基本养老金,提高幅度为10%。"));
        assertEquals(List.of("企业退休人员基本养老金", "change"), List.of(raised.name(), raised.measure()), () -> "raised by: " + raised);
        Indicator port = one(review("宁波舟山港货物吞吐量连续14年居全球首位,2017年完成12.6亿吨。"));
        assertEquals("宁波舟山港货物吞吐量", port.name(), () -> "港, an abbreviation, in the subject: " + port);
    }

    @Test
    void moneyASpanOfYearsDidSumsOverItAndALevelItReachedStandsAtItsEnd() {
        Meta fiveYears = new Meta(null, null, "city", 2016, "2011-2015", "2016-01-12", null, null, null);
        List<Indicator> done = read("“十二五”时期工作回顾", "五年来完成植树造林38.6万亩,落实森林生态效益补偿资金9.6亿元。", "", fiveYears);
        assertNull(done.get(1).year(), () -> "the money of the five years' work: " + done);
        Indicator reached = one(read("“十二五”时期工作回顾", "五年来,全市地区生产总值达到500亿元。", "", fiveYears));
        assertEquals(2015, reached.year(), () -> "a level reached: " + reached);
    }

    @Test
    void aSubjectBeforeAPhraseOfWhenNamesTheFigureAfterAndTeuIsAUnit() {
        Indicator grain = one(review("全省粮食总产量从2003年的低谷中恢复,2017年达到269.2亿公斤。"));
        assertEquals(List.of("粮食总产量", 2017), Arrays.asList(grain.name().replace("全省", ""), grain.year()), () -> "the subject: " + grain);
        Indicator boxes = one(review("外贸集装箱吞吐量达到182.6万TEU。"));
        assertEquals(List.of("TEU", 1826000.0), Arrays.asList(boxes.unit(), boxes.value()), () -> "containers in TEU: " + boxes);
    }

    @Test
    void aSpanBetweenAListsNamesAndItsFiguresNamesNothingAndSpansTheYears() {
        Meta fiveYears = new Meta(null, null, "city", 2021, "2016-2020", "2021-01-18", null, null, null);
        List<Indicator> found = read("“十三五”时期和2020年工作回顾", "安全生产形势持续稳定好转,生产安全事故起数和死亡人数五年分别下降42.6%和38.5%。",
                "", fiveYears);
        assertEquals(List.of("生产安全事故起数", "生产安全事故死亡人数"), found.stream().map(Indicator::name).toList(),
                () -> "the people of the incidents counted: " + found);
        assertNull(found.get(1).year(), () -> "a change over the five years: " + found);
        Indicator counted = one(read("高速公路通车里程五年新增186公里。", "", fiveYears));
        assertEquals("count", counted.measure(), () -> "五年新增 keeps its verb: " + counted);
    }

    @Test
    void thingsDoneInTheYearsHalfOfAReviewOfAPlansYearsAndItsLastYearAreOfNoOneYear() {
        Meta fiveYears = new Meta(null, null, "city", 2021, "2016-2020", "2021-01-18", null, null, null);
        String review = "“十三五”时期是极不平凡的五年。\n新建改扩建中小学和幼儿园68所,常住人口城镇化率达到63.9%。\n"
                + "刚刚过去的2020年,我们统筹疫情防控和经济社会发展。\n新建改扩建中小学和幼儿园12所。";
        List<Indicator> found = read("“十三五”时期和2020年工作回顾", review, "", fiveYears);
        assertEquals(List.of(68.0, 63.9, 12.0), found.stream().map(Indicator::value).toList(), () -> "indicators: " + found);
        assertNull(found.get(0).year(), () -> "done over the plan's years: " + found.get(0));
        assertEquals(2020, found.get(1).year(), () -> "a level reached stands at their end: " + found.get(1));
        assertEquals(2020, found.get(2).year(), () -> "done in the last year: " + found.get(2));
    }

    @Test
    void inAReviewOfLastYearAndThisYearSoFarWhatFollowsTheParagraphOpeningThisYearIsThisYears() {
        Meta may2020 = new Meta(null, null, "city", 2020, "2019", "2020-05-12", null, null, null);
        String review = "全市地区生产总值增长7.8%。\n各位代表,今年1月下旬以来,新冠肺炎疫情突如其来。\n"
                + "我们先后设置定点医院6家,开放床位1320张。\n";
        List<Indicator> found = read("2019年和今年以来工作回顾", review, "", may2020);
        assertEquals(List.of(7.8, 6.0, 1320.0), found.stream().map(Indicator::value).toList(), () -> "indicators: " + found);
        assertEquals(List.of(2019, 2020, 2020), found.stream().map(Indicator::year).toList());
    }

    @Test
    void aMoveFromAnEditionOrFromAnEventsStartNamesNeither() {
        List<Indicator> list = review("负面清单由2013年版的190条缩减到2014年版的139条。");
        assertEquals(List.of("负面清单", "负面清单"), list.stream().map(Indicator::name).toList(), () -> "indicators: " + list);
        assertEquals(List.of(2013, 2014), list.stream().map(Indicator::year).toList());
        List<Indicator> output = review("生产总值从开发开放之初的60亿元增长到7000亿元以上。");
        assertEquals(List.of("生产总值", "生产总值"), output.stream().map(Indicator::name).toList(), () -> "indicators: " + output);
        assertNull(output.get(0).year(), "when the event was, the text does not say");
    }

    @Test
    void aMovePlannedStartsWhereThingsStandInTheYearReviewed() {
        List<Indicator> standard = plan("禁牧补助标准由每亩每年6元提高到7.5元。");
        assertEquals(List.of(6.0, 7.5), standard.stream().map(Indicator::value).toList(), () -> "indicators: " + standard);
        assertEquals(List.of("actual", "target"), standard.stream().map(Indicator::kind).toList());
        assertEquals(List.of(2017, 2018), standard.stream().map(Indicator::year).toList());
    }

    @Test
    void aFigureFallingToZeroEndsAtZeroInItsUnit() {
        List<Indicator> rate = review("贫困发生率由2015年底的9.8%降至零。");
        assertEquals(List.of(9.8, 0.0), rate.stream().map(Indicator::value).toList(), () -> "indicators: " + rate);
        assertEquals(List.of("%", "%"), rate.stream().map(Indicator::unit).toList());
        assertEquals(List.of(), review("城镇零就业家庭保持动态为零。"), "no figure it fell from");
    }

    @Test
    void moreThanSomeMonthsAndDegreesCelsiusAreUnitsOfTheirOwn() {
        Indicator season = one(review("我市采暖期长达5个多月。"));
        assertEquals(List.of(5.0, "个月", "over"), List.of(season.value(), season.unit(), season.approx()));
        Indicator warm = one(review("居民室温达到18摄氏度以上。"));
        assertEquals(List.of(18.0, "摄氏度", "over"), List.of(warm.value(), warm.unit(), warm.approx()));
    }

    @Test
    void theEconomysGrowthIsNamedSoAndAGrowthHeldOrSetAtAFigureIsAChange() {
        Indicator growth = one(read("", "经济增长7%左右,是保持就业基本稳定的需要。", JANUARY_2018));
        assertEquals(List.of("经济增长", "change", "target", "gdp"), List.of(growth.name(), growth.measure(), growth.kind(), growth.metric()));
        Indicator set = one(read("", "今年经济增长的预期目标定为8%左右,是为了引导各方面把工作重点放到结构调整上来。", JANUARY_2018));
        assertEquals(List.of("经济增长", "change"), List.of(set.name(), set.measure()), () -> "a growth set at 8%: " + set);
        Indicator held = one(read("", "今后五年经济年均增长保持在6.5%以上。", JANUARY_2018));
        assertEquals(List.of("经济", "change", "annual_avg"), List.of(held.name(), held.measure(), held.basis()), () -> "held: " + held);
        Indicator contribution = one(read("", "科技进步对经济增长的贡献率达到60%。", JANUARY_2018));
        assertEquals("share", contribution.measure(), () -> "a contribution to growth is no growth: " + contribution);
    }

    @Test
    void inAReviewAVerbAimingAtNoFigureSaysNothingOfTheClausesAfterIt() {
        Indicator done = one(review("我们精心组织棉花种植面积核实,确保补贴资金按时足额兑付到户,全县棉花种植面积104.6万亩。"));
        assertEquals("actual", done.kind(), () -> "what was sown: " + done);
        List<Indicator> aims = review("本届政府任期内,我们将努力实现地区生产总值年均增长12%以上,地方财政一般预算收入年均增长18%。");
        assertEquals(List.of("target", "target"), aims.stream().map(Indicator::kind).toList(), () -> "a run of aims: " + aims);
    }

    @Test
    void aDisastersTollNamesThePeopleByWhatBefellThem() {
        List<Indicator> toll = review("地震造成全县7人遇难、1324人受伤,倒塌和严重损毁农房3.86万户。");
        assertEquals(List.of("遇难", "受伤", "倒塌和严重损毁农房"), toll.stream().map(Indicator::name).toList(), () -> "toll: " + toll);
        assertEquals(List.of(7.0, 1324.0), List.of(toll.get(0).value(), toll.get(1).value()));
    }

    @Test
    void shortItemsShareTheExportsTheLastItemNamesAndWhereTheyWent() {
        List<Indicator> goods = review("汽摩配、医药化工、服装鞋帽出口分别为17.2亿美元、10.4亿美元和8.5亿美元。");
        assertEquals(List.of("汽摩配出口", "医药化工出口", "服装鞋帽出口"), goods.stream().map(Indicator::name).toList());
        List<Indicator> markets = review("对欧盟、美国、日本出口分别下降11.3%、9.6%和14.7%。");
        assertEquals(List.of("对欧盟出口", "对美国出口", "对日本出口"), markets.stream().map(Indicator::name).toList());
        List<Indicator> apart = review("地区生产总值、外贸出口分别增长6%和8%。");
        assertEquals(List.of("地区生产总值", "外贸出口"), apart.stream().map(Indicator::name).toList(), "a long item keeps its own name");
    }

    @Test
    void aSpanUpToNowLooksBackEvenInAPlansPart() {
        Indicator done = one(read("", "“九五”以来,全区国内生产总值年均增长9.2%。", JANUARY_2018));
        assertEquals("actual", done.kind(), () -> "what the years since did: " + done);
        Indicator ahead = one(read("", "“十四五”期间,全区地区生产总值年均增长7%。", JANUARY_2018));
        assertEquals("target", ahead.kind(), () -> "a span ahead sets a target: " + ahead);
    }

    @Test
    void theMoneyOfThingsJustCountedIsOfTheirYears() {
        Meta fiveYears = new Meta(null, null, "city", 2026, "2021-2025", "2026-01-09", null, null, null);
        List<Indicator> summed = read("我们坚持项目为王,累计实施500万元以上项目1860个,完成投资2380亿元。", "", fiveYears);
        assertEquals(2, summed.size(), () -> "indicators: " + summed);
        assertNull(summed.get(0).year());
        assertNull(summed.get(1).year(), () -> "the projects' investment spans their years: " + summed);
        List<Indicator> oneYear = read("全年实施重点项目362个,完成投资1861亿元。", "", fiveYears);
        assertEquals(2025, oneYear.get(1).year(), "the investment of one year's projects is of that year");
    }

    @Test
    void aRunningTotalAloneIsTheFigureBeforesTotal() {
        List<Indicator> found = review("实际利用外资14.9亿美元,五年累计51.3亿美元。");
        assertEquals(2, found.size(), () -> "indicators: " + found);
        assertEquals("实际利用外资", found.get(1).name());
        assertEquals(5.13e9, found.get(1).value());
    }

    @Test
    void aRatiosNameEndingIn比IsNoPartOfTheComparison() {
        Indicator ratio = one(review("存贷比较上年提高3.5个百分点。"));
        assertEquals("存贷比", ratio.name());
        assertEquals("yoy", ratio.basis());
    }

    @Test
    void aCountsNounMayOpenWithTheBoundOfItsClass() {
        List<Indicator> found = review("118个亿元以上在建项目完成投资781.5亿元。");
        assertEquals(2, found.size(), () -> "indicators: " + found);
        assertEquals("亿元以上在建项目", found.get(0).name());
        assertEquals(118, found.get(0).value());
        assertEquals("重点在建项目", review("118个重点在建项目完成投资781.5亿元。").get(0).name(),
                "在 opening 在建 is no verb of level");
        assertEquals("count", one(review("新招引产业项目41个。")).measure(), "新 before a verb of work done");
    }

    @Test
    void chineseNumeralsBeforeAUnitOpeningWith千AndBeforePeople() {
        Indicator power = one(review("新增发电装机容量一百二十六万千瓦。"));
        assertEquals(1_260_000, power.value());
        assertEquals("千瓦", power.unit());
        Indicator poor = one(review("解决了四十万贫困人口的温饱问题。"));
        assertEquals(400_000, poor.value());
        assertEquals("人", poor.unit(), "ten thousands before people count people, as 40万贫困人口 does");
    }

    @Test
    void aYearComparedWithAfter低于IsNoFiguresYear() {
        List<Indicator> found = review("零售物价上涨幅度明显低于去年;人口自然增长率控制在7‰以内。");
        assertEquals(2017, one(found).year(), "去年 after 低于 is compared with");
        assertEquals("change", one(review("零售物价总指数上涨幅度为6%。")).measure(), "上涨幅度 is a growth");
    }

    @Test
    void thePricesAFigureIsInGiveItNoYear() {
        List<Indicator> found = review("工农业总产值完成456.3亿元,按1980年不变价格计算比上年增长24.7%,其中工业总产值438.9亿元。");
        assertEquals(3, found.size(), () -> "indicators: " + found);
        assertEquals("工农业总产值", found.get(1).name(), "the prices name nothing");
        assertEquals(List.of(2017, 2017, 2017), found.stream().map(Indicator::year).toList(), "1980 is the prices' year");
    }

    @Test
    void aRoundMagnitudeBeforeANounNamesAClass() {
        assertEquals(List.of(), review("打造千亿元产业集群。"));
        assertEquals(List.of(), review("经济总量连跨两个千亿元台阶。"), "milestones counted are no figure");
        assertEquals("新能源汽车产量", one(review("在政策带动下,新能源汽车产量增长35%。")).name(), "a circumstance names nothing");
        assertEquals("地区生产总值", one(review("地区生产总值在疫情冲击下仍增长3.1%。")).name());
        Indicator passed = one(review("一般公共预算收入跨入百亿元行列。"));
        assertEquals(1e10, passed.value(), "a landmark passed is a figure");
        assertEquals("over", passed.approx());
        Indicator added = one(review("年销售收入500万元以上非国有工业企业完成增加值2765亿元。"));
        assertEquals(2.765e11, added.value(), "a bound before 非… classes the firms");
    }

    @Test
    void perHeadEndingANameStaysInIt() {
        assertEquals("城镇居民月人均", one(review("全年城镇居民月人均达到2136元。")).name());
        assertEquals("各项指标", one(review("各项指标均达到95%以上。")).name(), "均 alone says each, not per head");
    }

    @Test
    void aValueMovedToIsALevelAndWorkingDaysAreAUnit() {
        Indicator days = one(review("工程建设项目审批时限压减至68个工作日。"));
        assertEquals("level", days.measure(), "a value moved to, though 建设 is in the name");
        assertEquals("个工作日", days.unit(), "kept as written, as 个月 is");
        assertEquals("count", one(review("新建农村公路300公里。")).measure());
        Indicator cut = one(review("省级行政审批事项精简30%以上。"));
        assertEquals(-30, cut.value(), "cut by a share, as 压减 says");
        assertEquals("change", cut.measure());
        assertEquals("level", review("省级行政审批事项由1189项精简到403项。").get(1).measure());
        Indicator trimmedTo = one(review("省本级行政权力事项精简为3500项左右。"));
        assertEquals("level", trimmedTo.measure(), "为 after a verb of change says where it went, as 到 does");
        assertEquals(3500.0, trimmedTo.value());
    }

    @Test
    void clausesACopyRanTogetherWithoutCommasAreNoName() {
        List<Indicator> air = review("我们牢固树立绿水青山就是金山银山的理念坚持生态优先扎实推进中央环保督察反馈问题整改全面落实河长制深入开展专项行动空气质量优良率达到96.7%。");
        assertTrue(one(air).name().endsWith("空气质量优良率") && one(air).name().length() < 12, () -> "name: " + one(air).name());
        List<Indicator> tourism = review("全年接待游客2160万人次实现旅游综合收入196亿元分别增长16.5%和23.8%。");
        assertEquals(List.of("接待游客", "旅游综合收入", "接待游客", "旅游综合收入"), tourism.stream().map(Indicator::name).toList(),
                "a verb of a clause of its own after a count opens no name of the things counted");
    }

    @Test
    void examplesBeforeDengNameTheFiguresOfARespectivelyList() {
        List<Indicator> products = review("甲醇、聚烯烃等化工产品产量分别增长12.7%和18.2%。");
        assertEquals(List.of("甲醇", "聚烯烃"), products.stream().map(Indicator::name).toList());
        assertEquals("行业产能", one(review("钢铁、水泥等行业产能分别压减300万吨。")).name(), "one figure: what 等 sums up names it");
    }

    @Test
    void examplesBeforeDengAreWholeItemsPartedByPauses() {
        List<Indicator> industries = review("机器人、新能源汽车及零部件、生物医药等新兴产业产值分别增长35.6%、28.4%和18.2%。");
        assertEquals(List.of("机器人", "新能源汽车及零部件", "生物医药"), industries.stream().map(Indicator::name).toList());
        List<Indicator> incomes = review("石化、食品、现代物流等千亿产业分别实现营业收入2190亿元、1120亿元和1035亿元。");
        assertEquals(List.of("石化", "食品", "现代物流"), incomes.stream().map(Indicator::name).toList(), "石化 shares no 物流");
    }

    @Test
    void aListThatCountsItsItemsNamesEachItemByWhatFollowsTheCount() {
        List<Indicator> pillars = review("家电、机械装备两大支柱产业产值分别增长7.2%和9.6%。");
        assertEquals(List.of("家电支柱产业产值", "机械装备支柱产业产值"), pillars.stream().map(Indicator::name).toList());
        List<Indicator> four = review("石化、汽车、纺织服装、家电四大产业产值分别增长14.2%、6.3%、4.5%和7.8%。");
        assertEquals(List.of("石化产业产值", "汽车产业产值", "纺织服装产业产值", "家电产业产值"),
                four.stream().map(Indicator::name).toList());
        List<Indicator> clusters = review("新一代电子信息、电气机械及设备两个产业集群规模分别突破万亿元和五千亿元。");
        assertEquals(List.of("新一代电子信息产业集群规模", "电气机械及设备产业集群规模"), clusters.stream().map(Indicator::name).toList(),
                "N个 counts the items as N大 does");
    }

    @Test
    void aTableRowWrittenAsALineNamesTheFigureOfItsValueColumn() {
        List<Indicator> rows = read("", "指标：地区生产总值增长，目标值：9.5%左右；\n指标：固定资产投资（不含农户）增长，目标值：15%；\n"
                + "——指标：单位地区生产总值能耗下降；目标值：3%\n指标：城镇登记失业率，目标值：控制在3.5%以内。", JANUARY_2018);
        assertEquals(List.of("地区生产总值", "固定资产投资", "单位地区生产总值能耗", "城镇登记失业率"),
                rows.stream().map(Indicator::name).toList());
        assertEquals(List.of(9.5, 15.0, -3.0, 3.5), rows.stream().map(Indicator::value).toList());
        assertEquals(List.of("change", "change", "change", "level"), rows.stream().map(Indicator::measure).toList());
        assertTrue(rows.stream().allMatch(i -> "target".equals(i.kind())), () -> "targets: " + rows);
        assertEquals("增速", one(review("进出口总额增长由负转正，增速：12.3%。")).name(), "a rate's column keeps naming the rate");
    }

    @Test
    void aClassBoundedByAnAmountAfter超IsNoVerbOfThingsDone() {
        List<Indicator> firms = review("产值超亿元企业达到826家，其中超百亿元企业9家。");
        assertEquals(List.of("level", "level"), firms.stream().map(Indicator::measure).toList(), "a part of a stock");
        assertEquals("count", one(review("新增超亿元企业12家。")).measure());
    }

    @Test
    void areaTreatedUnder综合治理IsWorkDone() {
        assertEquals("count", one(review("全年完成石漠化综合治理面积46.5平方公里。")).measure());
    }

    @Test
    void aFigureConvertedAtAnyExchangeRateIsTheFigureBeforeInAnotherCurrency() {
        Indicator dollars = secondOfTwo(review("人均地区生产总值超过5.2万元，按当年平均汇率折算约7700美元。"));
        assertEquals("人均地区生产总值", dollars.name());
        assertEquals("美元", dollars.unit());
    }

    @Test
    void whereAThingStartedAfterAFigureOfItIsNamedByIt() {
        List<Indicator> found = review("五年来，全省生产总值年均增长11.4%，由2007年的2.58万亿元增加到5万亿元。");
        assertEquals(3, found.size(), () -> "indicators: " + found);
        assertEquals(2.58e12, found.get(1).value());
        assertEquals(2007, found.get(1).year());
        assertEquals(2017, found.get(2).year(), "the end is the year reviewed, not the start's");
    }

    @Test
    void anItemJoinedInsideByHeIsOneItemOfTheList() {
        List<Indicator> spending = review("教育、社会保障和就业、卫生健康支出分别增长5.2%、8.7%和11.6%。");
        assertEquals(List.of("教育支出", "社会保障和就业支出", "卫生健康支出"), spending.stream().map(Indicator::name).toList());
    }

    @Test
    void whatACountIsOfAfter的IsNoName() {
        List<Indicator> tasks = review("完成脱贫1260户5150人、退出贫困村20个的年度任务。");
        assertEquals("退出贫困村", tasks.get(2).name());
        assertEquals("基层文化室修缮", one(review("完成60个以上的基层文化室修缮。")).name(), "after a verb alone it is");
    }

    @Test
    void unitsOfShipsAndBedsAndAFigureComeBackTo() {
        assertEquals("载重吨", one(review("船舶制造完工量350万载重吨。")).unit());
        assertEquals("床", review("发放救灾大米二百八十吨、棉被一万二千床。").get(1).unit());
        assertEquals("张", one(review("新增养老床位1200张。")).unit());
        assertEquals(List.of("空方", "尾"), review("投放人工鱼礁5万空方、增殖放流各类苗种3亿尾。").stream().map(Indicator::unit).toList());
        assertEquals(List.of("颗", "顶", "块"),
                review("卫星在轨数量增加到117颗,发放救灾帐篷5.8万顶,新建社区足球场30块。").stream().map(Indicator::unit).toList());
        assertTrue(review("我们要一块干、一起拼。").isEmpty(), "块 after no number is a word");
        Indicator passengers = one(review("美兰国际机场旅客吞吐量恢复至2490万人次。"));
        assertEquals("美兰国际机场旅客吞吐量", passengers.name());
        assertEquals("level", passengers.measure());
    }

    @Test
    void aChangeFromASmallNumeralAFigurePerAreaAndASpacedDecimalKeepTheirNames() {
        List<Indicator> firms = review("全县规模以上工业企业由六家增加到十三家。");
        assertEquals(List.of("规模以上工业企业", "规模以上工业企业"), firms.stream().map(Indicator::name).toList());
        assertEquals(List.of(6d, 13d), firms.stream().map(Indicator::value).toList());
        Indicator yield = one(review("水稻单产每公顷8100公斤。"));
        assertEquals("水稻单产", yield.name());
        assertEquals("公斤/公顷", yield.unit());
        Indicator growth = secondOfTwo(review("全省生产总值完成 7 152亿元，增长 7. 6%。"));
        assertEquals("生产总值", growth.name());
        assertEquals(7.6, growth.value());
        assertEquals("change", growth.measure());
    }

    @Test
    void aMonthOpeningANameIsNoPartOfIt() {
        assertEquals("空气优良天数比例", one(review("12月份全市空气优良天数比例达到90%。")).name());
        assertEquals("规模以上工业增加值", one(review("1—11月规模以上工业增加值增长8.2%。")).name());
        assertEquals("存款余额", one(review("十二月底全市存款余额达到1200亿元。")).name());
        assertEquals("月人均补助", one(review("月人均补助提高到300元。")).name(), "a month without its number stays");
    }

    @Test
    void whatAnAmountIsPerIsNoPartOfItsName() {
        List<Indicator> raised = review("禁牧补助标准由每亩每年6元提高到7.5元。");
        assertEquals(List.of("禁牧补助标准", "禁牧补助标准"), raised.stream().map(Indicator::name).toList());
        assertEquals(java.util.Arrays.asList(null, 2017), raised.stream().map(Indicator::year).toList(), "moved from, then to");
        assertEquals("“三包”经费标准", one(review("“三包”经费标准提高到每生每年3720元。")).name());
        assertEquals("城镇新增就业", one(review("城镇新增就业每年保持在6万人以上。")).name());
    }

    @Test
    void theTimeBeforeAnEventAFigureMovedFromIsNoPartOfItsName() {
        List<Indicator> burden = review("全县农民负担总额由改革前的8400万元减少到5100万元。");
        assertEquals(List.of("农民负担总额", "农民负担总额"), burden.stream().map(Indicator::name).toList());
        assertEquals(java.util.Arrays.asList(null, 2017), burden.stream().map(Indicator::year).toList());
        assertEquals("煤矿", review("全县煤矿由整合前的186处减少到58处。").get(0).name());
    }

    @Test
    void aChangeOnLastYearsBaseIsAgainstTheYearBeforeAndAimedAtInAPlan() {
        Indicator cut = one(read("", "今年乡镇财政供养人员要在去年的基础上再精简百分之十五。", JANUARY_2018));
        assertEquals("乡镇财政供养人员", cut.name());
        assertEquals("yoy", cut.basis());
        assertEquals("target", cut.kind(), "去年 in the comparison is not the figure's year");
        assertEquals(2018, cut.year());
    }

    @Test
    void anAreaOfWorkABareVerbDidIsTheWorkAClauseBeforeNamed() {
        assertEquals("棚户区改造", one(review("继续推进城市和国有工矿棚户区改造，全年改造1500万平方米。")).name());
        assertEquals("造林绿化", one(review("推进国土绿化，完成造林绿化6万亩。")).name(), "work named with its verb keeps its name");
    }

    @Test
    void howManyYearsRunningAThingWasRaisedSaysHowNotWhat() {
        assertEquals("企业退休人员基本养老金月人均", one(review("连续第五年提高企业退休人员基本养老金，月人均增加124元。")).name());
        assertEquals("企业退休人员基本养老金", one(review("企业退休人员基本养老金连续第五年提高10%。")).name());
    }

    @Test
    void anEtceteraAfterAFigureNamesNothing() {
        assertEquals("开展职业技能培训", one(review("开展职业技能培训6000人次等，确保件件落实。")).name());
    }

    @Test
    void moneyPerSquareKilometreIsAUnitOfItsOwn() {
        Indicator density = one(review("地均税收约8亿元/平方公里。"));
        assertEquals("元/平方公里", density.unit());
        assertEquals(8e8, density.value());
    }

    @Test
    void theWholeAClauseAfterTellsAPartOfIsALevel() {
        Indicator whole = review("全市106家市属企业中，已有98家完成改制。").get(0);
        assertEquals("市属企业", whole.name());
        assertEquals("level", whole.measure());
        assertEquals("count", review("全年新建学校12所中，农村学校8所。").get(0).measure(), "a 中 that ends no whole");
    }

    @Test
    void aFigureAfterANoteInBracketsIsNamedBeforeIt() {
        assertEquals("固定资产投资（不含农户，下同）", one(review("完成固定资产投资（不含农户，下同）3528.6亿元。")).name());
    }

    @Test
    void aMonthOrPartOfTheYearSaidOfAFigureIsNoPartOfItsName() {
        Indicator recovered = one(review("规模以上工业企业复工率在4月底基本达到100%。"));
        assertEquals("规模以上工业企业复工率", recovered.name());
        assertEquals("level", recovered.measure(), "a rate's name ends in 率 again");
        assertEquals("规模以上工业企业复工率", one(review("到3月底规模以上工业企业复工率达到95%。")).name());
        assertEquals("产能利用率", one(review("产能利用率在二季度末恢复到76%。")).name());
    }

    @Test
    void anAreaOfWorkDoneIsACountAndAnAreaHeldALevel() {
        assertEquals("count", one(review("治理水土流失面积32平方公里。")).measure());
        assertEquals("count", one(review("完成造林绿化面积680万亩。")).measure());
        assertEquals("level", one(review("完成粮食播种面积98.42万亩。")).measure(), "完成 alone reaches a level");
        assertEquals("level", one(review("粮食播种面积稳定在45.2万亩。")).measure());
    }

    @Test
    void whatAPlaceHoldsIsALevelAndWhatWasBuiltACount() {
        List<Indicator> held = review("全区下辖15个街道、263个社区。");
        assertEquals(2, held.size(), () -> "indicators: " + held);
        assertEquals("街道", held.get(0).name());
        assertEquals("level", held.get(0).measure());
        assertEquals("level", held.get(1).measure(), "the items listed after a holding are held too");
        assertEquals("count", one(review("新建15个社区服务中心。")).measure());
        List<Indicator> built = review("新建15个社区服务中心、3个养老院。");
        assertEquals("count", built.get(1).measure());
        assertEquals("level", review("国家级创新平台新增12个、总数达到178个。").get(1).measure(), "the stock after what was added");
        Indicator left = review("全省还有深度贫困县35个、贫困人口111万人。").get(0);
        assertEquals("深度贫困县", left.name());
        assertEquals("level", left.measure(), "what is left is held");
    }

    @Test
    void aFigureInAnotherCurrencyIsTheFigureBeforesAndAMarketHeldIsAShare() {
        for (String sentence : List.of("人均地区生产总值6万元,折合9000美元。", "人均地区生产总值突破6万元,按年平均汇率折算超过9,000美元。",
                "人均地区生产总值6万元,按当年汇率折算突破9000美元。", "人均地区生产总值6万元,以美元计为9000美元。")) {
            Indicator dollars = secondOfTwo(review(sentence));
            assertEquals("人均地区生产总值", dollars.name(), sentence);
            assertEquals("美元", dollars.unit());
        }
        assertEquals("share", one(review("全国市场占有率约三成。")).measure());
        Indicator part = secondOfTwo(review("规模以上工业增加值增长9.6%,工业对经济增长的贡献率达到68.4%。"));
        assertEquals("share", part.measure(), "a contribution is a part of the growth");
        assertEquals("level", one(review("研究与试验发展经费投入强度达到2.1%。")).measure(), "an intensity stays a level");
        assertEquals("level", review("全年接待游客4860万人次,增长12.6%。").get(0).measure(), "visitors received are a volume");
        assertEquals("count", one(review("培训农民工2万人次。")).measure());
        assertEquals("level", one(review("全县生猪出栏268.5万头。")).measure(), "a year's output is a level");
        assertEquals("level", one(review("全年专利授权量6215件。")).measure());
    }

    @Test
    void unitsOfNewWorkAndThresholdsOfClasses() {
        Indicator power = one(review("全省算力规模达到36EFLOPS。"));
        assertEquals(36, power.value());
        assertEquals("EFLOPS", power.unit());
        Indicator peta = one(review("智能算力规模达到1.2万P。"));
        assertEquals(12000, peta.value(), 1e-9);
        assertEquals("P", peta.unit());
        assertEquals("公斤/亩", one(review("玉米平均单产达到836公斤/亩。")).unit());
        assertEquals("元/月·人", one(review("城市低保标准提高到580元/月·人。")).unit());
        // an amount bounding the class of things named after it is no figure
        assertEquals(List.of(), review("培育税收超千万元企业。"));
        Indicator villages = one(review("经营性收入50万元以上的行政村达到86个。"));
        assertEquals(86, villages.value());
        assertEquals("个", villages.unit());
    }

    @Test
    void aRatioHasNoUnitAndAShareAfterAChangeIsAShare() {
        Indicator ratio = one(review("城乡居民收入比缩小到1.78。"));
        assertEquals(1.78, ratio.value());
        assertEquals("", ratio.unit());
        assertEquals("城乡居民收入比", ratio.name());
        List<Indicator> multiple = review("城乡居民收入倍差由2.05缩小到1.90。");
        assertEquals(List.of(2.05, 1.9), multiple.stream().map(Indicator::value).toList(), () -> "indicators: " + multiple);
        assertEquals("倍", multiple.get(1).unit(), "a ratio named as a multiple is in 倍");
        List<Indicator> both = review("城乡居民收入比由2020年的2.37缩小到2025年的2.19。");
        assertEquals(2, both.size(), () -> "indicators: " + both);
        assertEquals(2020, both.get(0).year());

        List<Indicator> tax = review("税收收入完成86.2亿元,下降1.8%,占一般公共预算收入的29.2%。");
        assertEquals(3, tax.size(), () -> "indicators: " + tax);
        assertEquals("share", tax.get(2).measure());
        assertEquals(29.2, tax.get(2).value());
        assertEquals("人均预期寿命", one(review("人均预期寿命达到78.9岁。")).name());
        assertEquals("actual", one(review("人均预期寿命达到78.9岁。")).kind(), "预期 inside a name says no target");
    }

    @Test
    void aStockReachedOrHeldIsALevelWhateverVerbOpensItsName() {
        assertEquals("level", one(review("通航城市达到56个。")).measure());
        Indicator owned = one(review("全县拥有大型免耕播种机3860台。"));
        assertEquals("level", owned.measure());
        assertEquals("大型免耕播种机", owned.name());
        assertEquals("count", one(review("新建学校达到12所。")).measure(), "a verb of work done still counts");
    }

    @Test
    void aFigureForAYearAfterThePlannedOneIsATargetInAnyPart() {
        Indicator ahead = one(review("到2030年,全区地区生产总值突破800亿元。"));
        assertEquals("target", ahead.kind());
        assertEquals(2030, ahead.year());
    }

    @Test
    void thePartsADocumentIsWrittenInAreNoFigures() {
        assertEquals(List.of(), review("省政府印发《关于促进经济平稳健康发展的若干意见》(晋政发〔2013〕19号),提出5个方面20条措施。"));
        assertEquals(List.of(), review("上述主要指标共15项,其中约束性指标5项。"));
        assertEquals(40, one(review("一体化推进《建设规划》落实,40项建设任务有序开展。")).value(), "tasks carried out are counted");
    }

    @Test
    void whatWasDoneToTheThingsCountedNamesThem() {
        List<Indicator> found = review("全年实现5126户16437人稳定脱贫。");
        assertEquals(2, found.size(), () -> "indicators: " + found);
        assertEquals("脱贫", found.get(0).name());
        assertEquals("户", found.get(0).unit());
        assertEquals("人", found.get(1).unit());
        assertEquals("count", found.get(1).measure());
        assertTrue(review("带动4300余户脱贫户增收。").stream().noneMatch(i -> i.name().equals("脱贫")), "脱贫户 is a noun");
    }

    @Test
    void anAreaCutBackToIsALevelAndARateWithATimeIsStillARate() {
        assertEquals("level", one(review("棉花种植面积调减到128万亩。")).measure());
        assertEquals("level", one(review("城镇调查失业率年末回落到4.3%。")).measure());
    }

    @Test
    void aPartOfTheYearAfterANameIsNoPartOfIt() {
        List<Indicator> found = review("全年经济增速一季度-6.8%、二季度3.2%。");
        assertEquals(2, found.size(), () -> "indicators: " + found);
        for (Indicator i : found) {
            assertEquals("经济增速", i.name());
            assertEquals("change", i.measure());
        }
        assertEquals(-6.8, found.get(0).value());
    }

    @Test
    void aGrowthWrittenWithAMinusSignIsAFall() {
        List<Indicator> found = review("全市地区生产总值增长-3%,进出口总额比上年增长−0.8%。");
        assertEquals(2, found.size(), () -> "indicators: " + found);
        assertEquals("地区生产总值", found.get(0).name());
        assertEquals("change", found.get(0).measure());
        assertEquals(-3, found.get(0).value());
        assertEquals("进出口总额", found.get(1).name());
        assertEquals(-0.8, found.get(1).value());
        assertEquals("change", found.get(1).measure());
        assertEquals("yoy", found.get(1).basis());
    }

    @Test
    void negativeAndNetChangesAreChanges() {
        Indicator fall = one(review("外贸进出口总额负增长3.1%。"));
        assertEquals("外贸进出口总额", fall.name());
        assertEquals(-3.1, fall.value());
        assertEquals("change", fall.measure());
        Indicator net = one(review("建设用地净减8平方公里。"));
        assertEquals("建设用地", net.name());
        assertEquals(-8, net.value());
        assertEquals("change", net.measure());
    }

    @Test
    void aRealGrowthSharesTheNameOfTheLevelBeforeIt() {
        Indicator growth = secondOfTwo(review("居民人均可支配收入达到4.2万元,实际增长5%左右。"));
        assertEquals("居民人均可支配收入", growth.name());
        assertEquals("change", growth.measure());
        assertEquals("实际利用外资", one(review("实际利用外资5.4亿美元。")).name(), "a name may open with 实际");
    }

    @Test
    void aParagraphOpeningWithAYearGivesItsLaterSentencesThatYear() {
        Meta march2023 = new Meta(null, null, "national", 2023, "2022", "2023-03-05", null, null, null);
        List<Indicator> found = read("2016年是极为重要的一年。国内生产总值增长3%。\n"
                + "过去五年极不寻常。城镇新增就业年均1270多万人。\n"
                + "城镇调查失业率5.5%。", "", march2023);
        assertEquals(3, found.size(), () -> "indicators: " + found);
        assertEquals(2016, found.get(0).year(), "the year the paragraph opened with");
        assertEquals("actual", found.get(0).kind());
        assertNull(found.get(1).year(), "a paragraph about five years names no single year");
        assertEquals(2022, found.get(2).year(), "a new paragraph: the reviewed year again");
    }

    @Test
    void aParagraphOpeningOnTheFiveYearsItReviewsNamesNoSingleYear() {
        Meta january2021 = new Meta(null, null, "county", 2021, "2020", "2021-01-12", null, null, null);
        List<Indicator> found = read("这五年,是民生福祉持续改善的五年。累计新建改扩建学校146所。\n"
                + "这五年,我们经历了许多大事。新建孵化载体12个。\n", "", january2021);
        assertEquals(2, found.size(), () -> "indicators: " + found);
        assertNull(found.get(0).year(), "这五年，是…的五年 opens a paragraph on the five years");
        assertEquals(2020, found.get(1).year(), "这五年 alone is no such opening");
    }

    @Test
    void theSizeOfAThingsFallIsANegativeChangeOfTheThing() {
        Indicator exports = one(review("出口降幅收窄至0.8%。"));
        assertEquals("出口", exports.name());
        assertEquals("change", exports.measure());
        assertEquals(-0.8, exports.value());
        List<Indicator> found = review("上半年地区生产总值降幅收窄至3.8%,前三季度下降0.1%。");
        assertEquals(2, found.size(), () -> "indicators: " + found);
        assertEquals(-3.8, found.get(0).value());
        assertEquals("地区生产总值", found.get(1).name(), "the fall after it is the same thing's");
    }

    @Test
    void aLengthOfTimeIsAFigureUnlessItIsTheTimeSomethingTook() {
        Indicator cycle = one(read("", "商品房库存消化周期控制在15个月以内。", JANUARY_2018));
        assertEquals("个月", cycle.unit());
        assertEquals(15, cycle.value());
        assertEquals("条次", one(review("拉闸限电约12万条次。")).unit());
        assertEquals(List.of(), review("用两个月左右的时间将本土病例降至个位数。"));
        assertEquals(List.of(), review("用3天时间完成了全部检测。"));
        assertEquals("进出口总额", one(review("前11个月,全省进出口总额达到1000亿元。")).name());
    }

    @Test
    void aVerbWithItsObjectAfterTheThingsCountedOpensAFigureOfItsOwn() {
        List<Indicator> found = review("全年为1.2万名困难群众发放各类救助资金6860万元。");
        assertEquals(2, found.size(), () -> "indicators: " + found);
        assertEquals("困难群众", found.get(0).name());
        assertEquals(12000, found.get(0).value());
        assertTrue(found.get(1).name().endsWith("救助资金"), found.get(1).name());
        assertEquals(68_600_000, found.get(1).value());
        List<Indicator> done = review("全年实现46个贫困村退出、4836户22460人脱贫。");
        assertEquals("贫困村退出", done.get(0).name(), "a verb with no object after it ends the name");
        assertEquals("脱贫", done.get(1).name());
        assertEquals("羽", one(review("家禽出栏680万羽。")).unit());
    }

    @Test
    void aNameAfterTheNumberGoesOnPastAndOrJiToTheNounThatEndsIt() {
        assertEquals("国有及国有控股企业", one(review("改革二百一十七户国有及国有控股企业。")).name());
        assertEquals("农民工和新型职业农民", review("培训500名农民工和新型职业农民,新建200个村卫生室。").get(0).name());
        List<Indicator> two = review("新建5个产业园和3个基地。");
        assertEquals(List.of("产业园", "基地"), two.stream().map(Indicator::name).toList(), "a second figure ends the name");
        assertEquals("村卫生室", one(review("新建10个村卫生室和改造提升。")).name(), "work done after 和 is no name");
    }

    @Test
    void theNounsOpeningASentenceNameTheFiguresAfterItThatHaveNoNameOfTheirOwn() {
        List<Indicator> found = review("粮食产量实现“十二连增”,达到12429亿斤;居民消费价格上涨1.4%。");
        assertEquals(2, found.size(), () -> "indicators: " + found);
        assertEquals("粮食产量", found.get(0).name());
        assertEquals(1_242_900_000_000d, found.get(0).value());
        assertEquals("居民消费价格", found.get(1).name());
        assertEquals(List.of(), review("各项事业全面进步,达到了新水平。"), "no figure, no name");
    }

    @Test
    void reportsOfTheNinetiesCountInChineseNumeralsConvertUnitsAndGrowYearOnYear() {
        List<Indicator> poor = review("全县贫困人口由年初的十二万人减少到七万五千人。");
        assertEquals(List.of(120_000d, 75_000d), poor.stream().map(Indicator::value).toList(), () -> "indicators: " + poor);
        assertEquals("贫困人口", poor.get(0).name());
        assertEquals(List.of(), review("五年跨越两个千亿台阶。"), "a round 千亿 before its noun names a step");
        assertEquals(112_600_000, one(review("财政收入完成一万一千二百六十万元。")).value());
        List<Indicator> grain = review("粮食总产量2463.8万吨,合492.8亿斤,比上年增产48.6万吨。");
        assertEquals(List.of("粮食总产量", "粮食总产量", "粮食总产量"), grain.stream().map(Indicator::name).toList());
        assertEquals("斤", grain.get(1).unit());
        assertEquals("change", grain.get(2).measure());
        assertEquals(List.of("矿山企业", "矿山企业"), review("矿山企业由2010年的68家整合为2015年的31家。").stream().map(Indicator::name).toList(),
                "合 is a verb only where it is all the lead");
        Indicator yearly = one(review("全县国内生产总值年均递增10.1%。"));
        assertEquals("change", yearly.measure());
        assertEquals("annual_avg", yearly.basis());
        Indicator lines = one(review("新增程控电话交换机容量128万门。"));
        assertEquals("门", lines.unit());
        assertEquals(1_280_000, lines.value());
    }

    @Test
    void aBracketNamesItsOwnFiguresAndTheFigureBeforeItNamesAgainAfterIt() {
        List<Indicator> revenue = review("一般公共预算收入完成1986.1亿元(其中税收收入1312.6亿元),增长13.6%。");
        assertEquals(List.of("一般公共预算收入", "税收收入", "一般公共预算收入"), revenue.stream().map(Indicator::name).toList());
        List<Indicator> grain = review("粮食总产量达到65.6亿斤(328万吨),比上年减少2.3亿斤。");
        assertEquals(3, grain.size(), () -> "indicators: " + grain);
        assertEquals("粮食总产量", grain.get(1).name(), "the figure in brackets is the one before in another unit");
        assertEquals("吨", grain.get(1).unit());
        Indicator fell = secondOfTwo(review("空气质量优良天数比例为87.4%,受沙尘天气影响比上年下降2.7个百分点。"));
        assertEquals("空气质量优良天数比例", fell.name(), "a cause (受…影响) names nothing");
        assertEquals(-2.7, fell.value());
        Indicator maize = one(review("玉米面积比上年调减28万亩。"));
        assertEquals(-280_000, maize.value());
        assertEquals("change", maize.measure());
        assertEquals("受理群众诉求", one(review("受理群众诉求2.6万件。")).name());
        List<Indicator> estimated = review("全区地区生产总值由2016年的216.5亿元增加到326.8亿元(预计),增长6.8%。");
        assertEquals(List.of("actual", "estimate", "actual"), estimated.stream().map(Indicator::kind).toList(),
                "a kind in brackets is the figure before's alone");
        List<Indicator> estimateNumber = review("一般公共预算收入达到86.5亿元(预计数),增长5.1%。");
        assertEquals(List.of("estimate", "actual"), estimateNumber.stream().map(Indicator::kind).toList(),
                "预计数 in brackets is 预计 too");
        Indicator points = secondOfTwo(review("常住人口城镇化率达到48.3%,比上年提高1.2个 百分点。"));
        assertEquals("pp", points.unit());
    }

    @Test
    void whereTheSecondOfTwoChangesEndedIsTheReviewedYearNotTheFirstOnesStart() {
        List<Indicator> found = review("农牧民人均纯收入由2012年的3968元增加到7863元,城镇居民人均可支配收入由2012年的7520元增加到12486元。");
        assertEquals(4, found.size(), () -> "indicators: " + found);
        assertEquals(List.of(2012, 2017, 2012, 2017), found.stream().map(Indicator::year).toList());
        List<Indicator> turned = review("民航旅客吞吐量由上半年下降18.4%转为全年增长6.3%。");
        assertEquals(List.of(2017, 2017), turned.stream().map(Indicator::year).toList(), "上半年 is of the year reviewed");
    }

    @Test
    void moneyIssuedOrSetAsideIsNamedByTheNounAfterIt() {
        assertEquals("债券", one(review("国务院同意地方发行2000亿元债券。")).name());
        assertEquals("专项奖补资金", one(review("中央财政安排1000亿元专项奖补资金,重点用于职工分流安置。")).name());
        assertEquals("中央财政赤字", one(review("拟安排中央财政赤字7500亿元。")).name(), "named before it, no noun after");
        Indicator pension = one(review("企业退休人员基本养老金上调3.8%。"));
        assertEquals("企业退休人员基本养老金", pension.name());
        assertEquals("change", pension.measure());
        assertEquals(-1.89, one(review("一年期存款基准利率累计下调1.89个百分点。")).value());
    }

    @Test
    void aChineseNumeralCountingHundredsOrPeopleIsAFigureThoughANounFollows() {
        assertEquals(217, one(review("全市有二百一十七户国有及国有控股企业完成了改制。")).value());
        assertEquals(20, one(review("扶持二十户农产品加工龙头企业。")).value());
        Indicator reemployed = one(review("五年累计实现再就业五万八千人。"));
        assertEquals("再就业", reemployed.name(), "再 opens the term, no filler");
        assertEquals(58_000, reemployed.value());
        assertEquals(List.of(), review("落实六个责任,守住三条红线。"), "a small count naming its noun is a name's");
        assertEquals(4.6, one(review("每千人口医疗卫生机构床位数达到4.6张。")).value(), "每千人口 is per head");
        assertEquals("台次", one(review("组织送水车辆2.3万台次。")).unit());
    }

    @Test
    void aShareOfThePlanDoneIsNamedByTheFigureAndThePlan() {
        Indicator done = secondOfTwo(review("完成投资426.8亿元,占年度计划的116.5%。"));
        assertEquals("完成投资占年度计划", done.name());
        assertEquals("share", done.measure());
        assertEquals("研发经费投入", secondOfTwo(review("研发经费投入增长8.1%,占国内生产总值比重达2.64%。")).name(),
                "a share of anything else is the figure before's alone");
    }

    @Test
    void aTargetMetInTheReviewMakesNoTargetsOfTheFiguresAfterIt() {
        List<Indicator> found = review("城镇新增就业1312万人,超过全年预期目标;年末城镇登记失业率4.05%。");
        assertEquals(List.of("actual", "actual"), found.stream().map(Indicator::kind).toList());
        assertEquals("target", one(read("", "主要预期目标是:城镇登记失业率控制在4.5%以内。", JANUARY_2018)).kind());
    }

    @Test
    void aTargetOfThePlanAheadIsForItsLastYear() {
        Meta january2021 = new Meta(null, null, "province", 2021, "2020", "2021-01-20", null, null, null);
        List<Indicator> plan = read("全省地区生产总值增长3.6%。\n",
                "“十四五”时期的主要目标是:地区生产总值年均增长6%左右,常住人口城镇化率达到67%。森林覆盖率达到26%。\n"
                        + "今年全省地区生产总值增长8%以上。\n", january2021);
        assertEquals(List.of("地区生产总值", "常住人口城镇化率", "森林覆盖率", "地区生产总值"), plan.stream().skip(1).map(Indicator::name).toList());
        assertNull(plan.get(1).year(), "an average over the years has none");
        assertEquals(2025, plan.get(2).year());
        assertEquals(2025, plan.get(3).year(), "the paragraph's opening span names the plan for the sentences after it");
        assertEquals(2021, plan.get(4).year());
        Indicator since = one(read("“十三五”以来,全省高速公路通车里程达到5000公里。\n", "", january2021));
        assertEquals(2020, since.year(), "a span reviewed is no plan ahead");
    }

    @Test
    void theYearsAheadUnderAHeadingNamingThePlanAreItsYears() {
        Meta january2021 = new Meta(null, null, "province", 2021, "2020", "2021-01-20", null, null, null);
        String head = "二、“十四五”时期经济社会发展的主要目标\n";
        String text = head + "今后五年,主要目标是:全省地区生产总值年均增长6%左右。森林覆盖率达到26%。\n"
                + "过去五年,森林覆盖率提高3个百分点。\n";
        List<Section> sections = List.of(new Section("s2", 1, "二", head.strip().substring(2), "plan", 0, text.length(), List.of()));
        List<Indicator> found = READER.read(text, sections, january2021, new ArrayList<>());
        assertEquals(3, found.size(), () -> "indicators: " + found);
        assertNull(found.get(0).year(), "an average over the years has none");
        assertEquals(2025, found.get(1).year(), "今后五年 under the heading of the plan ahead: the plan's last year");
        assertEquals("target", found.get(1).kind());
        assertNull(found.get(2).year(), "a span looked back on is none of the plan's");
    }

    @Test
    void whatAChangeStartedFromEndsInALevelOfTheSameThingWhateverItsVerb() {
        List<Indicator> merged = review("全县乡镇由25个撤并为19个。");
        assertEquals(List.of("全县乡镇", "全县乡镇"), merged.stream().map(Indicator::name).toList());
        assertEquals(19.0, merged.get(1).value());
        assertEquals("level", merged.get(1).measure());
        List<Indicator> years = review("矿山企业由2010年的68家整合为2015年的31家,资源利用效率明显提高。");
        assertEquals("矿山企业", years.get(1).name(), "the mark 为 cut off with the year after it");
        assertEquals(2015, years.get(1).year());
        List<Indicator> after = review("办学点由25个调整为19个,新建幼儿园12所。");
        assertEquals("新建幼儿园", after.get(2).name(), "a figure after the move names itself");
    }

    @Test
    void theEndOfAYearGoesWithItAndLivestockMayBeCountedAsHeadOrEach() {
        Indicator stock = one(review("2005年末各类牲畜存栏达到32.6万头/只。"));
        assertEquals("各类牲畜存栏", stock.name(), "末 is the year's");
        assertEquals("头只", stock.unit());
        assertEquals(326000.0, stock.value());
        assertEquals("头(只)", one(review("年末牲畜存栏稳定在140万头（只）左右。")).unit(), "written in brackets, kept so");
        assertEquals("头(只、匹)", one(review("年末牲畜存栏468.2万头（只、匹）。")).unit(), "the horses with them, kept so");
    }

    @Test
    void whereTheYearStartedIsNoPartOfTheNameAndAPerHouseholdFigureKeepsItsName() {
        List<Indicator> fell = review("贫困发生率由年初的45.1%下降到37.6%。");
        assertEquals(List.of("贫困发生率", "贫困发生率"), fell.stream().map(Indicator::name).toList());
        assertEquals(List.of("level", "level"), fell.stream().map(Indicator::measure).toList());
        assertEquals(2017, fell.get(0).year(), "the year's start is the year reviewed");
        List<Indicator> lastYearEnd = review("农村绝对贫困人口由上年末的3.26万人减少到2.14万人。");
        assertEquals("农村绝对贫困人口", lastYearEnd.get(0).name());
        assertEquals(2016, lastYearEnd.get(0).year(), "the end of the year before");
        assertEquals("户均", secondOfTwo(review("发放扶贫小额信贷2.28亿元,户均4.9万元左右。")).name());
        assertEquals("剩余贫困人口", review("剩余贫困人口1346户4182人。").get(0).name(), "剩余 before a noun is what is counted");
        assertEquals("建档立卡贫困人口", one(review("剩余2361名建档立卡贫困人口全部脱贫。")).name());
        assertEquals("level", one(review("贫困发生率高达28.7%。")).measure(), "高达 reaches a level");
        assertEquals("实际利用外商直接投资", one(review("“九五”期间全省实际利用外商直接投资92.7亿美元。")).name(),
                "a plan in quotes is a scope");
        List<Indicator> ascii = review("全省国内生产总值达到5137.7亿元,按可比价格计算,\"九五\"期间年均增长10.1%。");
        assertEquals(List.of("国内生产总值", "国内生产总值"), ascii.stream().map(Indicator::name).toList(),
                "a plan in a copy's ASCII quotes is a scope too");
        assertNull(ascii.get(1).year(), "and its span has no single year");
        assertNull(one(review("\"十三五\"期间,全市新增城镇就业12万人。")).year(), "a span in ASCII quotes has no single year");
        Indicator hives = one(review("中蜂养殖达到2.6万箱。"));
        assertEquals(26000.0, hives.value());
        assertEquals("箱", hives.unit(), "hives (and cases) are counted in 箱");
        assertEquals("十五年教育普及率", one(review("全市十五年教育普及率达到95.2%。")).name(), "fifteen years, no plan");
        Indicator tenths = one(review("全年民生支出占公共财政支出的比重达到八成以上。"));
        assertEquals(80.0, tenths.value(), "八成: eight tenths");
        assertEquals("%", tenths.unit());
        assertEquals("share", tenths.measure());
        assertTrue(review("政策一成不变。").isEmpty(), "一成不变 is a saying");
        Indicator within = one(review("实现企业开办3个工作日内办结。"));
        assertEquals("企业开办", within.name(), "内 after a time is a bound, not the start of a name");
        assertEquals("at_most", within.approx());
    }

    @Test
    void aChangeToldAlongsideOneThatNamedItsYearsStartedInTheSameYear() {
        List<Indicator> found = review("全市贫困人口由2011年底的108.6万人减少到2016年底的41.2万人,贫困发生率由12.3%下降到4.8%。");
        assertEquals(List.of(2011, 2016, 2011, 2016), found.stream().map(Indicator::year).toList());
        assertEquals("贫困发生率", found.get(2).name());
    }

    @Test
    void partsOfAWholeWrittenAsARatioAreSharesAndOtherRatiosAreNot() {
        List<Indicator> moved = review("三次产业比例由2010年的9.4:60.1:30.5调整为2015年的9.3:55.1:35.6。");
        assertEquals(List.of(9.4, 60.1, 30.5, 9.3, 55.1, 35.6), moved.stream().map(Indicator::value).toList());
        for (Indicator part : moved) {
            assertEquals("三次产业比例", part.name());
            assertEquals("share", part.measure());
            assertEquals("%", part.unit());
        }
        assertEquals(List.of(2010, 2010, 2010, 2015, 2015, 2015), moved.stream().map(Indicator::year).toList());
        assertEquals(2, review("粮经比例调整为46∶54。").size(), "two parts of a hundred");
        Indicator twoThings = one(review("城乡居民收入比缩小到2.8∶1。"));
        assertEquals("level", twoThings.measure(), "a ratio of two things is no share");
        assertTrue(review("会议于09:15:32开始。").isEmpty(), "a time of day sums to no hundred");
    }

    @Test
    void aShareOfAWholeAfterACopulaIsTheFigureBeforesAsAfterZhan() {
        Indicator done = secondOfTwo(review("完成投资1106亿元,为年度计划的116.4%。"));
        assertEquals("完成投资为年度计划", done.name(), "of the plan: named by both");
        assertEquals("share", done.measure());
        assertEquals("固定资产投资是年度计划", secondOfTwo(review("完成固定资产投资85.4亿元,是年度计划的118.5%。")).name());
        assertEquals("出口", secondOfTwo(review("出口46.4亿美元,为进出口总额的61.2%。")).name(), "of anything else: the figure's alone");
        assertEquals("高新技术产业增加值", one(review("高新技术产业增加值仅占规模以上工业增加值的18%。")).name(),
                "仅 before 占 says how little, it names nothing");
        assertEquals("台套", one(review("新增大型农机具460台（套）。")).unit());
    }

    @Test
    void aSpanOfYearsOrAChangeVerbOpensNoName() {
        List<Indicator> found = review("国内生产总值增加到121万亿元,五年年均增长5.2%,十年增加近70万亿元。粮食产量1.37万亿斤,增产74亿斤。");
        assertEquals(5, found.size(), () -> "indicators: " + found);
        for (int k = 0; k < 3; k++) {
            assertEquals("国内生产总值", found.get(k).name(), "the figure named before");
        }
        assertEquals("annual_avg", found.get(1).basis());
        assertEquals("change", found.get(2).measure());
        assertEquals("粮食产量", found.get(4).name());
        assertEquals("change", found.get(4).measure(), "增产 is a change");
    }

    @Test
    void aBudgetPlanNamesWhatItArranges() {
        List<Indicator> found = read("", "赤字率拟按3%安排。拟安排地方政府专项债券3.8万亿元。", JANUARY_2018);
        assertEquals(2, found.size(), () -> "indicators: " + found);
        assertEquals("赤字率", found.get(0).name());
        assertEquals("level", found.get(0).measure());
        assertEquals("地方政府专项债券", found.get(1).name());
        assertEquals(3.8e12, found.get(1).value());
        assertEquals("target", found.get(1).kind());
    }

    @Test
    void aListItemStandingForTheLastItemsFirstWordSharesItsRest() {
        List<Indicator> incomes = review("城镇、农村居民人均可支配收入分别增长5.5%和7.5%。");
        assertEquals(List.of("城镇居民人均可支配收入", "农村居民人均可支配收入"), incomes.stream().map(Indicator::name).toList());
        assertEquals("disposable_income_urban", incomes.get(0).metric());
        List<Indicator> levelsAndChanges = review("城镇和农村居民人均可支配收入分别达到36570元、14302元,增长8%、8.9%。");
        assertEquals(List.of("城镇居民人均可支配收入", "农村居民人均可支配收入", "城镇居民人均可支配收入", "农村居民人均可支配收入"),
                levelsAndChanges.stream().map(Indicator::name).toList(), "a list of changes follows the list of levels");
        assertEquals(8.9, levelsAndChanges.get(3).value());
        List<Indicator> intensities = review("单位地区生产总值能耗、水耗、二氧化碳排放分别下降3.4%、3%和4%。");
        assertEquals(List.of("能耗", "水耗", "二氧化碳排放"), intensities.stream().map(i -> i.name().replace("单位地区生产总值", "")).toList(),
                "items that are no stand-in for a first word stay as written");
    }

    @Test
    void aNumberedListOfTargetsIsNoHeadingAndItsNumbersNoName() {
        List<Indicator> found = read("", "1.地区生产总值增长6%左右;\n2.一般公共预算收入增长1%;\n(3)细颗粒物(PM2.5)年均浓度控制在40微克/立方米以内。", JANUARY_2018);
        assertEquals(List.of("地区生产总值", "一般公共预算收入", "细颗粒物(PM2.5)年均浓度"), found.stream().map(Indicator::name).toList());
        assertEquals("pm25", found.get(2).metric());
    }

    @Test
    void byAYearIsTheTargetsYearAndAnAverageOverYearsHasNone() {
        List<Indicator> found = read("", "到2025年,全市生产总值年均增长6.5%左右,常住人口城镇化率达到65%。2016年到2020年,森林覆盖率提高到45%。", JANUARY_2018);
        assertEquals(3, found.size(), () -> "indicators: " + found);
        assertNull(found.get(0).year(), "an annual average spans years");
        assertEquals(2025, found.get(1).year());
        assertEquals("target", found.get(1).kind());
        assertEquals(2018, found.get(2).year(), "a range of years names no year of its own");
    }

    @Test
    void approximationsAndBases() {
        assertEquals("over", one(review("日最大检测能力超4万管。")).approx());
        assertEquals("under", one(review("培养法律明白人近2000人。")).approx());
        assertEquals("at_least", one(review("应届高校毕业生就业率不低于95%。")).approx());
        assertEquals("at_most", one(review("城镇登记失业率控制在3.5%以内。")).approx());
        assertEquals("about", one(review("地区生产总值增长6.5%左右。")).approx());
        Indicator annual = one(review("一般公共预算收入年均增长9.4%。"));
        assertEquals("annual_avg", annual.basis());
        assertEquals("change", annual.measure());
        Indicator over = one(review("万元地区生产总值能耗同比下降3.7%以上。"));
        assertEquals(-3.7, over.value());
        assertEquals("over", over.approx());
        assertEquals("energy_intensity", over.metric());
    }

    @Test
    void respectivelyListsMatchNamesToValuesInOrder() {
        List<Indicator> found = review("单位地区生产总值能耗、水耗、二氧化碳排放分别下降3.4%、3%和4%。");
        assertEquals(List.of("单位地区生产总值能耗", "水耗", "二氧化碳排放"), found.stream().map(Indicator::name).toList());
        assertEquals(List.of(-3.4, -3.0, -4.0), found.stream().map(Indicator::value).toList());
        assertEquals(List.of("energy_intensity", "water_intensity", "co2_intensity"), found.stream().map(Indicator::metric).toList());

        List<Indicator> both = review("上访批次和上访人次均同比下降30%。");
        assertEquals(List.of("上访批次", "上访人次"), both.stream().map(Indicator::name).toList());
        assertTrue(both.stream().allMatch(i -> i.value() == -30 && "yoy".equals(i.basis())));
    }

    @Test
    void respectivelyWithoutNamesTakesTheNamesOfTheFiguresBefore() {
        List<Indicator> found = review("城镇居民人均可支配收入38562元、农村居民人均可支配收入16823元,分别增长8.3%和9.1%。");
        assertEquals(4, found.size());
        assertEquals("城镇居民人均可支配收入", found.get(2).name());
        assertEquals(8.3, found.get(2).value());
        assertEquals("disposable_income_urban", found.get(2).metric());
        assertEquals("农村居民人均可支配收入", found.get(3).name());
        assertEquals(9.1, found.get(3).value());
    }

    @Test
    void rangesAndTheApproximationWrittenWithTheNumber() {
        Indicator range = one(read("", "地区生产总值增长6.5%—7%。", JANUARY_2018));
        assertEquals(6.5, range.value());
        assertEquals(7.0, range.upper());
        assertEquals("about", one(read("", "居民消费价格涨幅控制在3%左右。", JANUARY_2018)).approx());
    }

    @Test
    void scopeWordsAreDroppedButPartOfTheNameIsKept() {
        assertEquals("居民人均可支配收入", one(review("全区居民人均可支配收入增长7%。")).name());
        assertEquals("区级一般公共预算收入", one(review("区级一般公共预算收入增长3.5%。")).name());
        assertEquals("利用外资", one(review("全年利用外资6041.4万美元。")).name());
    }

    @Test
    void traditionalTextGivesSimplifiedNames() {
        Indicator i = one(review("全區居民人均可支配收入增長8%。"));
        assertEquals("居民人均可支配收入", i.name());
        assertEquals("disposable_income", i.metric());
        assertEquals("全區居民人均可支配收入增長8%", i.evidence().text(), "evidence keeps the text as written");
    }

    @Test
    void aPhraseWhoseSimplifiedFormIsShorterKeepsOffsetsTrue() {
        // t2s turns 筆記簿型電腦 (6 characters) into 笔记本电脑 (5): the sentence is then converted character by character
        Indicator i = one(review("筆記簿型電腦銷量增長5%。"));
        assertEquals("笔记簿型电脑销量", i.name());
        assertEquals(5, i.value());
    }

    @Test
    void raisedToIsALevelRaisedByIsAChange() {
        Indicator to = one(review("全区污水处理率提高到93%。"));
        assertEquals("level", to.measure());
        assertEquals(93, to.value());
        Indicator by = one(review("森林覆盖率同比提高0.43个百分点。"));
        assertEquals("change", by.measure());
        assertEquals("pp", by.unit());
    }

    @Test
    void fromAndToGiveTheNewLevelItsYearAndTheOldOneNone() {
        List<Indicator> found = review("森林覆盖率由35.2%提高到37.5%。");
        assertEquals(2, found.size());
        assertTrue(found.stream().allMatch(i -> "森林覆盖率".equals(i.name()) && "level".equals(i.measure())));
        assertNull(found.get(0).year(), "where the change started: the text names no year");
        assertEquals(2017, found.get(1).year());
    }

    @Test
    void aChangeAgainstABaselineKeepsTheNameBeforeIt() {
        Indicator increase = secondOfTwo(review("赤字规模4.06万亿元,比上年年初预算增加1800亿元。"));
        assertEquals("赤字规模", increase.name());
        assertEquals("change", increase.measure());
        assertEquals(1.8e11, increase.value(), 1);
        assertEquals("比重", secondOfTwo(review("服务业增加值20亿元,比重提高到30%。")).name(),
                "a name opening with a word that starts with 比 is a name");
    }

    @Test
    void urbanAndRuralResidentsNamedAtOnceAreTwoNames() {
        List<Indicator> found = review("城乡居民人均可支配收入分别增长6.3%和7.5%。");
        assertEquals(List.of("城镇居民人均可支配收入", "农村居民人均可支配收入"), found.stream().map(Indicator::name).toList());
        assertEquals(7.5, found.get(1).value());
    }

    @Test
    void aGrowthNamedAfterTheLastOfTwoNamesIsBoth() {
        List<Indicator> found = review("货币供应量M2和社会融资规模余额的预期增速都定在12%左右。");
        assertEquals(List.of("货币供应量M2", "社会融资规模余额的预期增速"), found.stream().map(Indicator::name).toList());
        assertEquals(List.of("change", "change"), found.stream().map(Indicator::measure).toList());
        assertEquals(List.of("share", "share"), review("城镇和农村的比重都达到40%。").stream().map(Indicator::measure).toList(),
                "without a growth after the last name, a percentage of a list stays what each name makes it");
    }

    @Test
    void howAChangeIsReckonedIsNoNameAndMoreThanLastYearIsAChange() {
        Indicator real = secondOfTwo(review("全国居民人均可支配收入39218元,扣除价格因素实际增长6.3%。"));
        assertEquals("居民人均可支配收入", real.name());
        assertEquals("change", real.measure());
        Indicator more = secondOfTwo(review("地方政府专项债券规模为3.92万亿元,比上年多1100亿元。"));
        assertEquals("change", more.measure());
        assertEquals("yoy", more.basis());
        assertEquals(1.1e11, more.value(), 1);
        Indicator yearly = one(review("财政收入平均每年增加2053亿元。"));
        assertEquals("annual_avg", yearly.basis());
        assertEquals(-30, one(review("农民负担减轻30%。")).value());
        Indicator less = one(review("区级税收少收52.7亿元。"));
        assertEquals(-5.27e9, less.value(), 1);
        assertEquals("change", less.measure(), "a fall is negative: 少收 and 减收 as 增收 is a rise");
    }

    @Test
    void aTargetsCueEndingInAChangeSetsAChangeAndAnItemsMarkerIsNoName() {
        Indicator growth = one(read("", "全市地区生产总值预期增长5.5%左右。", JANUARY_2018));
        assertEquals("change", growth.measure());
        assertEquals("target", growth.kind());
        assertEquals("新增国家高新技术企业", one(review("一是新增国家高新技术企业28家。")).name());
    }

    @Test
    void aChangeFromAYearsLevelWithCongGivesThatYear() {
        List<Indicator> found = review("全省地区生产总值从2007年的9249亿元增加到2012年的19702亿元。");
        assertEquals(List.of(2007, 2012), found.stream().map(Indicator::year).toList());
    }

    @Test
    void whatEachNumberOfAListIsPerMayStandBeforeIt() {
        List<Indicator> found = review("城市和农村低保标准分别提高到每人每月520元、每人每年3460元。");
        assertEquals(List.of(520.0, 3460.0), found.stream().map(Indicator::value).toList());
        assertEquals(List.of("城市低保标准", "农村低保标准"), found.stream().map(Indicator::name).toList());
    }

    @Test
    void fallsAndRecoveriesOfTheFigureBefore() {
        List<Indicator> found = review("一季度地区生产总值下降39.2%,上半年降幅收窄至19.6%,降幅比一季度收窄19.6个百分点。");
        assertEquals(List.of(-39.2, -19.6, 19.6), found.stream().map(Indicator::value).toList());
        assertEquals(List.of("change", "change", "change"), found.stream().map(Indicator::measure).toList());
        assertEquals(List.of("一季度地区生产总值", "地区生产总值", "地区生产总值降幅"), found.stream().map(Indicator::name).toList());
        Indicator recovered = secondOfTwo(review("新登记市场主体79.6万户,恢复到2016年的95.2%。"));
        assertEquals("新登记市场主体", recovered.name());
        assertEquals(2017, recovered.year(), "the year recovered to is what it is measured against");
    }

    @Test
    void aPartOfTheYearAloneIsNoName() {
        List<Indicator> found = review("一季度地区生产总值同比增长4.8%,上半年增长6.1%,前三季度增长6.5%。");
        assertEquals(List.of("一季度地区生产总值", "地区生产总值", "地区生产总值"), found.stream().map(Indicator::name).toList());
        assertEquals(List.of(4.8, 6.1, 6.5), found.stream().map(Indicator::value).toList());
    }

    @Test
    void aFiveYearPlansEndIsItsLastYearUnlessComparedWith() {
        List<Indicator> found = read("常住人口城镇化率达到78.8%,较“十二五”末提高7.3个百分点。",
                "到“十二五”末,接待游客突破500万人次。到十四五期末,森林覆盖率达到70%。", JANUARY_2018);
        assertEquals(List.of(2017, 2017, 2015, 2025), found.stream().map(Indicator::year).toList());
    }

    @Test
    void aListAfterASpanOfAsManyYearsTakesTheirYearsInTurn() {
        Meta fiveYears = new Meta(null, null, "province", 2008, "2003-2007", "2008-01-20", null, null, null);
        List<Integer> spelled = read("2003年至2007年,全省生产总值分别增长11.3%、12.7%、12.6%、13.3%和14.2%。", "", fiveYears)
                .stream().map(Indicator::year).toList();
        assertEquals(List.of(2003, 2004, 2005, 2006, 2007), spelled);
        List<Integer> reviewed = read("农民人均纯收入五年分别增加121元、289元、285元、199元和545元。", "", fiveYears)
                .stream().map(Indicator::year).toList();
        assertEquals(List.of(2003, 2004, 2005, 2006, 2007), reviewed, "五年 in the lead: the review's years");
        List<Indicator> two = read("2003年至2007年,城镇和农村居民收入分别增长12%和9%。", "", fiveYears);
        assertEquals(2, two.size(), () -> "indicators: " + two);
        assertEquals(two.get(0).year(), two.get(1).year(), "two figures are not five years': both have the sentence's year");
    }

    @Test
    void partsOfTheYearListedBeforeOneThingAreEachOfIt() {
        List<Indicator> found = review("一季度、上半年、前三季度和全年生产总值分别增长10.7%、12.3%、13.1%和13.9%。");
        assertEquals(List.of("一季度生产总值", "上半年生产总值", "前三季度生产总值", "全年生产总值"),
                found.stream().map(Indicator::name).toList());
        assertEquals(List.of("城镇", "农村"), review("城镇、农村分别增长8%和9%。").stream().map(Indicator::name).toList(),
                "items that are no parts of the year stay as they are");
        List<Indicator> sharingAWord = review("一季度、上半年、前三季度地区生产总值分别增长5.8%、5.6%和5.3%。");
        assertEquals(List.of("一季度地区生产总值", "上半年地区生产总值", "前三季度地区生产总值"),
                sharingAWord.stream().map(Indicator::name).toList(), "季度 ends the first item and is in the last: the thing is named once");
    }

    @Test
    void aLevelHeldThroughYearsBelongsToNoneOfThem() {
        List<Indicator> grain = review("粮食总产量达到94.6亿斤,连续9年稳定在90亿斤以上。");
        assertEquals(2017, grain.get(0).year(), "the year's harvest is the year's");
        assertNull(grain.get(1).year(), "held for nine years: of no one of them");
        assertEquals("level", grain.get(1).measure());
        assertNull(one(review("民生支出占一般公共预算支出的比重始终保持在80%以上。")).year(), "始终: held all along");
        assertEquals(2017, one(review("城镇登记失业率控制在4%以内。")).year(), "held, with no span: the year reviewed");
        Meta fiveYears = new Meta(null, null, "district", 2016, "2011-2015", "2016-01-16", null, null, null);
        List<Indicator> jobs = read("五年累计新增城镇就业2.9万人,城镇登记失业率控制在4.2%以内。", "", fiveYears);
        assertNull(jobs.get(1).year(), "held over the five years the sentence opens with");
        assertEquals(2015, one(read("2015年末城镇登记失业率控制在4.2%以内。", "", fiveYears)).year(),
                "a level held whose own clause names its year is that year's");
        assertEquals(2018, one(read("", "城镇登记失业率连续三年控制在4.5%以内。", JANUARY_2018)).year(),
                "a target is for the year planned, however long the level is to be held");
    }

    @Test
    void aSumInAReviewOfSeveralYearsBelongsToNoneOfThem() {
        Meta fiveYears = new Meta(null, null, "province", 2016, "2011-2015", "2016-01-16", null, null, null);
        assertNull(one(read("全省财政民生支出累计达到2.5万亿元。", "", fiveYears)).year(), "summed over the five years");
        assertNull(one(read("累计发放创业担保贷款28.7亿元。", "", fiveYears)).year());
        assertEquals(2017, one(review("累计发放创业担保贷款28.7亿元。")).year(), "in a review of one year, that year's");
        List<Indicator> firms = read("新增上市公司7家,累计达到42家。", "", fiveYears);
        assertEquals(2015, firms.get(1).year(), "the things counted so far are a stock at the review's end");
        assertEquals(2015, one(read("2015年,面对疫情冲击,全省上下众志成城。我们累计检测42.6万人次。", "", fiveYears)).year(),
                "a sum in a paragraph on one year is that year's");
    }

    @Test
    void aLevelReachedOverTheReviewedYearsStandsAtTheirEnd() {
        Meta fiveYears = new Meta(null, null, "district", 2016, "2011-2015", "2016-01-16", null, null, null);
        List<Indicator> found = read("“十二五”期间,高速公路总里程达到2520公里,五年累计新建农村公路860公里。", "", fiveYears);
        assertEquals(2015, found.get(0).year(), "a level stands at the end of the years looked back on");
        assertNull(found.get(1).year(), "what was done over them spans them");
        assertEquals(2015, one(read("全县地区生产总值增长8%。", "", fiveYears)).year(),
                "a review part that names no span is the reviewed years' last");
        List<Indicator> summed = read("五年累计完成固定资产投资3500亿元,贫困发生率下降到9.7%。", "", fiveYears);
        assertNull(summed.get(0).year(), "a sum over the five years has no single year");
        assertEquals(2015, summed.get(1).year(), "a level in the next clause is no part of the sum");
        List<Indicator> tourism = read("五年累计接待游客4.12亿人次,实现旅游总收入3958.6亿元,高速公路通车里程达到3113公里。", "", fiveYears);
        assertNull(tourism.get(1).year(), "an amount the next clause gives with no level reached is summed too");
        assertEquals(2015, tourism.get(2).year(), "a stock reached stands at the end");
        Indicator since = one(read("过去五年,PM2.5年均浓度较2010年下降37.4%。", "", fiveYears));
        assertEquals("since:2010", since.basis());
        assertEquals(2015, since.year(), "a change measured at the end against a year named is the end's");
        assertEquals(2015, one(read("过去的一年,生产总值增长10.1%。", "", fiveYears)).year(), "the past year is the last reviewed");
        List<Indicator> grew = read("县城建成区面积由11.2平方公里扩大到16.8平方公里。", "", fiveYears);
        assertEquals(List.of(2010, 2015), grew.stream().map(Indicator::year).toList(),
                "a value the years started from is the year's before the first");
        assertNull(review("森林覆盖率由48.3%提高到54.1%。").get(0).year(), "in a review of one year the text does not say");
        List<Indicator> afterSpan = read("过去五年,我们砥砺奋进。一般公共预算收入从5804亿元增加到8039亿元。", "", fiveYears);
        assertEquals(List.of(2010, 2015), afterSpan.stream().map(Indicator::year).toList(),
                "a paragraph on the years reviewed starts where they do");
    }

    @Test
    void aVerbOfWorkDoneInsideANameIsNoPartOfIt() {
        List<Indicator> found = review("石墨产业实现产值12.4亿元,非煤产业完成增加值62.5亿元。");
        assertEquals(List.of("石墨产业产值", "非煤产业增加值"), found.stream().map(Indicator::name).toList());
        assertEquals("计划完成投资", one(review("计划完成投资50亿元。")).name(), "a plan's amount is not what a doer did");
        assertEquals("农村公路完成改造", one(review("农村公路完成改造120公里。")).name(),
                "work done on a thing measured by its length: no sum the verb came to");
    }

    @Test
    void aTargetsCueEndingInGrowthMakesTheFigureAfterACopulaAChange() {
        List<Indicator> found = read("", "广义货币M2和社会融资规模余额预期增长均为12%左右。", JANUARY_2018);
        assertEquals(2, found.size(), () -> "indicators: " + found);
        assertTrue(found.stream().allMatch(i -> "change".equals(i.measure())), () -> "indicators: " + found);
        assertEquals("change", one(read("", "经济增长预期目标为5%左右。", JANUARY_2018)).measure());
    }

    @Test
    void aNumberAfter每IsWhatAPriceIsPerAndAYearBefore以来NamesNoFigure() {
        Indicator price = one(review("小麦最低收购价每50公斤提高到102元。"));
        assertEquals(102.0, price.value());
        List<Indicator> found = review("面对1961年有完整气象记录以来最严重的干旱,投入抗旱资金1.2亿元。");
        assertEquals(2017, one(found).year(), "the year a record began is no figure's");
    }

    @Test
    void aPercentageBeforeTheGrowthItIsIsAChange() {
        Indicator growth = one(review("全市地区生产总值实现12%的增长。"));
        assertEquals("change", growth.measure());
        assertEquals("地区生产总值", growth.name());
        assertEquals("change", one(review("全县生产总值保持了8.5%的增长速度。")).measure());
    }

    @Test
    void whatAStockGainedAndWorkDoneForPeopleAreCountedAndAYearsOutputIsALevel() {
        assertEquals("count", one(review("城区新增绿地面积120万平方米。")).measure(), "what a stock gained");
        assertEquals("count", one(review("城乡居民社会养老保险新增参保人数12.6万人。")).measure());
        assertEquals("count", one(review("实施大病专项救治,救治贫困患者1450人。")).measure());
        assertEquals("count", one(review("深化农村信用体系建设,评定信用户5.6万户。")).measure());
        Indicator pigs = one(review("全年出栏生猪320万头。"));
        assertEquals("level", pigs.measure(), "what a year put out is a level");
        Indicator tobacco = one(review("全年收购烟叶11.2万担。"));
        assertEquals(List.of("收购烟叶", "level", "担"), List.of(tobacco.name(), tobacco.measure(), tobacco.unit()), "what a year bought in");
        assertEquals("level", one(review("全县种植烤烟4.6万亩。")).measure(), "what a year planted");
    }

    @Test
    void theProblemSolvedForThePeopleCountedNamesTheFigureWithThem() {
        Indicator water = one(review("解决120万农村人口的饮水安全问题。"));
        assertEquals("农村人口饮水安全", water.name());
        assertEquals(1_200_000.0, water.value());
        assertEquals("count", water.measure());
        assertEquals("农牧民饮水困难", one(review("解决了8600名农牧民的饮水困难。")).name(), "困难 is part of what was solved");
    }

    @Test
    void aFigureRightBefore其中IsAFigureAndThePartAfterItIsMeasuredAsItsWhole() {
        List<Indicator> found = review("新签约项目176个,总投资1280亿元其中百亿元项目2个。");
        assertEquals(3, found.size(), () -> "indicators: " + found);
        assertEquals(1.28e11, found.get(1).value());
        assertTrue(found.get(1).name().endsWith("总投资"), () -> "indicators: " + found);
        assertEquals("count", found.get(2).measure(), "a part after 其中 is measured as the figure in its unit before");
        assertEquals("level", secondOfTwo(review("全省经营主体达到757万户,其中企业211万户。")).measure());
    }

    @Test
    void placesListedBeforeTheOneThingTheyAreOfEachNameIt() {
        List<Indicator> found = review("柳江区、柳城县、鹿寨县地区生产总值均突破百亿元。");
        assertEquals(List.of("柳江区地区生产总值", "柳城县地区生产总值", "鹿寨县地区生产总值"),
                found.stream().map(Indicator::name).toList());
        List<Indicator> income = review("城镇、农村居民人均可支配收入分别增长6%和8%。");
        assertEquals(List.of("城镇居民人均可支配收入", "农村居民人均可支配收入"), income.stream().map(Indicator::name).toList(),
                "城镇 is no place that 农村居民 is listed after");
        List<Indicator> regions = review("皖北地区、皖江城市带和大别山革命老区生产总值分别增长9%、8.8%和8.5%。");
        assertEquals(List.of("皖北地区生产总值", "皖江城市带生产总值", "大别山革命老区生产总值"),
                regions.stream().map(Indicator::name).toList(), "regions with no place's suffix, before a thing the catalogue knows");
    }

    @Test
    void urbanAndRuralNamedAtOnceAreTwoFiguresTheUrbanFirst() {
        List<Indicator> found = review("城乡低保标准分别提高到每人每月330元和每人每年1800元。");
        assertEquals(List.of("城市低保标准", "农村低保标准"), found.stream().map(Indicator::name).toList());
        List<Indicator> income = review("城乡常住居民人均可支配收入分别增长6.8%和8.9%。");
        assertEquals(List.of("城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"), income.stream().map(Indicator::name).toList());
    }

    @Test
    void theMoneyAfterACountIsTheThingsCounted() {
        List<Indicator> found = review("全年安排重点项目500个,年度计划投资1200亿元。");
        assertEquals("重点项目年度计划投资", secondOfTwo(found).name());
        assertEquals("市重点项目完成投资", secondOfTwo(review("全年实施市重点项目362个,完成投资1861亿元。")).name(),
                "completed investment keeps its verb: the thing measured is what was put in");
        assertEquals("完成投资", secondOfTwo(review("全市GDP增长5%,完成投资1861亿元。")).name(), "no count before it: no owner");
    }

    @Test
    void decimalsInChineseNumeralsShareTheUnitWrittenAfterTheLast() {
        List<Indicator> found = review("小学入学率达到百分之九十八点二,初中入学率达到百分之八十九点五,分别比上年提高零点六和三点一个百分点。");
        assertEquals(4, found.size(), () -> "indicators: " + found);
        assertEquals(List.of(0.6, 3.1), found.subList(2, 4).stream().map(Indicator::value).toList());
        assertEquals("pp", found.get(2).unit());
        assertEquals("初中入学率", found.get(3).name());
    }

    @Test
    void aClauseOfItsOwnSetsWhatTheSentencesChangesAreMeasuredAgainst() {
        List<Indicator> found = review("与2007年相比,单位地区生产总值能耗下降17.2%,化学需氧量、二氧化硫排放总量分别减少15.7%和17.5%。");
        assertEquals(3, found.size(), () -> "indicators: " + found);
        for (Indicator i : found) {
            assertEquals("since:2007", i.basis(), i.name());
            assertEquals("change", i.measure(), i.name());
        }
        assertEquals("能耗", found.get(0).name().substring(found.get(0).name().length() - 2));
        Indicator yoy = one(review("同上年相比,全区地区生产总值增长8.1%。"));
        assertEquals("yoy", yoy.basis());
        assertEquals(8.1, yoy.value());
        assertNull(one(review("与周边地区相比,全区地区生产总值增长8.1%。")).basis(), "only a year or the year before is a basis");
    }

    @Test
    void aCommaADamagedCopyTurnedIntoAQuestionMarkStillJoinsTheClauses() {
        Indicator growth = secondOfTwo(review("全县生产总值完成142.6亿元?增长11.8%。"));
        assertEquals("生产总值", growth.name());
        assertEquals("change", growth.measure());
        assertEquals(11.8, growth.value());
    }

    @Test
    void aWordAloneAfterDrivingIsNamedWithIt() {
        Indicator consumption = secondOfTwo(review("发放消费券2000万元,带动消费3.2亿元。"));
        assertEquals("带动消费", consumption.name());
        assertEquals(320000000, consumption.value());
        Indicator retail = one(review("带动社会消费品零售总额增长8%。"));
        assertEquals("社会消费品零售总额", retail.name(), "a longer name after 带动 is what is measured alone");
        Indicator invested = secondOfTwo(review("全年实施亿元以上重大产业项目86个，完成投资312亿元。"));
        assertEquals("亿元以上重大产业项目完成投资", invested.name(), "the investment done (完成投资, as statistics name it) by the projects");
        assertEquals("固定资产投资", one(review("完成固定资产投资312亿元。")).name());
    }

    @Test
    void aNameALetterSpacedLineLeftInWordsIsOneWord() {
        Indicator gdp = one(review("全县实现地区 生产 总值130.6亿元。"));
        assertEquals("地区生产总值", gdp.name());
        assertEquals("gdp", gdp.metric());
    }

    @Test
    void howLongAndWhatItIsComparedWithAreNotNames() {
        Indicator grain = secondOfTwo(review("粮食总产量达到1350万吨,连续5年稳定在1300万吨以上。"));
        assertEquals("粮食总产量", grain.name());
        assertEquals("over", grain.approx());
        List<Indicator> times = review("全县地区生产总值达到300.5亿元,是2013年的1.5倍,年均增长8.3%。");
        assertEquals(List.of("地区生产总值", "地区生产总值"), times.stream().map(Indicator::name).toList(),
                "a ratio to another year is no figure, and names nothing");
        assertEquals(2017, times.get(0).year(), "2013 is the year compared with");
    }

    @Test
    void aGrowthInMultiplesIsAPercentage() {
        Indicator grew = secondOfTwo(review("旅游总收入216.7亿元,比2005年增长1.4倍。"));
        assertEquals(140, grew.value(), 1e-9);
        assertEquals("%", grew.unit());
        assertEquals("change", grew.measure());
        assertEquals("since:2005", grew.basis());
        assertEquals(1, review("固定资产投资5.4万亿元,是“十一五”时期的2.1倍。").size(), "a ratio is no growth");
    }

    @Test
    void aCountFromWhichSomethingGrewIsNamedBeforeIt() {
        for (String sentence : List.of("规模工业企业由78家发展到186家。", "省级行政审批事项由1189项精简到403项。")) {
            List<Indicator> found = review(sentence);
            assertEquals(2, found.size(), () -> sentence + ": " + found);
            assertEquals(found.get(0).name(), found.get(1).name(), sentence);
            assertEquals("level", found.get(1).measure(), sentence);
        }
    }

    @Test
    void aMilestoneCrossedIsTheFigureBeforesOver() {
        List<Indicator> found = review("全市地区生产总值增加到1.37万亿元,跨越了万亿元大关,年均增长6.1%。");
        assertEquals(List.of("地区生产总值", "地区生产总值", "地区生产总值"), found.stream().map(Indicator::name).toList());
        assertEquals("over", found.get(1).approx());
        assertEquals("annual_avg", found.get(2).basis());
    }

    @Test
    void aFigureCrossedOrInAnotherCurrencyIsTheFigureBefores() {
        List<Indicator> crossed = review("地区生产总值达到1052.6亿元，跨过千亿元大关。");
        assertEquals("地区生产总值", crossed.get(1).name());
        assertEquals("over", crossed.get(1).approx());
        List<Indicator> dollars = review("人均生产总值突破2.3万元，按现行汇率计算超过2900美元。");
        assertEquals("人均生产总值", dollars.get(1).name());
        assertEquals("美元", dollars.get(1).unit());
        List<Indicator> energy = review("单位生产总值能耗下降5.3%，前四年累计下降17.1%。");
        assertEquals("单位生产总值能耗", energy.get(1).name(), "the first years of a plan are a span, no name");
    }

    @Test
    void theItemsOfALabelBeforeAColonNameItsFiguresInTurn() {
        List<Indicator> incomes = review("城镇、农村常住居民人均可支配收入：分别增长6%和7.5%；");
        assertEquals(List.of("城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"), incomes.stream().map(Indicator::name).toList());
        assertEquals(7.5, incomes.get(1).value());
    }

    @Test
    void aLabelBeforeAColonNamesTheFiguresOfItsLine() {
        List<Indicator> found = review("地区生产总值：5006.7亿元，增长2.2%\n固定资产投资：增长5.2%\n");
        assertEquals(List.of("地区生产总值", "地区生产总值", "固定资产投资"), found.stream().map(Indicator::name).toList());
        assertTrue(found.get(0).evidence().text().startsWith("地区生产总值"), () -> found.get(0).evidence().text());
        assertTrue(review("主要预期目标是：增长7%。").isEmpty(), "a label that says something of the figures names none");
    }

    @Test
    void aHigherAimForAGrowthIsAGrowthAndATargetSetIsWhatItSets() {
        List<Indicator> aims = review("地区生产总值增长6%左右,力争实现7%。");
        assertEquals("change", aims.get(1).measure(), "力争实现7% aims higher for the same growth");
        assertEquals("level", secondOfTwo(review("城镇化率提高1.2个百分点,力争达到65%。")).measure(), "a rate reached is a level");
        assertEquals("change", one(review("把地区生产总值增长目标定在7%左右。")).measure());
        List<Indicator> both = review("货币供应量M2和社会融资规模余额的预期增速都定在12%左右。");
        assertEquals(List.of("change", "change"), both.stream().map(Indicator::measure).toList());
    }

    @Test
    void aChangeSinceAYearsEndIsSinceThatYear() {
        List<Indicator> found = review("存款余额1.9万亿元,贷款余额1.5万亿元,分别比2010年末增长98.7%和1.1倍。");
        assertEquals(List.of("存款余额", "贷款余额", "存款余额", "贷款余额"), found.stream().map(Indicator::name).toList());
        assertEquals("since:2010", found.get(2).basis());
        assertEquals("since:2010", found.get(3).basis());
        assertEquals("yoy", secondOfTwo(review("存款余额1.9万亿元,比上年末增长9.7%。")).basis());
        Indicator sincePlan = secondOfTwo(review("常住人口城镇化率达到61.3%,较“十二五”末提高11.5个百分点。"));
        assertEquals("常住人口城镇化率", sincePlan.name());
        assertEquals("since:2015", sincePlan.basis(), "a five-year plan's end is its last year");
    }

    @Test
    void aChangeVerbWithLeOrASizeWordIsStillAChange() {
        Indicator fell = one(review("一般公共预算收入比上年下降了2.1%。"));
        assertEquals("一般公共预算收入", fell.name());
        assertEquals(-2.1, fell.value());
        assertEquals("change", fell.measure());
        for (String sentence : List.of("进出口总额增长达12%。", "进出口总额增长为12%。", "进出口总额增长了12%。")) {
            Indicator grew = one(review(sentence));
            assertEquals("进出口总额", grew.name(), sentence);
            assertEquals("change", grew.measure(), sentence);
        }
        assertEquals("level", one(review("进出口总额增长到120亿元。")).measure(), "grew to: the level reached");
    }

    @Test
    void figuresInBracketsAndTheOnesAfterThemKeepTheirName() {
        List<Indicator> found = review("地方一般公共预算收入1.33万亿元(同口径增长2.9%),税收收入增长5%。");
        assertEquals(List.of("地方一般公共预算收入", "地方一般公共预算收入", "税收收入"), found.stream().map(Indicator::name).toList());
        assertEquals("change", found.get(1).measure());
        List<Indicator> grain = review("全年粮食总产量710.5亿斤(3552.6万吨),增长0.9%。");
        assertEquals("粮食总产量", grain.get(grain.size() - 1).name());
        assertEquals(0.9, grain.get(grain.size() - 1).value());
    }

    @Test
    void aShareOrATargetAfterAFigureIsThatFiguresAndTheItemsOfACountAreCounts() {
        List<Indicator> research = review("研发经费投入增长8.1%,占地区生产总值比重达2.64%。");
        assertEquals("研发经费投入", research.get(1).name());
        assertEquals("share", research.get(1).measure());
        Indicator target = read("", "地区生产总值增长7.5%左右,力争8%。", JANUARY_2018).get(1);
        assertEquals("地区生产总值", target.name());
        assertEquals("change", target.measure());
        List<Indicator> schools = review("新建幼儿园5所、小学3所、中学2所。");
        assertTrue(schools.stream().allMatch(i -> "count".equals(i.measure())), schools::toString);
        assertEquals("level", review("城镇调查失业率回落至5.0%。").get(0).measure());
        assertEquals("城镇调查失业率", review("城镇调查失业率回落至5.0%。").get(0).name());
        Indicator twoYears = review("地区生产总值增长9.5%,两年平均增长6.8%。").get(1);
        assertEquals("地区生产总值", twoYears.name());
        assertEquals("annual_avg", twoYears.basis());
    }

    @Test
    void aListOfOrdinalsNamesEachIndustry() {
        assertEquals(List.of("第一产业增加值", "第二产业增加值", "第三产业增加值"),
                review("第一、二、三产业增加值分别增长5.2%、3.8%和3.4%。").stream().map(Indicator::name).toList());
        assertEquals(List.of("第一产业", "第二产业"), review("第一、第二产业分别增长3%和4%。").stream().map(Indicator::name).toList());
        assertEquals("level", one(review("规上工业企业亏损面收窄至8.3%。")).measure(), "亏损面 is a rate");
    }

    @Test
    void anAdverbOrTheWordTotalOpeningAClauseIsNoName() {
        List<Indicator> revenue = review("一般公共预算收入完成1003.4亿元,首次突破千亿元大关,增长11.3%。");
        assertTrue(revenue.stream().allMatch(i -> "一般公共预算收入".equals(i.name())), revenue::toString);
        List<Indicator> gdp = review("全市地区生产总值增长5.3%,总量达到4976.6亿元。");
        assertEquals("地区生产总值", gdp.get(1).name());
        Indicator prices = one(read("", "居民消费价格涨幅2%左右。", JANUARY_2018));
        assertEquals("change", prices.measure(), "the size of a rise");
        Indicator unemployment = one(review("城镇调查失业率平均为5.1%。"));
        assertEquals("城镇调查失业率", unemployment.name());
        assertEquals("level", unemployment.measure());
        assertEquals("岁", one(review("人均预期寿命达到78.9岁。")).unit());
    }

    @Test
    void fromAYearsLevelToAnother() {
        List<Indicator> rate = review("城镇化率由2012年的35%提高到2016年的42%。");
        assertEquals(2, rate.size(), () -> "indicators: " + rate);
        assertTrue(rate.stream().allMatch(i -> "城镇化率".equals(i.name()) && "level".equals(i.measure())), rate::toString);
        assertEquals(2012, rate.get(0).year());
        assertEquals(2016, rate.get(1).year());
        List<Indicator> days = review("优良天数由2016年的212天增加至290天。");
        assertEquals(2, days.size(), () -> "indicators: " + days);
        assertEquals("优良天数", days.get(0).name());
        assertEquals(2016, days.get(0).year());
        assertEquals(2017, days.get(1).year(), "the year the change started is not the new level's");
    }

    @Test
    void sharesAndCounts() {
        Indicator share = one(read("", "服务业增加值占地区生产总值比重达到50%。", JANUARY_2018));
        assertEquals("share", share.measure());
        assertEquals("服务业增加值", share.name());
        List<Indicator> named = review("煤炭先进产能占比由2017年的36%提高到80%,税收收入156.3亿元,占比68.9%。");
        assertEquals(List.of("煤炭先进产能占比", "煤炭先进产能占比", "税收收入", "税收收入"), named.stream().map(Indicator::name).toList(),
                "a share named by its own 占比 keeps it; 占比 alone is the share of the figure before");
        assertEquals(List.of("share", "share", "level", "share"), named.stream().map(Indicator::measure).toList());
        List<Indicator> counts = review("完成108个村煤改气、42个村煤改电工程,累计拆除违法建设2800万平方米。");
        assertEquals(List.of("count", "count", "count"), counts.stream().map(Indicator::measure).toList());
        assertEquals(28_000_000, counts.get(2).value());
        assertTrue(counts.get(0).name().contains("村煤改气"));
        assertEquals("level", one(review("补贴市场主体房屋租金3600余万元。")).measure(), "money is a level");
        assertEquals("count", one(review("国务院部门取消和调整行政审批项目789项。")).measure(), "取消 is a verb of things done");
        assertEquals("level", one(review("外出务工人员稳定在62万人左右。")).measure(), "where a stock is held");
        Indicator upgraded = one(review("完成农房改造提升1850户。"));
        assertEquals("农房改造提升", upgraded.name());
        assertEquals("count", upgraded.measure(), "提升 after 改造 is work done, no change");
        Indicator greened = one(review("全年完成国土绿化提升12.6万亩。"));
        assertEquals("国土绿化提升", greened.name());
        assertEquals("count", greened.measure(), "提升 after 完成 ends the work's name");
        assertEquals("change", one(review("完成改造后,产能提升20万吨。")).measure(), "not past the clause 完成 opens");
        Indicator villages = one(review("实现80%以上的村通公交。"));
        assertEquals("share", villages.measure());
        assertEquals("over", villages.approx());
        assertTrue(villages.name().startsWith("村"), villages.name());
        Indicator sugar = one(review("产糖量约占全国的六成。"));
        assertEquals("产糖量", sugar.name(), "the approximation before 占 is no part of the name");
        assertEquals("about", sugar.approx());
        assertEquals("share", sugar.measure());
    }

    @Test
    void aStockAfterWhatWasAddedIsNamedAsTheStock() {
        Indicator total = secondOfTwo(review("新增市场主体5216户,总量达到4.8万户。"));
        assertEquals("市场主体总量", total.name());
        assertEquals("level", total.measure());
        assertEquals(48_000, total.value());
        assertEquals("地区生产总值", secondOfTwo(review("全市地区生产总值增长5.3%,总量达到4976.6亿元。")).name(),
                "after a figure that is no count, the total is that figure's");
    }

    @Test
    void aStockReducedIsAFallAndNewRegistrationsAreCounted() {
        Indicator poor = one(review("现行标准下减少农村贫困人口33.9万人。"));
        assertEquals("农村贫困人口", poor.name());
        assertEquals("change", poor.measure());
        assertEquals(-339_000, poor.value());
        assertEquals("count", one(review("减少用地审批环节12个。")).measure(), "no stock: what was cut is counted");
        assertEquals("count", one(review("新登记市场主体31.6万户。")).measure());
        assertEquals("count", one(review("西部陆海新通道海铁联运班列开行2243列。")).measure());
    }

    @Test
    void anAmountBoundingAClassOfThingsCountedIsNoFigure() {
        Indicator projects = one(review("全年实施5000万元以上重点项目60个。"));
        assertEquals(60, projects.value());
        assertEquals("count", projects.measure());
        assertTrue(projects.name().contains("重点项目"), projects.name());
        assertEquals(6, one(review("产值超百亿元企业达到6户。")).value());
        assertEquals(List.of(500_000_000d, 3d), review("投资5亿元建设项目3个。").stream().map(Indicator::value).toList(),
                "a verb after the amount makes it what was spent");
        assertEquals(List.of(), review("规模以上工业企业指年主营业务收入2000万元及以上的工业法人单位。"));
    }

    @Test
    void partsOfATextNamesInQuotesAndRankingsAreNoFigures() {
        assertEquals(List.of(), review("认真组织实施《民族民间文化保护条例》,条例共六章四十二条。"));
        assertEquals(List.of(), review("认真落实《农民负担监督管理条例》,条例共三十二条。"));
        assertEquals(List.of(), review("出台《江宁区优化营商环境20条》。"));
        assertEquals(List.of(), review("出台支持高新技术企业创新发展政策“延十条”。"));
        assertEquals(List.of(), review("深入落实“淄博人才金政37条”。"), "a number closing a longer quoted name");
        assertEquals(List.of(), review("深入开展\"营商环境提升年\"活动,推出\"汕头营商环境30条\"。"), "in a copy's ASCII quotes too");
        assertEquals(List.of(), review("紧紧依靠全县130万人民,开拓进取。"), "人民 is the people, no count of 人");
        Indicator within = one(review("公交站点500米覆盖率达到98.6%。"));
        assertEquals("公交站点500米覆盖率", within.name(), "a distance a rate is measured within is part of its name");
        assertEquals(2, review("完成造林绿化2.3万亩森林覆盖率稳定在82.6%。").size(), "an area before a rate is a figure");
        Indicator density = one(review("高速公路密度达到5.1公里/百平方公里。"));
        assertEquals("公里/百平方公里", density.unit(), "a road network's density is one unit");
        assertEquals(List.of(), review("百万吨级CCUS示范项目建成投运。"), "a size class (百万吨级) is no figure");
        assertEquals(List.of(), review("河长制考核连续两年位列全省前3名。"), "a place in a ranking");
        assertEquals(1, review("能耗下降4.6%,超额完成苏州市下达目标1.1个百分点。").size(), "a gap to a target set from above");
        assertEquals(1, review("进出口总额增长42.5%,高出全省平均增速14.5个百分点。").size(), "a gap to an average elsewhere");
        assertEquals(List.of(), review("营商环境评价较上年提升3个位次。"));
    }

    @Test
    void obtainingInAReviewIsWhatWasObtainedAndATargetInAPlan() {
        List<Indicator> got = review("全年争取上级各类项目资金三千二百万元,建成重点项目十二个。");
        assertEquals(List.of("actual", "actual"), got.stream().map(Indicator::kind).toList());
        assertEquals(List.of(32_000_000d, 12d), got.stream().map(Indicator::value).toList());
        assertEquals("target", one(read("", "争取新增高新技术企业100家。", JANUARY_2018)).kind());
    }

    @Test
    void runningTotalsAndTotalsAfterWhatWasAddedAreLevels() {
        List<Indicator> brands = review("新增中国名牌产品5项、中国驰名商标7件,累计分别达到18项和26件。");
        assertEquals(List.of("count", "count", "level", "level"), brands.stream().map(Indicator::measure).toList());
        assertEquals("level", one(review("累计入驻企业达到426家。")).measure());
        Indicator total = secondOfTwo(review("新增规模以上工业企业46户,总数达到312户。"));
        assertEquals("规模以上工业企业总数", total.name());
        assertEquals("level", total.measure());
        assertEquals("level", one(review("上市公司总数达到14家。")).measure());
        Indicator added = secondOfTwo(review("规模以上工业企业达到六十八家,当年新增十二家。"));
        assertEquals("规模以上工业企业", added.name(), "what was added is what was named before");
        assertEquals("count", added.measure());
    }

    @Test
    void aFigureAfterATimeWordTakesTheNameBeforeIt() {
        Indicator gdp = secondOfTwo(read("", "生产总值年均增长14%以上,到2015年达到720亿元。", JANUARY_2018));
        assertEquals("生产总值", gdp.name());
        assertEquals(2015, gdp.year());
        List<Indicator> incomes = review("城镇居民人均可支配收入达到13125元,农民人均纯收入达到3390元,“十一五”期间分别年均增长10.8%和12.4%。");
        assertEquals(List.of("城镇居民人均可支配收入", "农民人均纯收入"), incomes.subList(2, 4).stream().map(Indicator::name).toList());
        assertEquals("三烧”行为", one(review("“三烧”行为同比减少64%。")).name().substring(1),
                "quotes around a name that is no scope word stay");
    }

    @Test
    void whatWasDoneCountsAfterAVerbCutOffTheName() {
        assertEquals("count", one(review("完成农村改厕4200户。")).measure());
        assertEquals("count", one(review("全年新修农村公路2860公里。")).measure());
        assertEquals("count", one(review("新设经营主体52.6万户。")).measure());
        assertEquals("level", one(review("万人发明专利拥有量达到48.6件。")).measure());
        Indicator timber = one(review("全年调减木材产量40万立方米。"));
        assertEquals("change", timber.measure());
        assertEquals(-400_000, timber.value());
    }

    @Test
    void aProportionOfAWholeIsAShare() {
        Indicator rd = one(read("", "全社会研发经费支出相当于地区生产总值的比例提高到2.8%。", JANUARY_2018));
        assertEquals("share", rd.measure());
        assertEquals("全社会研发经费支出", rd.name());
        Indicator sales = secondOfTwo(review("汉服产业销售额突破80亿元,约占全国线上汉服销售额的40%。"));
        assertEquals("share", sales.measure());
        assertEquals("about", sales.approx());
        assertEquals("汉服产业销售额", sales.name());
    }

    @Test
    void denseWordingOfRecentReports() {
        Indicator pension = secondOfTwo(review("城乡居民基础养老金提高30元,达到每人每月550元。"));
        assertEquals("城乡居民基础养老金", pension.name(), "每人每月 says per whom, not what");
        Indicator limit = one(review("承诺审批时限压缩40%以上。"));
        assertEquals(-40, limit.value());
        assertEquals("change", limit.measure());
        assertEquals(1000, secondOfTwo(review("新增高新技术企业215家,总数突破千家。")).value());
        assertEquals(70, one(review("生活垃圾分类覆盖约七成行政村。")).value());
        assertEquals("level", one(review("群众安全感达到98.6%。")).measure());
        assertEquals("level", one(review("每千常住人口执业(助理)医师数达到2.9人。")).measure());
        assertEquals("count", one(review("创成省级未来社区12个。")).measure());
        List<Indicator> poverty = review("贫困发生率由上年的2.1%降至0.46%。");
        assertEquals(List.of("贫困发生率", "贫困发生率"), poverty.stream().map(Indicator::name).toList());
        assertEquals(List.of("level", "level"), poverty.stream().map(Indicator::measure).toList());
        assertEquals(2, review("完成1.54万亩平原造林和3000亩彩色树种造林任务。").size(), "two amounts, each with its noun");
        assertEquals(List.of(12_000d), review("完成新一轮百万亩造林绿化任务1.2万亩。").stream().map(Indicator::value).toList(),
                "百万亩 names the programme");
    }

    @Test
    void whereAChangeStartedTakesItsOwnYear() {
        List<Indicator> rate = review("贫困发生率由2015年底的27.4%下降到2016年底的1.6%。");
        assertEquals(List.of("贫困发生率", "贫困发生率"), rate.stream().map(Indicator::name).toList());
        assertEquals(List.of(2015, 2016), rate.stream().map(Indicator::year).toList());
        assertEquals(List.of("level", "level"), rate.stream().map(Indicator::measure).toList());
        List<Indicator> lastYear = review("贫困发生率由上年的2.1%降至0.46%。");
        assertEquals(List.of(2016, 2017), lastYear.stream().map(Indicator::year).toList(), "上年 is the year before the review's");
    }

    @Test
    void anAmountWithItsBoundBeforeANounIsAClass() {
        assertEquals(List.of(6_900_000d), review("为海拔4500米以上地区群众发放取暖补贴690万元。").stream().map(Indicator::value).toList());
        assertEquals(List.of(), review("为60岁以上老年人免费体检。"));
        assertEquals(List.of(60d), review("完成60个以上基层文化室修缮。").stream().map(Indicator::value).toList());
        assertEquals("count", one(review("新植咖啡2.3万亩。")).measure());
        assertEquals("羊单位", one(review("天然草原实际载畜量126.8万羊单位。")).unit());
    }

    @Test
    void theFormalWordingOfProvincialReports() {
        assertEquals("进出口总额", secondOfTwo(review("进出口总额2704.3亿元,逆势增长10.4%。")).name());
        Indicator income = one(read("", "城乡居民收入年均增长均在12%以上。", JANUARY_2018));
        assertEquals("城乡居民收入", income.name());
        assertEquals("annual_avg", income.basis());
        assertEquals("剂次", one(review("全年接种新冠病毒疫苗2.15亿剂次。")).unit());
        assertEquals("count", one(review("农村牧区贫困人口累计脱贫80.2万人。")).measure());
        assertEquals("count", one(review("解决农村饮水不安全人口10万人。")).measure());
        assertEquals("count", one(review("维修加固城乡住房27万户。")).measure());
        List<Indicator> turned = review("规模以上工业企业利润由上年下降2.3%转为增长8.5%。");
        assertEquals(List.of("规模以上工业企业利润", "规模以上工业企业利润"), turned.stream().map(Indicator::name).toList());
        assertEquals(List.of(2016, 2017), turned.stream().map(Indicator::year).toList(), "the fall it turned from is the year before's");
    }

    @Test
    void aLevelInAReviewOfSeveralYearsIsTheLastYears() {
        String text = "过去五年工作回顾\n常住人口城镇化率达到63.9%,地区生产总值年均增长6.2%。\n2023年工作任务\n";
        List<Section> sections = List.of(
                new Section("s1", 1, null, "过去五年工作回顾", "review", 0, text.indexOf("2023年工作任务"), List.of()),
                new Section("s2", 1, null, "2023年工作任务", "plan", text.indexOf("2023年工作任务"), text.length(), List.of()));
        Meta meta = new Meta(null, null, "province", 2023, "2018-2022", "2023-01-12", null, null, null);
        List<Indicator> found = READER.read(text, sections, meta, new ArrayList<>());
        assertEquals(2022, found.get(0).year(), "a level reached stands at the review's end");
        assertNull(found.get(1).year(), "an average over the years spans them");
    }

    @Test
    void itemsSharingTheLastItemsHeadNounTakeIt() {
        List<Indicator> found = review("城镇常住居民和农村牧区常住居民人均可支配收入分别达到61520元和28950元。");
        assertEquals(List.of("城镇常住居民人均可支配收入", "农村牧区常住居民人均可支配收入"),
                found.stream().map(Indicator::name).toList());
        assertEquals(List.of("一般公共预算收入", "税收收入"),
                review("一般公共预算收入和税收收入分别增长3%和4%。").stream().map(Indicator::name).toList(),
                "nothing follows the shared word (收入) in the last item: each item is whole");
    }

    @Test
    void aGapToTheWholeIsAChangeOfTheFigureBefore() {
        Indicator faster = secondOfTwo(review("农村居民人均可支配收入增长10.1%,增速高于全省平均水平0.8个百分点。"));
        assertEquals("农村居民人均可支配收入增速", faster.name());
        assertEquals(0.8, faster.value());
        assertEquals("pp", faster.unit());
        assertEquals("change", faster.measure());
        Indicator lower = secondOfTwo(review("城镇调查失业率5.2%,比全国平均水平低0.4个百分点。"));
        assertEquals(-0.4, lower.value(), "比…低: below the whole, negative");
        Indicator named = one(review("城镇化水平低于全省平均水平近10个百分点。"));
        assertEquals("城镇化水平", named.name());
        assertEquals(-10, named.value());
        assertEquals("under", named.approx());
        assertEquals(List.of(), review("超额完成省下达目标1.1个百分点。"), "a target set elsewhere is no whole's figure");
        Indicator about = secondOfTwo(review("森林覆盖率达到79.8%,比全省高出约25个百分点。"));
        assertEquals("森林覆盖率", about.name());
        assertEquals("about", about.approx());
        assertEquals("研发经费投入强度", secondOfTwo(review("研发经费投入强度达到2.86%,但仍低于全市平均水平0.7个百分点。")).name(),
                "但仍 names nothing");
        assertEquals(List.of(8.0), review("居民收入增长8%,高于经济增长1个百分点。").stream().map(Indicator::value).toList(),
                "a gap to another figure of the place is none");
        Indicator bound = one(review("城镇登记失业率低于4.5%。"));
        assertEquals(4.5, bound.value(), "a percentage after 低于 is a bound, not a gap");
        assertEquals(0.5, secondOfTwo(review("城镇化率达到60%,比上年提高0.5个百分点。")).value(), "a change on last year stays");
        List<Indicator> both = review("地区生产总值增速6.9%，高于全国、全省平均水平0.8个和0.7个百分点。");
        assertEquals(List.of(6.9, 0.8, 0.7), both.stream().map(Indicator::value).toList(), () -> "indicators: " + both);
        assertEquals(List.of("%", "pp", "pp"), both.stream().map(Indicator::unit).toList());
        assertEquals("地区生产总值增速", both.get(2).name(), "each whole listed takes its gap in turn");
        List<Indicator> average = review("地区生产总值年均增速9.1%，高于全国、全省平均水平1.8个和1.3个百分点。");
        assertEquals(Arrays.asList(null, null, null), average.stream().map(Indicator::year).toList(), () -> "indicators: " + average);
        assertEquals("annual_avg", average.get(2).basis(), "a gap right after an average over years is one too");
    }

    @Test
    void tenThousandsWithoutAUnitCountPeopleWhereTheClauseNamesThem() {
        Indicator fell = one(review("农村贫困人口减少1386万。"));
        assertEquals("人", fell.unit());
        assertEquals(-13_860_000, fell.value(), 1);
        Indicator left = one(review("剩余3.8万贫困人口全部脱贫。"));
        assertEquals(38_000, left.value(), 1);
        assertTrue(left.name().contains("贫困人口"), left.name());
        assertEquals(1_160_000, one(review("全年实现116万建档立卡贫困人口脱贫。")).value(), 1);
        assertEquals(List.of(), review("全年签约项目投资额达1.2万。"), "no people named: no unit, no figure");
    }

    @Test
    void aGapToABaselineWrittenHighOrLowIsAChangeOfTheFigureBefore() {
        Indicator gap = secondOfTwo(review("赤字率拟按2.8%安排,比去年预算高0.2个百分点。"));
        assertEquals("赤字率", gap.name());
        assertEquals("change", gap.measure());
        assertEquals(-0.3, secondOfTwo(review("城镇登记失业率3.5%,比上年低0.3个百分点。")).value(), 1e-9);
    }

    @Test
    void thingsCountedInAPartOfWhatWasDoneAreCounts() {
        List<Indicator> found = review("全年实施重点项目126个,完成投资142.6亿元,其中亿元以上项目58个。");
        assertEquals(List.of("count", "level", "count"), found.stream().map(Indicator::measure).toList());
        assertEquals("count", secondOfTwo(review("全年新引进项目投资总额超4800亿元,其中百亿元以上项目11个。")).measure(),
                "past a threshold opening the clause");
        assertEquals("level", one(review("全市高新技术企业达到2000家。")).measure(), "nothing done: a stock");
    }

    @Test
    void whatAFigureMeasuresDecidesLevelOrCount() {
        assertEquals("level", one(review("设区市PM2.5平均浓度27微克/立方米。")).measure(), "a concentration");
        assertEquals("count", one(review("新改建农村公路186公里。")).measure(), "roads built");
        assertEquals("count", one(review("易地扶贫搬迁280万人。")).measure(), "people moved");
        assertEquals("count", one(review("新增高速公路通车里程500公里。")).measure(), "新增 counts what was added");
        assertEquals("level", one(review("快递业务量61.2亿件。")).measure(), "a volume");
        Indicator herd = one(review("牧业年度牲畜存栏1450万头只。"));
        assertEquals("头只", herd.unit());
        assertEquals("level", herd.measure(), "a herd is a stock");
        assertEquals("列", one(review("海铁联运班列开行2243列。")).unit());
        Indicator ratio = one(review("地级及以上城市优良天数比例提高到79.3%。"));
        assertEquals("level", ratio.measure(), "a 比例 with nothing it is a part of is a rate");
        assertTrue(ratio.name().endsWith("优良天数比例"), ratio.name());
        assertEquals("share", one(review("绿色建筑占新建建筑比例达到90%。")).measure(), "占…比例 is a share");
    }

    @Test
    void kindFollowsCuesAndTheSection() {
        assertEquals("estimate", one(review("全区居民人均可支配收入预计完成41754元。")).kind());
        List<Indicator> plan = read("", "2018年主要预期目标是:地区生产总值增长6.5%;城镇登记失业率控制在3.5%以内。", JANUARY_2018);
        assertEquals(2, plan.size());
        assertTrue(plan.stream().allMatch(i -> "target".equals(i.kind()) && i.year() == 2018));
        assertEquals("actual", one(review("地区生产总值增长6.6%。")).kind());
    }

    @Test
    void yearsFollowTheReportsCalendar() {
        Meta december = new Meta(null, null, "district", 2023, "2022", "2022-12-21", null, null, null);
        assertEquals(2022, one(read("今年,全区地区生产总值预计完成213亿元。", "", december)).year());
        assertEquals(2023, one(read("", "提出明年的主要预期目标是:地区生产总值增长6%。", december)).year());
        Meta fiveYears = new Meta(null, null, "district", 2022, "2017-2021", "2021-12-15", null, null, null);
        assertNull(one(read("全区地区生产总值年均增长6.6%。", "", fiveYears)).year(), "a five-year review spans years");
        assertEquals(2019, one(read("2019年,全区新增就业1.9万人。", "", fiveYears)).year(), "an explicit year wins");
        List<Indicator> past = read("刚刚过去的2021年,是极不平凡的一年。全区地区生产总值完成213亿元,增长6%。", "", fiveYears);
        assertEquals(List.of(2021, 2021), past.stream().map(Indicator::year).toList(), "the year the paragraph opens with");
        assertNull(one(review("“十三五”期间,全市地区生产总值年均增长7.5%。")).year(), "a sentence about five years has no year");
        List<Section> fiveYearPlan = List.of(new Section("s1", 1, "二", "今后五年的工作目标", "plan", 0, 40, List.of()));
        assertNull(one(READER.read("城镇调查失业率控制在5%以内。", fiveYearPlan, JANUARY_2018, new ArrayList<>())).year(),
                "targets under a five-year heading have no year");
        List<Indicator> toYear = read("", "今后五年的主要目标是:到2022年,全市地区生产总值达到1.2万亿元。城镇化率达到85%。", JANUARY_2018);
        assertEquals(List.of(2022, 2022), toYear.stream().map(Indicator::year).toList(),
                "the year after the colon is the one the paragraph's targets are set for");
        List<Indicator> items = read("", "今后五年,是关键阶段。主要目标是:到2022年,全县地区生产总值达到320亿元;"
                + "全社会固定资产投资五年累计完成1500亿元;常住人口城镇化率达到55%;森林覆盖率提高到30%。", JANUARY_2018);
        assertEquals(Arrays.asList(2022, null, 2022, 2022), items.stream().map(Indicator::year).toList(),
                "a span scopes its own item of the list, not the items after it");
        List<Indicator> goals = read("", "今后五年的主要目标是:到2022年,全县地区生产总值达到320亿元;"
                + "2020年实现贫困人口全部脱贫,贫困村全部退出;城镇化率达到45%;森林覆盖率达到16%。", JANUARY_2018);
        assertEquals(List.of(2022, 2022, 2022), goals.stream().map(Indicator::year).toList(),
                "so does the year of an item with no figure");
        List<Indicator> priced = read("", "到2022年全市生产总值达到4500亿元(按2015年价格计算),人均生产总值达到7500元。", JANUARY_2018);
        assertEquals(List.of(2022, 2022), priced.stream().map(Indicator::year).toList(), "a year in brackets was that figure's note");
        List<Indicator> aim = read("", "粮食总产量稳定在九十六万吨以上,力争一百万吨。", JANUARY_2018);
        assertEquals(List.of("粮食总产量", "粮食总产量"), aim.stream().map(Indicator::name).toList(), "a higher aim for the figure before");
        assertEquals(1_000_000, aim.get(1).value());
        Indicator dollars = secondOfTwo(review("人均地区生产总值超过19.7万元,约合2.75万美元。"));
        assertEquals("about", dollars.approx());
        assertEquals("人均地区生产总值", dollars.name());
    }

    @Test
    void footnotesDatesAndWordsWithNumeralsAreNotFigures() {
        assertEquals(1.3, one(read("", "一般公共预算收入增长1.3%[2]。", JANUARY_2018)).value());
        assertTrue(review("2018年1月16日在区第五届人民代表大会第四次会议上。认真落实区委五届五次全会精神。").isEmpty());
    }

    @Test
    void whatWasDoneToTheThingsJustCountedIsNamedByThem() {
        Indicator built = secondOfTwo(review("全年开工棚户区改造2.1万套,基本建成1.8万套。"));
        assertEquals("开工棚户区改造基本建成", built.name());
        assertEquals("count", built.measure());
        assertTrue(secondOfTwo(review("新开工保障性住房3.2万套,竣工4.5万套。")).name().contains("保障性住房"));
        assertEquals("count", one(review("新入库科技型中小企业2860家。")).measure());
        assertEquals("款", one(review("新增备案人工智能大模型36款。")).unit());
    }

    @Test
    void signsAndWordsOfAChange() {
        Indicator yoy = secondOfTwo(review("区级财政一般预算收入25.6亿元,同比+18.3%。"));
        assertEquals("区级财政一般预算收入", yoy.name());
        assertEquals("change", yoy.measure());
        assertEquals(18.3, yoy.value());
        assertEquals(-1.5, one(review("专业市场成交额负增长-1.5%。")).value(), "the sign and the word say one fall");
        assertEquals("change", one(review("人民币对美元累计升值13%。")).measure());
    }

    @Test
    void theEndOfAFallFromAYearsEndIsTheReviewYears() {
        List<Indicator> found = review("贫困发生率由2016年底的4.6%下降到1.2%。");
        assertEquals(2, found.size(), () -> "indicators: " + found);
        assertEquals(2016, found.get(0).year());
        assertEquals(2017, found.get(1).year());
    }

    @Test
    void anAmountBelowWhichThingsAreCountedBoundsAClass() {
        assertEquals(List.of(), review("亩均税收低于10万元的工业企业全部完成整治。"));
    }

    @Test
    void aChineseNumeralAboveTwentyAndNotRoundCountsThingsANameWouldNot() {
        List<Indicator> found = review("全州有二十六个集体、四十一名个人受到国务院表彰,继续办好十件民生实事。");
        assertEquals(List.of("集体", "个人"), found.stream().map(Indicator::name).toList(), () -> "indicators: " + found);
        assertEquals(26, found.get(0).value());
    }

    @Test
    void aNounOpenedByAPrefixIsWhatANumberCounts() {
        Indicator heritage = one(review("苗族飞歌、侗族大歌等54项非物质文化遗产列入国家级名录。"));
        assertEquals("非物质文化遗产", heritage.name());
        assertEquals("count", heritage.measure());
    }

    @Test
    void aPredicateAtTheEndOfAClauseEndsTheNounCounted() {
        List<Indicator> found = review("全县有26个乡镇受灾,受灾农田38万亩。");
        assertEquals("乡镇", found.get(0).name(), () -> "indicators: " + found);
    }

    @Test
    void yearsListedAfterANameGiveTheFiguresTheirYearsInTurn() {
        List<Indicator> found = review("一般公共预算收入2015年、2016年分别下降33.4%和3.4%。");
        assertEquals(List.of("一般公共预算收入", "一般公共预算收入"), found.stream().map(Indicator::name).toList());
        assertEquals(List.of(2015, 2016), found.stream().map(Indicator::year).toList());
    }

    @Test
    void whatANumberBecameIsNoNounItCounts() {
        List<Indicator> found = review("省属国有企业由41户重组为23户。");
        assertEquals(List.of("省属国有企业", "省属国有企业"), found.stream().map(Indicator::name).toList());
    }

    @Test
    void tenThousandsOfHerdersWrittenWithoutAUnitArePeople() {
        Indicator water = one(review("解决172万农牧民饮水安全问题。"));
        assertEquals(1_720_000, water.value());
        assertEquals("人", water.unit());
    }

    @Test
    void aPercentageAfterANameOpenedByACutIsHowMuchTheThingFell() {
        Indicator cut = one(read("", "压缩一般性支出10%。", JANUARY_2018));
        assertEquals("一般性支出", cut.name());
        assertEquals(-10, cut.value());
        assertEquals("change", cut.measure());
        assertEquals("target", cut.kind());
        Indicator points = one(review("年内降低存款准备金率共1个百分点。"));
        assertEquals(List.of("存款准备金率", -1.0, "pp"), List.of(points.name(), points.value(), points.unit()),
                "a rate cut by points fell by them");
    }

    @Test
    void moneySetUpIsTheFundsNamedAfterItAndGlassIsCountedInWeightBoxes() {
        assertEquals("中小企业纾困资金", one(review("设立2亿元中小企业纾困资金。")).name());
        assertEquals("产业引导基金", one(review("设立总规模5亿元的产业引导基金。")).name(), "the size of the fund set up");
        List<Indicator> cut = review("钢铁、玻璃等行业退出产能分别为220万吨和450万重量箱。");
        assertEquals(List.of("钢铁", "玻璃"), cut.stream().map(Indicator::name).toList(), () -> "indicators: " + cut);
        assertEquals("重量箱", cut.get(1).unit());
    }

    @Test
    void aSentenceOpeningWithPartOfGoesOnWithTheFigureBeforeIt() {
        List<Indicator> found = review("全市地区生产总值增长3.9%。其中,一季度下降6.5%,上半年增长0.7%。");
        assertEquals(List.of("地区生产总值", "地区生产总值", "地区生产总值"), found.stream().map(Indicator::name).toList(),
                () -> "indicators: " + found);
        assertEquals(-6.5, found.get(1).value());
    }

    @Test
    void relativePovertyOpensTheNounCountedAndAnAverageByVillageKeepsItsName() {
        List<Indicator> found = review("全县1.36万相对贫困人口全部脱贫,79个相对贫困村全部出列,村均收入超过130万元。");
        assertEquals(List.of("相对贫困人口", "相对贫困村", "村均收入"), found.stream().map(Indicator::name).toList(),
                () -> "indicators: " + found);
    }

    @Test
    void aCountListedAfterAFigureWithItsThingsAfterItIsAFigureOfItsOwn() {
        List<Indicator> found = review("全年减少贫困人口3.5万人、80个贫困村出列。");
        assertEquals(List.of("贫困人口", "贫困村出列"), found.stream().map(Indicator::name).toList(), () -> "indicators: " + found);
        assertEquals(80.0, found.get(1).value(), "a count, not a fall of the people before");
        assertEquals("count", found.get(1).measure());
        List<Indicator> sharedProblem = review("解决了8.6万人、4.2万头牲畜的饮水困难。");
        assertEquals(2, sharedProblem.size(), () -> "indicators: " + sharedProblem);
        assertTrue(sharedProblem.get(0).name().contains("饮水困难"), () -> "the people share the problem: " + sharedProblem);
    }

    @Test
    void anAverageSinceAYearComparedWithIsNoYearlyAverage() {
        Indicator cover = one(review("全州草原植被覆盖度较2005年平均提高6.2个百分点。"));
        assertEquals(List.of("草原植被覆盖度", "since:2005"), List.of(cover.name(), String.valueOf(cover.basis())),
                () -> "the 年 closes the year, no 年平均: " + cover);
        assertEquals("annual_avg", one(review("全市地区生产总值年平均增长8.1%。")).basis());
    }

    @Test
    void aFigureInChineseNumeralsEndsAWordThoughTheSegmentationRunsOn() {
        List<Indicator> found = review("贫困发生率由上年的百分之十二点四下降到百分之四点一。");
        assertEquals(List.of("贫困发生率", "贫困发生率"), found.stream().map(Indicator::name).toList(), () -> "not 四下|降: " + found);
        assertEquals(List.of("level", "level"), found.stream().map(Indicator::measure).toList());
    }

    @Test
    void placesListedBeforeTheirVerbEachDidWhatTheNameSays() {
        List<Indicator> zones = review("莘庄工业区、闵行经济技术开发区分别实现工业总产值862.4亿元和574.1亿元。");
        assertEquals(List.of("莘庄工业区工业总产值", "闵行经济技术开发区工业总产值"), zones.stream().map(Indicator::name).toList(),
                () -> "分别实现 is no part of a name: " + zones);
        List<Indicator> shared = review("长沙经济技术开发区、长沙高新区技工贸总收入分别突破2000亿元和3000亿元。");
        assertEquals(List.of("长沙经济技术开发区技工贸总收入", "长沙高新区技工贸总收入"), shared.stream().map(Indicator::name).toList(),
                () -> "a zone's long name is a place too: " + shared);
    }

    @Test
    void aTargetAgainstTheYearThenEndingIsYearOnYear() {
        List<Indicator> found = read("", "城镇居民人均可支配收入和农民人均纯收入分别比今年增长8%和9%。", JANUARY_2018);
        assertEquals(List.of("城镇居民人均可支配收入", "农民人均纯收入"), found.stream().map(Indicator::name).toList(), () -> "indicators: " + found);
        assertEquals(List.of("yoy", "yoy"), found.stream().map(Indicator::basis).toList());
    }

    @Test
    void whatAVerbAloneCountedIsWhatTheClauseBeforeNamed() {
        assertEquals("中欧班列开行", one(review("常态化开行中欧班列,全年开行60列以上。")).name(), "the same verb's object");
        assertEquals("郑欧国际铁路货运班列开行", one(review("郑欧国际铁路货运班列开通运行,全年开行13班。")).name(),
                "the subject, which the unit counts");
        Indicator other = one(review("全面实施城乡居民养老保险,惠及2.4万人。"));
        assertEquals("惠及", other.name(), "no things of the clause before that the unit counts or the verb took");
    }

    @Test
    void theWorkAVerbOfThingsDoneCountedIsTheWorkTheClauseBeforeNamed() {
        assertEquals("农村危房改造", one(review("我们还大力推进农村危房改造,全年完成改造1186户。")).name(), "the work after the run of nouns");
        List<Indicator> housing = review("保障性住房建设力度加大,开工建设2.86万套,基本建成1.52万套。");
        assertEquals(2, housing.size(), () -> "indicators: " + housing);
        assertEquals("保障性住房建设", housing.get(0).name(), "the work inside the run, which 保障性 opens");
        assertEquals("棚户区改造", one(review("加快棚户区改造,力争改造3000户以上。")).name(), "the work alone");
        assertEquals("提升改造", one(review("启动老旧小区改造计划,年内完成提升改造52个。")).name(),
                "a verb that says how makes the work a thing of its own");
    }

    @Test
    void enterprisesTurnedRoundAreCountedByWhatWasDone() {
        Indicator turned = secondOfTwo(review("全市29户国有大中型亏损企业中,已有17户实现扭亏为盈。"));
        assertEquals(List.of("扭亏为盈", "count"), List.of(turned.name(), turned.measure()));
        assertEquals(17.0, turned.value());
        assertEquals("扭亏或脱困", secondOfTwo(review("全省314户国有大中型亏损企业中,有268户扭亏或脱困。")).name(), "either done, as one");
    }

    @Test
    void aChangeAfterAStartAndAnEndOfTheSameThingIsSinceTheStart() {
        List<Indicator> found = review("全省单位生产总值能耗由2005年的2.95吨标准煤下降到2017年的2.28吨标准煤,累计下降22.7%。");
        assertEquals(3, found.size(), () -> "indicators: " + found);
        assertEquals("since:2005", found.get(2).basis(), () -> "indicators: " + found);
        List<Indicator> other = review("全省单位生产总值能耗由2005年的2.95吨标准煤下降到2017年的2.28吨标准煤,工业增加值增长12%。");
        assertNull(other.get(2).basis(), "another thing's change is not since that start");
    }

    @Test
    void casesReportedAreCounted() {
        Indicator cases = one(review("全市累计报告本土感染者1435例。"));
        assertEquals("count", cases.measure());
        assertEquals("例", cases.unit());
    }

    @Test
    void aValueMovedToByAnyVerbIsALevelNamedWithoutTheVerb() {
        Indicator raised = one(review("扩大政府性融资担保规模至80亿元。"));
        assertEquals("扩大政府性融资担保规模", raised.name(), "至 is where it was taken, no part of the name");
        List<Indicator> spread = review("城区面积由2010年的18.6平方公里扩展到32平方公里。");
        assertEquals(List.of("城区面积", "城区面积"), spread.stream().map(Indicator::name).toList(), () -> "indicators: " + spread);
        assertEquals(List.of(18.6, 32.0), spread.stream().map(Indicator::value).toList());
        assertEquals(2010, spread.get(0).year(), "where it started is no class of what follows");
        Indicator shortened = one(review("服务热线响应时间缩短到20秒。"));
        assertEquals("服务热线响应时间", shortened.name());
        assertEquals("level", shortened.measure());
    }

    @Test
    void theProblemSolvedForThePeopleCountedNamesThem() {
        Indicator water = one(review("解决了6.3万人的饮水不安全问题。"));
        assertEquals("饮水不安全", water.name());
        assertEquals(63000, water.value());
        assertEquals("count", water.measure());
    }

    @Test
    void twoVerbsOnOneObjectEachNameItsFigure() {
        List<Indicator> roads = review("新修和改造城区道路6条、11.2公里。");
        assertEquals(List.of("新修城区道路", "改造城区道路"), roads.stream().map(Indicator::name).toList(), () -> "indicators: " + roads);
    }

    @Test
    void unitsOfOlderAndIndustrialReports() {
        assertEquals("件次", one(review("全年受理群众来信来访1420件次。")).unit());
        Indicator earth = one(review("完成农田水利土方3100万立方。"));
        assertEquals("立方米", earth.unit());
        assertEquals(31000000, earth.value());
        assertEquals("枚", one(review("运动员获得金牌9枚。")).unit());
        assertEquals("千克标准煤", one(review("吨钢综合能耗下降到562千克标准煤。")).unit());
    }

    @Test
    void anEnergyIntensityKeepsItsUnitWholeAndASlashListsFigures() {
        List<Indicator> intensity = review("规模以上工业单位增加值能耗由2015年的3.12吨标准煤/万元下降到2.36吨标准煤/万元。");
        assertEquals(List.of("吨标准煤/万元", "吨标准煤/万元"), intensity.stream().map(Indicator::unit).toList(),
                () -> "indicators: " + intensity);
        Indicator coal = one(review("供电煤耗降至300克标准煤/千瓦时以下。"));
        assertEquals("克标准煤/千瓦时", coal.unit());
        assertEquals("供电煤耗", coal.name());
        List<Indicator> storage = review("新增储能装机100万千瓦/200万千瓦时。");
        assertEquals(List.of("新增储能装机", "新增储能装机"), storage.stream().map(Indicator::name).toList(),
                () -> "indicators: " + storage);
        assertEquals(2e6, storage.get(1).value());
        assertEquals("/10万", one(review("孕产妇死亡率8.9/10万。")).unit(), "a rate per 10万 is no list");
    }

    @Test
    void anAmountPassedBoundsAClassButAMilestonePassedIsAFigure() {
        Indicator towns = one(review("过10亿元的乡镇达到16个。"));
        assertEquals(16, towns.value());
        assertEquals("过10亿元的乡镇", towns.name());
        List<Indicator> milestone = review("地区生产总值增加到1052.6亿元,跨过千亿元大关。");
        assertEquals(2, milestone.size(), () -> "indicators: " + milestone);
        assertEquals("over", milestone.get(1).approx());
    }

    @Test
    void aFundSetUpIsNamedThoughTheVerbTakesLe() {
        assertEquals("县域经济发展基金", one(review("设立了规模10亿元的县域经济发展基金。")).name());
    }

    @Test
    void aClauseWithoutAFigureNamesTheNextWithItsQuotesAndWithoutHowLong() {
        Indicator fell = one(review("“三公”经费连续五年下降,2016年较2011年下降46.5%。"));
        assertEquals("“三公”经费", fell.name());
        assertEquals("since:2011", fell.basis());
        List<Indicator> revenue = review("一般公共预算收入完成86.7亿元,受“营改增”全面推开影响,同口径增长4.1%。");
        assertEquals("一般公共预算收入", secondOfTwo(revenue).name(), "a name cut inside quotes is none");
    }

    @Test
    void aListWhoseVerbChangesGoesOnPastTheVerb() {
        List<Indicator> income = review("城镇和农村常住居民人均可支配收入分别下降3.1%和增长0.2%。");
        assertEquals(List.of("城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"), income.stream().map(Indicator::name).toList(),
                () -> "indicators: " + income);
        assertEquals(List.of(-3.1, 0.2), income.stream().map(Indicator::value).toList());
        List<Indicator> three = review("第一、二、三产业增加值分别增长3.1%、下降2.4%和增长6.8%。");
        assertEquals(List.of(3.1, -2.4, 6.8), three.stream().map(Indicator::value).toList(), () -> "indicators: " + three);
        assertEquals("第二产业增加值", three.get(1).name());
    }

    @Test
    void theShareOfAPlanDoneIsOfTheFigureBeforeWhichGoesOn() {
        List<Indicator> found = review("固定资产投资完成3615.7亿元,完成年度计划的103.5%,增长13.2%。");
        assertEquals(3, found.size(), () -> "indicators: " + found);
        assertEquals("share", found.get(1).measure());
        assertTrue(found.get(1).name().startsWith("固定资产投资"), () -> "share: " + found.get(1));
        assertEquals("固定资产投资", found.get(2).name(), "what grew is what was done, not the plan");
    }

    @Test
    void digitsAScanMisreadAreReadAsTheDigitsTheyWere() {
        List<Indicator> found = review("其中一般预算收入4l.6亿元,比上年增长1〇.6%。");
        assertEquals(List.of(4_160_000_000.0, 10.6), found.stream().map(Indicator::value).toList());
        assertTrue(found.get(0).evidence().text().contains("4l.6亿元"), "the evidence keeps the text as printed");
    }

    @Test
    void aComparisonTheSegmenterGluedToTheNameBeforeIsNoPartOfIt() {
        Indicator steel = one(review("粗钢产量比上年压减285万吨。")); // 产量比|上年, as the segmenter reads it
        assertEquals("粗钢产量", steel.name());
        assertEquals("yoy", steel.basis());
    }

    @Test
    void aLevelMovedFromYearsBeforeIsOfThoseYears() {
        List<Indicator> area = review("开发区建成区面积由五年前的12平方公里扩大到36平方公里。");
        assertEquals(List.of(2012, 2017), area.stream().map(Indicator::year).toList());
    }

    @Test
    void kindsOfOneThingListedBeforeWhatIsMeasuredOfThemEachNameIt() {
        List<Indicator> found = review("金融业、商贸业增加值分别增长8.9%和7.2%,国考、省考断面水质优良比例均达到100%。");
        assertEquals(List.of("金融业增加值", "商贸业增加值", "国考断面水质优良比例"),
                found.stream().map(Indicator::name).limit(3).toList());
        List<Indicator> people = review("纺织服装企业、规上企业和从业人员分别达到2960家、186家和16.8万人。");
        assertEquals(List.of("纺织服装企业", "规上企业", "从业人员"), people.stream().map(Indicator::name).toList(),
                "people are no measure of 从业");
    }

    @Test
    void aWordOfHowAFigureMovedNamesNothing() {
        List<Indicator> oil = review("原油产量从2015年的3838.6万吨有序调减至2020年的3001万吨。");
        assertEquals(List.of("原油产量", "原油产量"), oil.stream().map(Indicator::name).toList());
        assertEquals(List.of("level", "level"), oil.stream().map(Indicator::measure).toList());
        Indicator days = one(review("企业开办时间压缩至一个工作日以内。"));
        assertEquals(1, days.value(), "one working day is a figure, though 一个 is a word elsewhere");
        assertEquals("at_most", days.approx());
    }

    @Test
    void classesAndNamesHoldingNumbersAreNoFigures() {
        Indicator boilers = one(review("拆除城区10蒸吨以下燃煤锅炉362台。"));
        assertEquals(362, boilers.value(), "a verb may open the noun a bound classes");
        assertTrue(review("30万吨以下小煤矿全部完成整合或退出。").isEmpty(), "and an adjective");
        assertTrue(review("新建年产20万吨商品混凝土项目。").isEmpty(), "a plant's yearly capacity names it");
        assertEquals(320000000, one(review("年产10万吨L-乳酸项目完成投资3.2亿元。")).value());
        assertTrue(review("洋浦八百万吨炼油项目建设进展顺利,200万千瓦光伏治沙项目全面开工。").isEmpty(),
                "a capacity before a project's nouns names it");
        assertEquals(List.of(286.0, 78.0), review("怒江美丽公路286公里主体工程全线贯通,工程形象进度达到78%。").stream()
                .map(Indicator::value).toList(), "a project's length is its figure");
        assertEquals(1200000, one(review("新增产能120万吨,相关项目全部投产。")).value(), "a capacity followed by a clause's end");
        assertTrue(review("支持江油、三台、盐亭、梓潼等县市区发展特色优势产业。").isEmpty(), "三台 is a county");
        assertTrue(review("加快天门山、茅岩河、九天洞、五雷山等新景区的开发。").isEmpty(), "九天洞 is a cave");
        assertEquals(List.of(3.0, 2.0), review("新建学校三所、医院两所。").stream().map(Indicator::value).toList());
    }

    @Test
    void whatAFigureIsPerAndHowLongItHeldAreNoPartOfItsName() {
        assertEquals("商品煤平均售价", one(review("商品煤平均售价回升至每吨365元左右。")).name());
        assertEquals("粮食总产量", one(review("粮食总产量连续多年稳定在450万吨以上。")).name());
        assertEquals("水质优良率", one(review("水质优良率保持100%。")).name());
    }

    @Test
    void aGapToTheYearsTargetIsNoFigure() {
        List<Indicator> found = review("全市地区生产总值完成3857.2亿元,增长7.5%,比年初预期目标高0.5个百分点。");
        assertEquals(List.of("元", "%"), found.stream().map(Indicator::unit).toList(), () -> "indicators: " + found);
    }

    @Test
    void aShortItemEndingInTheFirstOnesAmountTakesItsModifier() {
        List<Indicator> found = review("全年专利申请量和授权量分别达到125673件和83621件。");
        assertEquals(List.of("专利申请量", "专利授权量"), found.stream().map(Indicator::name).toList(), () -> "indicators: " + found);
        List<Indicator> rates = review("城镇登记失业率和调查失业率分别为3.5%和5%。");
        assertEquals("调查失业率", rates.get(1).name(), "a longer item names itself");
    }

    @Test
    void aPartInBracketsIsNoItemOfTheListAfterIt() {
        List<Indicator> found = review("全年接待游客3860万人次,旅游综合收入236.5亿元(其中乡村旅游收入41.2亿元),分别增长13.5%、16.8%。");
        assertEquals(List.of("接待游客", "旅游综合收入"), found.subList(3, 5).stream().map(Indicator::name).toList(),
                () -> "indicators: " + found);
    }

    @Test
    void aKindSaidInsideAnItemIsThatItemsAlone() {
        List<Indicator> found = review("全市地区生产总值增长5.2%,预计达到1268.6亿元;一般公共预算收入增长6.3%。");
        assertEquals(List.of("actual", "estimate", "actual"), found.stream().map(Indicator::kind).toList(), () -> "indicators: " + found);
        List<Indicator> enumerated = review("三是做好职工安置,预计需分流安置职工3500人;四是降低企业成本,全年为企业减负20亿元以上。");
        assertEquals(List.of("estimate", "actual"), enumerated.stream().map(Indicator::kind).toList(), () -> "indicators: " + enumerated);
        List<Indicator> opening = review("预计全年地区生产总值增长6%;一般公共预算收入增长5%。");
        assertEquals(List.of("estimate", "estimate"), opening.stream().map(Indicator::kind).toList(), "a kind opening the items holds over them");
    }

    @Test
    void aDigitAndALetterOpenANounAndAPlaceAfterAVerbIsNone() {
        assertEquals("4G基站", one(review("建成5000个4G基站。")).name());
        assertEquals("选派医护人员", one(review("选派医护人员98名驰援湖北。")).name(), "驰援湖北 is what they went to do");
    }

    @Test
    void aRowOfATableOfTargetsIsNamedByItsLabelAndATargetStatedTwiceIsOneFigure() {
        List<Indicator> table = read("", "今年主要预期目标是:地区生产总值增长6%左右;进出口总额增长5%。\n地区生产总值  增长6%左右\n"
                + "进出口总额  增长5%\n城镇登记失业率  控制在3.5%以内\n", JANUARY_2018);
        assertEquals(List.of("地区生产总值", "进出口总额", "城镇登记失业率"), table.stream().map(Indicator::name).toList(),
                () -> "indicators: " + table);
        assertEquals(3.5, table.get(2).value());
    }

    @Test
    void aBracketOpeningBeforeAnyFigurePartsTheNameItsFiguresShare() {
        List<Indicator> cut = review("压减煤炭产能(其中省属煤矿压减210万吨)共计415万吨。");
        assertEquals(2, cut.size(), () -> "indicators: " + cut);
        assertEquals("省属煤矿", cut.get(0).name());
        assertEquals("压减煤炭产能", cut.get(1).name());
        assertEquals(4_150_000, cut.get(1).value());
        assertEquals("count", cut.get(1).measure());
        Indicator length = one(review("景洪至勐海高速公路(全长41.2公里)建成通车。"));
        assertEquals("景洪至勐海高速公路全长", length.name());
        assertEquals("国道G355线安溪段", one(review("国道G355线安溪段(32.5公里)全线贯通。")).name());
    }

    @Test
    void aOneCharacterVerbOpensTheNounCountedWithTheNounAfterIt() {
        Indicator firms = one(review("首批8家入园企业投产。"));
        assertEquals("入园企业", firms.name());
        assertEquals("count", firms.measure());
        assertEquals("入库项目", one(review("新增120个入库项目。")).name());
        List<Indicator> cities = review("11个设区市PM2.5平均浓度为60微克/立方米。");
        assertEquals(List.of("设区市PM2.5平均浓度"), cities.stream().map(Indicator::name).toList(), "设 opens no noun of 区市");
    }

    @Test
    void anAgeBoundOpensTheNounCountedAndAVerbsNounIsAnObject() {
        Indicator elderly = one(review("为8.2万名60岁以上老年人购买意外伤害保险。"));
        assertEquals(82_000, elderly.value());
        assertTrue(elderly.name().contains("老年人"), elderly::name);
        List<Indicator> refunds = review("累计为421户企业办理留抵退税89.3亿元。");
        assertEquals(List.of("企业", "办理留抵退税"), refunds.stream().map(Indicator::name).toList(), () -> "indicators: " + refunds);
        assertEquals(8_930_000_000d, refunds.get(1).value());
    }

    @Test
    void theSizeOfTheThingsJustCountedIsTheirsAndATotalReachedIsNot() {
        List<Indicator> roads = review("新建改造城市道路28条、总长46公里。");
        assertEquals(List.of("新建改造城市道路", "新建改造城市道路总长"), roads.stream().map(Indicator::name).toList(),
                () -> "indicators: " + roads);
        List<Indicator> built = review("新建道路89条、总里程312公里。");
        assertEquals("新建道路总里程", built.get(1).name(), () -> "indicators: " + built);
        assertEquals("count", built.get(1).measure(), "the size of roads built, though 里程 names a stock");
        List<Indicator> housing = review("开工建设保障性住房1200套、建筑面积9.6万平方米。");
        assertEquals("count", housing.get(1).measure(), "the floor area of houses built is built");
        List<Indicator> highways = review("新增高速公路1010公里，总里程达到3480公里。");
        assertEquals("高速公路总里程", highways.get(1).name(), () -> "indicators: " + highways);
        assertEquals("level", highways.get(1).measure());
    }

    @Test
    void aConjunctionOpeningAClauseNamesNothing() {
        List<Indicator> grain = review("全年粮食总产量达到15.6万吨，虽比上年减产2.3%，但仍保持基本稳定。");
        assertEquals(List.of("粮食总产量", "粮食总产量"), grain.stream().map(Indicator::name).toList(), () -> "indicators: " + grain);
        assertEquals("工业投资", one(review("但工业投资增长18.3%。")).name());
        Indicator storage = one(review("储能电池产能达到16吉瓦时。"));
        assertEquals("吉瓦时", storage.unit(), "a unit of its own, kept as written");
        assertEquals(16d, storage.value());
        Indicator capacity = one(review("新增光伏装机120兆瓦。"));
        assertEquals(List.of(120d, "兆瓦"), List.of(capacity.value(), capacity.unit()));
    }

    @Test
    void aStepIsNoMachineAndAnAreaServedAgainIsCountedInMuTimes() {
        assertEquals(List.of(), review("全市地区生产总值迈上千亿台阶。"), "台 of 台阶 counts no machines");
        Indicator served = one(review("土地托管服务面积达到98万亩次。"));
        assertEquals("亩次", served.unit());
        assertEquals(980_000d, served.value());
    }

    @Test
    void aRecoveryToTheLevelBeforeIsAShareOfIt() {
        Indicator trade = one(read("", "外贸进出口总额力争恢复到2019年水平的80%。", JANUARY_2018));
        assertEquals("外贸进出口总额", trade.name());
        assertEquals("share", trade.measure());
        Indicator retail = one(review("社会消费品零售总额恢复到疫情前水平的95%以上。"));
        assertEquals("社会消费品零售总额", retail.name());
        assertEquals("share", retail.measure());
        assertEquals("旅游收入", one(review("旅游收入恢复到疫情前的八成。")).name());
    }

    @Test
    void anAttributeNamedAloneIsOfTheThingTheClauseBeforeMeasured() {
        List<Indicator> grain = review("粮食播种面积稳定在760万亩以上，总产量达到237.2万吨。");
        assertEquals(List.of("粮食播种面积", "粮食总产量"), grain.stream().map(Indicator::name).toList(),
                () -> "indicators: " + grain);
        List<Indicator> roads = review("高速公路通车里程五年新增186公里，总里程达到781公里。");
        assertEquals("高速公路总里程", roads.get(1).name(), () -> "indicators: " + roads);
        List<Indicator> buildings = review("全区商务楼宇总量达到283幢，建筑面积1180万平方米。");
        assertEquals("商务楼宇建筑面积", buildings.get(1).name(), () -> "indicators: " + buildings);
        List<Indicator> alone = review("全年粮食总产量达到52.6万吨，比上年增长2.1%。");
        assertEquals("粮食总产量", alone.get(0).name(), "a name that says its thing keeps it");
    }

    @Test
    void theCenturysEndIsItsLastYearAndWorkOverAPlansYearsIsOfNone() {
        Meta february1997 = new Meta(null, null, "county", 1997, "1996", "1997-02-20", null, null, null);
        List<Indicator> century = read("", "到本世纪末，全县国内生产总值力争达到五十二亿元，农民人均纯收入达到2000元。", february1997);
        assertEquals(List.of(2000, 2000), century.stream().map(Indicator::year).toList(), () -> "indicators: " + century);
        assertEquals(List.of("target", "target"), century.stream().map(Indicator::kind).toList());
        List<Indicator> plan = read("", "“九五”期间新增有效灌溉面积150万亩，全县电话总容量达到30万门。", february1997);
        assertEquals("count", plan.get(0).measure(), () -> "indicators: " + plan);
        assertNull(plan.get(0).year(), "what is done over the plan's years is of no one year");
        assertEquals(2000, plan.get(1).year(), "a level the plan reaches is of its last year");
        List<Indicator> eighth = read("“八五”期间，全省新增发电装机容量186万千瓦。", "", february1997);
        assertNull(one(eighth).year(), "the eighth plan's years are a span too");
    }

    @Test
    void fiveYearsOpeningAClauseSpanThemWhileFiveYearsInANameDoNot() {
        Meta fiveYears = new Meta(null, null, "city", 2017, "2012-2016", "2017-02-10", null, null, null);
        List<Indicator> jobs = read("就业形势保持稳定，五年城镇新增就业3.62万人。", "", fiveYears);
        assertNull(one(jobs).year(), () -> "indicators: " + jobs);
        List<Indicator> plan = read("", "实施五年行动计划，新增城镇就业1.2万人。", fiveYears);
        assertEquals(2017, one(plan).year(), "五年 inside a name spans nothing");
    }

    @Test
    void theShareOfASumOverYearsIsOfNoOneYear() {
        Meta fiveYears = new Meta(null, null, "city", 2021, "2016-2020", "2021-02-03", null, null, null);
        List<Indicator> spending = read("五年累计民生支出达到152.3亿元，占一般公共预算支出的78.6%。", "", fiveYears);
        assertEquals("share", spending.get(1).measure(), () -> "indicators: " + spending);
        assertNull(spending.get(1).year(), "the share of a sum over five years is over them too");
        List<Indicator> lastYear = read("民生支出达到32.3亿元，占一般公共预算支出的78.6%。", "", fiveYears);
        assertEquals(2020, lastYear.get(1).year(), () -> "the share of one year's sum is that year's: " + lastYear);
        List<Indicator> grown = read("五年累计民生支出达到152.3亿元，占一般公共预算支出的比重由70.2%提高到78.6%。", "", fiveYears);
        assertEquals(2020, grown.get(grown.size() - 1).year(), () -> "where a share went to is the review's end: " + grown);
    }

    @Test
    void whatIsLeftToDoIsHeld() {
        Indicator left = one(review("全县仍有3.12万贫困人口尚未脱贫。"));
        assertEquals("level", left.measure());
        assertEquals(31_200, left.value(), 1);
    }

    @Test
    void whatAnIndustryMadeNamedAloneIsOfTheIndustryBefore() {
        List<Indicator> crop = review("全县草果种植面积达到21.3万亩，产值突破6000万元。");
        assertEquals("草果产值", crop.get(1).name(), () -> "indicators: " + crop);
        List<Indicator> industry = review("规模以上工业总产值突破1500亿元，增加值增长7.4%。");
        assertEquals("规模以上工业增加值", industry.get(1).name(), () -> "indicators: " + industry);
        List<Indicator> sector = review("非公有制经济加快发展，增加值占生产总值的比重达到34.2%。");
        assertEquals("非公有制经济增加值", one(sector).name());
        assertEquals("share", one(sector).measure());
    }

    @Test
    void peopleAndAnimalsCountedTogetherEachHaveTheProblemSolved() {
        List<Indicator> water = review("全年解决了4.2万人和3万头大牲畜的饮水困难。");
        assertEquals(List.of("饮水困难", "大牲畜饮水困难"), water.stream().map(Indicator::name).toList(), () -> "indicators: " + water);
        assertEquals(List.of("人", "头"), water.stream().map(Indicator::unit).toList());
    }

    @Test
    void whatTheLastItemOfAListMeasuresIsMeasuredOfEveryItem() {
        List<Indicator> emissions = review("化学需氧量、氨氮、二氧化硫、氮氧化物排放量分别下降2.1%、2.4%、3.8%、3.2%。");
        assertEquals(List.of("化学需氧量排放量", "氨氮排放量", "二氧化硫排放量", "氮氧化物排放量"),
                emissions.stream().map(Indicator::name).toList());
    }

    @Test
    void theMonthsCountedSoFarGiveWhatWasNotAnEstimate() {
        List<Indicator> found = review("预计全年地区生产总值增长5%左右；1—11月，规模以上工业增加值增长6.2%，固定资产投资增长8.7%。");
        assertEquals(List.of("estimate", "actual", "actual"), found.stream().map(Indicator::kind).toList(), () -> "indicators: " + found);
        assertEquals("actual", review("预计全年财政收入增长5%，前三季度城镇居民人均可支配收入增长8.9%。").get(1).kind());
    }

    @Test
    void anEstimateSaidAfterAnItemsNameIsThatItemsAlone() {
        List<Indicator> found = review("全市生产总值预计达到1.88万亿元,增长3.6%；一般公共预算收入2106亿元,增长5%。");
        assertEquals(List.of("estimate", "estimate", "actual", "actual"), found.stream().map(Indicator::kind).toList());
        List<Indicator> opening = review("预计全年地区生产总值完成186亿元,同比增长5.1%；一般公共预算收入完成13.6亿元。");
        assertEquals(List.of("estimate", "estimate", "estimate"), opening.stream().map(Indicator::kind).toList(),
                "one opening the items holds over them all");
        List<Indicator> repeated = review("全年预计实现地区生产总值218.6亿元,增长9.2%；地方公共财政收入完成9.86亿元；"
                + "社会消费品零售总额预计实现96.2亿元。");
        assertEquals(List.of("estimate", "estimate", "actual", "estimate"), repeated.stream().map(Indicator::kind).toList(),
                "where a later item opens with 预计 again, each 预计 is its item's");
        List<Indicator> oneFigures = review("预计全年地区生产总值增长4.3%；规模以上工业增加值增长5.4%,固定资产投资预计下降2.1%。");
        assertEquals(List.of("estimate", "estimate", "estimate"), oneFigures.stream().map(Indicator::kind).toList(),
                "a 预计 after a figure of its item is that figure's, the opening one holds");
        for (String sentence : List.of("综合研判全年走势，预计全年地区生产总值2760亿元左右；一般公共预算收入206亿元。",
                "初步预计,全市地区生产总值3650亿元;一般公共预算收入318亿元。",
                "全年主要经济指标预计如下：地区生产总值3080亿元；公共财政预算收入256.3亿元。")) {
            List<Indicator> all = review(sentence);
            assertEquals(List.of("estimate", "estimate"), all.stream().map(Indicator::kind).toList(),
                    () -> "an estimate opening its clause, or a list, holds over the items: " + sentence);
        }
    }

    @Test
    void aCircumstanceOfTheYearNamesNothing() {
        List<Indicator> income = review("农民人均纯收入1986元,在大灾之年仍比上年增加86元。");
        assertEquals("农民人均纯收入", income.get(1).name(), () -> "indicators: " + income);
        assertEquals("change", income.get(1).measure());
    }

    @Test
    void aCountAFigureIsPerIsNoFigure() {
        Indicator checks = one(review("食品抽检量达到每千人5批次。"));
        assertEquals(5, checks.value());
        assertEquals("网格员", one(review("每3000人配备1名网格员。")).name());
    }

    @Test
    void oneReaderServesManyThreadsAlike() throws Exception {
        StringBuilder paragraphs = new StringBuilder();
        for (int k = 0; k < 50; k++) {
            paragraphs.append("全区PM2.5年均浓度").append(20 + k).append("微克/立方米,同比下降14.5%。单位地区生产总值能耗、水耗分别下降3.4%和")
                    .append(k).append(".5%。");
        }
        String text = paragraphs.toString();
        List<Indicator> alone = READER.read(text, List.of(), JANUARY_2018, new ArrayList<>());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Indicator>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> READER.read(text, List.of(), JANUARY_2018, new ArrayList<>())));
            }
            for (var run : runs) {
                assertEquals(alone, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(200, alone.size());
    }

    @Test
    void noSectionsAndNoMetadataStillGiveFiguresWithoutYears() {
        List<Indicator> found = READER.read("地区生产总值增长6.6%。", List.of(), null, new ArrayList<>());
        Indicator i = one(found);
        assertNull(i.year());
        assertNull(i.section());
        assertEquals("gdp", i.metric());
    }
}
