package io.govreport.extractor.meta;

import io.govreport.extractor.sections.SectionReader;
import io.govreport.model.Meta;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetadataReaderTest {
    private static final MetadataReader READER = new MetadataReader();
    private static final SectionReader SECTIONS = new SectionReader();

    private static Meta read(String text, List<String> warnings) {
        return READER.read(text, SECTIONS.read(text, warnings), warnings);
    }

    @Test
    void readsTheOpeningOfADistrictReport() {
        List<String> warnings = new ArrayList<>();
        Meta m = read("""
                2018年北京市平谷区人民政府工作报告

                ——2018年1月16日在平谷区第五届人民代表大会第四次会议上

                平谷区区长 汪明浩

                各位代表:
                一年工作回顾
                """, warnings);
        assertEquals("2018年北京市平谷区人民政府工作报告", m.title());
        assertEquals("北京市平谷区", m.region().name());
        assertEquals("110117", m.region().code());
        assertEquals("平谷区", m.region().district());
        assertNull(m.region().city());
        assertEquals("district", m.level());
        assertEquals(2018, m.year());
        assertEquals("2017", m.reviewPeriod());
        assertEquals("2018-01-16", m.deliveredOn());
        assertEquals("平谷区第五届人民代表大会第四次会议", m.meeting());
        assertEquals("汪明浩", m.speaker().name());
        assertEquals("区长", m.speaker().title());
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void aReportReadOutInDecemberPlansForTheNextYear() {
        Meta m = read("政府工作报告\n——2021年12月15日在北京市昌平区第六届人民代表大会第一次会议上\n北京市昌平区人民政府代区长 支现伟\n各位代表:\n一、过去五年工作回顾\n",
                new ArrayList<>());
        assertEquals(2022, m.year());
        assertEquals("2021-12-15", m.deliveredOn());
        assertEquals("代区长", m.speaker().title());
        assertEquals("支现伟", m.speaker().name());
        assertEquals("2017-2021", m.reviewPeriod());
    }

    @Test
    void aSessionHeldInNovemberPlansForTheYearItsPartsName() {
        String opening = "北海市政府工作报告\n——2023年11月28日在北海市第十六届人民代表大会第三次会议上\n市长 覃永明\n各位代表：\n";
        Meta early = read(opening + "一、2023年工作回顾\n预计全年增长5.5%。\n二、2024年工作总体要求和主要目标\n", new ArrayList<>());
        assertEquals(2024, early.year());
        assertEquals("2023", early.reviewPeriod());
        assertEquals(2023, read(opening + "一、过去一年工作回顾\n二、今年工作安排\n", new ArrayList<>()).year(),
                "parts that name no year leave the year of the day");
    }

    @Test
    void openingsWrittenOtherWays() {
        Meta about = read("关于柳州市国民经济和社会发展的政府工作报告\n——在柳州市第十五届人民代表大会第四次会议上\n"
                + "(2024年1月16日)\n柳州市人民政府副市长、代理市长 韦志成\n各位代表:\n", new ArrayList<>());
        assertEquals("关于柳州市国民经济和社会发展的政府工作报告", about.title());
        assertEquals("代理市长", about.speaker().title(), "the acting office the name follows");
        Meta deputy = read("潍坊市2024年政府工作报告\n——2024年1月9日在潍坊市第十八届人民代表大会第三次会议上\n"
                + "潍坊市人民政府副市长  张晓东\n各位代表:\n", new ArrayList<>());
        assertEquals("副市长", deputy.speaker().title(), "a deputy reads it out for the head");
        assertEquals("张晓东", deputy.speaker().name());
        Meta twoLines = read("湛江市2013年\n政府工作报告\n在湛江市第十三届人民代表大会第二次会议上\n2013.1.10\n湛江市代市长 陈海明\n各位代表:\n",
                new ArrayList<>());
        assertEquals("湛江市2013年政府工作报告", twoLines.title());
        assertEquals("2013-01-10", twoLines.deliveredOn());
        Meta dateAfter = read("阆中市2015年政府工作报告\n——在阆中市第十六届人民代表大会第五次会议上(2015年1月9日)\n市长 蒲文杰\n各位代表:\n",
                new ArrayList<>());
        assertEquals("2015-01-09", dateAfter.deliveredOn(), "the date in brackets after the meeting, on its line");
        assertEquals("阆中市第十六届人民代表大会第五次会议", dateAfter.meeting());
        Meta brokenAfterTheGovernment = read("2019年汕头市人民政府\n工作报告\n——2019年1月21日在汕头市第十四届人民代表大会第四次会议上\n"
                + "汕头市市长 郑剑戈\n各位代表:\n", new ArrayList<>());
        assertEquals("2019年汕头市人民政府工作报告", brokenAfterTheGovernment.title());
        Meta placeAbove = read("2022年岳阳市\n政府工作报告\n\n——2022年1月10日在岳阳市第八届人民代表大会第一次会议上\n"
                + "岳阳市人民政府市长 李爱武\n各位代表:\n", new ArrayList<>());
        assertEquals("2022年岳阳市政府工作报告", placeAbove.title());
        Meta dateBelow = read("政府工作报告(摘要)\n——在深圳市南山区第八届人民代表大会第五次会议上\n2025年12月23日\n南山区区长 黄志坚\n各位代表:\n",
                new ArrayList<>());
        assertEquals("2025-12-23", dateBelow.deliveredOn());
        assertEquals(2026, dateBelow.year());
        Meta acting = read("2003年霍山县人民政府工作报告\n——2003年2月18日在霍山县第十三届人民代表大会第五次会议上\n县长(代) 程立新\n各位代表:\n",
                new ArrayList<>());
        assertEquals("程立新", acting.speaker().name());
        assertEquals("代县长", acting.speaker().title());
        assertEquals(null, read("关于2023年政府工作报告的决议\n各位代表:\n", new ArrayList<>()).title(), "a resolution on a report is no title");
    }

    @Test
    void aReviewOfAPlansFiveYearsAndItsLastYearLooksBackOnTheFive() {
        Meta m = read("2006年政府工作报告\n各位代表:\n一、“十五”时期和2005年工作回顾\n", new ArrayList<>());
        assertEquals("2001-2005", m.reviewPeriod());
        assertEquals("2015", read("2016年政府工作报告\n各位代表:\n一、2015年工作回顾\n", new ArrayList<>()).reviewPeriod());
        // the plan that has just ended, named first or with its achievements
        assertEquals("2021-2025", read("2026年政府工作报告\n各位代表:\n一、“十四五”和2025年工作回顾\n", new ArrayList<>()).reviewPeriod());
        assertEquals("2016-2020", read("2021年政府工作报告\n各位代表:\n第一部分　“十三五”发展成就及2020年工作回顾\n", new ArrayList<>()).reviewPeriod());
        // a plan that is not the one just ended says nothing of the review's span
        assertEquals("2025", read("2026年政府工作报告\n各位代表:\n一、2025年工作回顾和“十五五”开局\n", new ArrayList<>()).reviewPeriod());
    }

    @Test
    void aMeetingLineBrokenInTwoAndASpeakerOnTheTitleLine() {
        Meta broken = read("鞍山市人民政府工作报告\n——2017年1月10日在鞍山市第十六届人民代表大会\n第二次会议上\n鞍山市市长 邢立忠\n各位代表:\n",
                new ArrayList<>());
        assertEquals("2017-01-10", broken.deliveredOn());
        assertEquals("鞍山市第十六届人民代表大会第二次会议", broken.meeting());
        Meta insideTheSession = read("政 府 工 作 报 告\n——2019年1月9日在浏阳市第十七届人民代表大会第三\n次会议上\n"
                + "浏阳市人民政府市长 罗建林\n各位代表:\n", new ArrayList<>());
        assertEquals("2019-01-09", insideTheSession.deliveredOn());
        assertEquals("浏阳市第十七届人民代表大会第三次会议", insideTheSession.meeting(), "broken inside the session's number");
        Meta oneLine = read("2021年克什克腾旗政府工作报告 代旗长 乌力吉\n——2021年1月12日在克什克腾旗第十六届人民代表大会第五次会议上\n各位代表:\n",
                new ArrayList<>());
        assertEquals("2021年克什克腾旗政府工作报告", oneLine.title());
        assertEquals("乌力吉", oneLine.speaker().name());
        Meta longName = read("2011年鄂温克族自治旗政府工作报告\n——2011年1月10日在鄂温克族自治旗第十四届人民代表大会第四次会议上\n"
                + "旗长 孟和巴雅尔\n各位代表:\n", new ArrayList<>());
        assertEquals("孟和巴雅尔", longName.speaker().name(), "a name ending its line is whole");
    }

    @Test
    void aCountyMadeACityOrADistrictIsFoundByItsOldName() {
        Meta m = read("神木县2010年政府工作报告\n——2010年1月8日在神木县第十六届人民代表大会第五次会议上\n各位代表:\n", new ArrayList<>());
        assertEquals("陕西省榆林市神木县", m.region().name());
        assertEquals("county", m.level());
    }

    @Test
    void aDivisionRenamedOrMergedSinceIsFoundByTheNameItHadWithItsCodeOfThen() {
        Meta kaixian = read("开县人民政府工作报告\n——2006年1月12日在开县第十五届人民代表大会第五次会议上\n各位代表:\n", new ArrayList<>());
        assertEquals("重庆市开县", kaixian.region().name(), "开县 is 开州区 since 2016");
        assertEquals("500234", kaixian.region().code());
        assertEquals("county", kaixian.level());
        Meta zhabei = read("2012年闸北区人民政府工作报告\n——2012年1月10日在上海市闸北区第十四届人民代表大会第一次会议上\n各位代表:\n",
                new ArrayList<>());
        assertEquals("上海市闸北区", zhabei.region().name(), "闸北区 was merged into 静安区 in 2015");
        assertEquals("district", zhabei.level());
        Meta laicheng = read("莱城区2014年政府工作报告\n各位代表:\n", new ArrayList<>());
        assertEquals("山东省莱芜市莱城区", laicheng.region().name(), "莱芜市 and its districts went to 济南市 in 2019");
        Meta hami = read("哈密地区行政公署工作报告\n各位代表:\n", new ArrayList<>());
        assertEquals("city", hami.level(), "哈密地区 is 哈密市 since 2016");
    }

    @Test
    void aNewAreaOrADevelopmentZoneReportingAsAGovernmentIsTheRegion() {
        Meta newArea = read("西咸新区管委会2017年工作报告\n——2017年2月10日在西咸新区2017年工作会议上\n西咸新区党工委副书记、管委会主任 王润泽\n"
                + "同志们:\n我们紧扣创新城市发展方式这一主题。\n", new ArrayList<>());
        assertEquals("陕西省西咸新区", newArea.region().name(), "a national new area is run under its province");
        assertNull(newArea.region().city());
        assertNull(newArea.region().code(), "GB/T 2260 gives a new area no code");
        assertEquals("district", newArea.level());
        Meta zone = read("南昌高新技术产业开发区管委会工作报告\n南昌高新区党工委副书记、管委会主任 郭志鹏\n"
                + "(2019年2月15日在南昌高新区2019年工作会议上)\n各位代表,同志们:\n", new ArrayList<>());
        assertEquals("江西省南昌市南昌高新技术产业开发区", zone.region().name(), "a zone named after its city is below it");
        assertEquals("南昌市", zone.region().city());
        assertEquals("district", zone.level());
        Meta shortName = read("长沙经开区2023年工作报告\n各位代表:\n", new ArrayList<>());
        assertEquals("湖南省长沙市长沙经开区", shortName.region().name(), "the city, not 长沙县, whose short name is the same");
        Meta both = read("无锡高新区(新吴区)2022年政府工作报告\n各位代表:\n", new ArrayList<>());
        assertEquals("江苏省无锡市新吴区", both.region().name(), "a district named beside its zone is the region");
        Meta city = read("苏州市政府工作报告\n——2020年1月10日在苏州市第十六届人民代表大会第四次会议上\n各位代表:\n"
                + "苏州工业园区综合发展水平继续位居国家级经开区第一。\n", new ArrayList<>());
        assertEquals("江苏省苏州市", city.region().name(), "a zone in the text is not the city's report's region");
    }

    @Test
    void aTitleNamesAMeetingThatIsNoCongressAndADeputyReadsItOut() {
        Meta m = read("在赣江新区2024年工作会议上的工作报告\n(2024年2月20日)\n赣江新区党工委副书记、管委会常务副主任 邹凌峰\n各位代表,同志们:\n",
                new ArrayList<>());
        assertEquals("赣江新区2024年工作会议", m.meeting());
        assertEquals("2024-02-20", m.deliveredOn());
        assertEquals("常务副主任", m.speaker().title());
        assertEquals("邹凌峰", m.speaker().name());
        assertEquals("江西省赣江新区", m.region().name());
        Meta report = read("在金普新区2024年工作会议上的报告\n（2024年2月22日）\n金普新区党工委副书记、管委会主任 韩立东\n同志们：\n",
                new ArrayList<>());
        assertEquals("在金普新区2024年工作会议上的报告", report.title(), "a report to a work meeting is titled by it");
        assertEquals(2024, report.year());
    }

    @Test
    void aReviewOfTheNinthPlanCoversItsFiveYears() {
        Meta m = read("政府工作报告\n——2001年1月15日在辽宁省第九届人民代表大会第四次会议上\n各位代表:\n"
                + "一、“九五”计划完成情况和2000年工作回顾\n全省国内生产总值增长8.9%。\n二、2001年工作安排\n", new ArrayList<>());
        assertEquals("1996-2000", m.reviewPeriod(), "九五: the ninth plan, 1996–2000");
    }

    @Test
    void aDivisionRenamedByItsKindAloneIsFoundByItsOldKind() {
        Meta league = read("巴彦淖尔盟行政公署工作报告\n——2003年2月20日在巴彦淖尔盟人大工委扩大会议上\n各位代表:\n", new ArrayList<>());
        assertEquals("内蒙古自治区巴彦淖尔盟", league.region().name(), "named as the report names it");
        assertEquals("150800", league.region().code(), "with the code of the city it became");
        assertEquals("city", league.level());
        Meta prefecture = read("海东地区行政公署工作报告\n各位代表:\n", new ArrayList<>());
        assertEquals("青海省海东地区", prefecture.region().name());
        Meta countyCity = read("双城市人民政府工作报告\n——2009年1月8日在双城市第十四届人民代表大会第三次会议上\n各位代表:\n", new ArrayList<>());
        assertEquals("黑龙江省哈尔滨市双城市", countyCity.region().name());
        assertEquals("county", countyCity.level(), "双城市 was a county-level city; it is 双城区 since 2014");
    }

    @Test
    void aCountysRegionNamesItsPrefectureAsTheReportDoes() {
        String head = "乐都县人民政府工作报告\n——2006年1月10日在乐都县第十五届人民代表大会第四次会议上\n各位代表:\n";
        Meta then = read(head + "打造海东地区重要的农副产品生产基地。\n", new ArrayList<>());
        assertEquals("青海省海东地区乐都县", then.region().name(), "海东地区 became 海东市 in 2013");
        assertEquals("海东地区", then.region().city());
        Meta unnamed = read(head + "打造重要的农副产品生产基地。\n", new ArrayList<>());
        assertEquals("青海省海东市乐都县", unnamed.region().name(), "today's name where the report names none");
        Meta both = read(head + "原海东地区撤地设市,海东市农副产品生产基地。\n", new ArrayList<>());
        assertEquals("海东市", both.region().city(), "today's name where the report uses it too");
    }

    @Test
    void aCityRenamedBeforeTheOlderSnapshotsIsFoundByItsOldName() {
        Meta m = read("襄樊市人民政府工作报告\n——2009年2月在襄樊市第十四届人民代表大会第三次会议上\n各位代表:\n", new ArrayList<>());
        assertEquals("湖北省襄樊市", m.region().name(), "襄樊市 is 襄阳市 since 2010");
        assertEquals("city", m.level());
        Meta district = read("樊城区政府工作报告\n——2008年1月在襄樊市樊城区第二届人民代表大会第三次会议上\n各位代表:\n", new ArrayList<>());
        assertEquals("湖北省襄樊市樊城区", district.region().name());
    }

    @Test
    void aDamagedDateIsLeftEmptyWithAWarning() {
        List<String> warnings = new ArrayList<>();
        Meta m = read("政府工作报告\n——202014日在通州区第六届人民代表大会第六次会议\n通州区区长 赵磊\n各位代表:\n2020年工作的总体思路和主要任务\n", warnings);
        assertNull(m.deliveredOn());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("deliveredOn") && w.contains("202014日")), warnings.toString());
        assertEquals("通州区第六届人民代表大会第六次会议", m.meeting());
        assertEquals(2020, m.year(), "the plan part names the year");
        assertNull(m.region(), "通州区 is in Beijing and in Nantong, and nothing here says which");
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("region") && w.contains("通州区")), warnings.toString());
    }

    @Test
    void readsChineseNumeralDatesAndCountyLevels() {
        Meta m = read("正定县人民政府工作报告\n——二〇一九年一月八日在正定县第十六届人民代表大会第四次会议上\n代县长 王立坤\n各位代表:\n",
                new ArrayList<>());
        assertEquals("2019-01-08", m.deliveredOn());
        assertEquals(2019, m.year());
        assertEquals("河北省石家庄市正定县", m.region().name());
        assertEquals("石家庄市", m.region().city());
        assertEquals("county", m.level());
        assertEquals("代县长", m.speaker().title());
        Meta forest = read("神农架林区人民政府工作报告\n——2016年1月12日在神农架林区第八届人民代表大会第七次会议上\n区长 周立新\n各位代表:\n",
                new ArrayList<>());
        assertEquals("湖北省神农架林区", forest.region().name());
        assertEquals("county", forest.level(), "a 区 right below a province that is no municipality is county-level");
    }

    @Test
    void settlesAnAmbiguousDistrictByTheProvinceNamed() {
        Meta m = read("吉林省长春市朝阳区2020年政府工作报告\n各位代表:\n", new ArrayList<>());
        assertEquals("吉林省长春市朝阳区", m.region().name());
        assertEquals("220104", m.region().code());
    }

    @Test
    void readsTheStateCouncilReportAsNational() {
        Meta m = read("政府工作报告\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n国务院总理 李克强\n各位代表:\n", new ArrayList<>());
        assertEquals("national", m.level());
        assertEquals("李克强", m.speaker().name());
        assertEquals("总理", m.speaker().title());
        assertEquals("第十四届全国人民代表大会第一次会议", m.meeting());
    }

    @Test
    void leavesWhatTheTextDoesNotSayEmpty() {
        List<String> warnings = new ArrayList<>();
        Meta m = read("各位代表:\n现在,我代表区人民政府向大会报告工作。\n", warnings);
        assertNull(m.region());
        assertNull(m.year());
        assertNull(m.speaker());
        assertNull(m.deliveredOn());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("region")));
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("year")));
    }

    @Test
    void readsAReportInTraditionalScript() {
        Meta m = read("""
                2018年北京市平谷區人民政府工作報告
                ——2018年1月16日在平谷區第五屆人民代表大會第四次會議上
                平谷區區長 汪明浩
                各位代表:
                一年工作回顧
                """, new ArrayList<>());
        assertEquals("北京市平谷区", m.region().name(), "the gazetteer's name, in simplified script");
        assertEquals("2018年北京市平谷區人民政府工作報告", m.title(), "as the report prints it");
        assertEquals("平谷區第五屆人民代表大會第四次會議", m.meeting());
        assertEquals("區長", m.speaker().title());
        assertEquals("汪明浩", m.speaker().name());
        assertEquals("2018-01-16", m.deliveredOn());
        assertEquals("2017", m.reviewPeriod());
    }
    @Test
    void aDistrictWhoseNameHoldsCityOrDistrictIsThatDistrict() {
        Meta m = read("2021年山东省枣庄市市中区人民政府工作报告\n——2021年1月12日在枣庄市市中区第十八届人民代表大会第五次会议上\n"
                + "市中区区长 张三丰\n各位代表:\n", new ArrayList<>());
        assertEquals("山东省枣庄市市中区", m.region().name());
        assertEquals("370402", m.region().code());
        assertEquals("district", m.level());
        assertEquals("张三丰", m.speaker().name());
        assertEquals("区长", m.speaker().title());
    }

    @Test
    void aNameOfTwoDivisionsIsSettledByTheProvinceTheReportSpeaksOf() {
        String opening = "2015年沙湾县人民政府工作报告\n——2015年1月21日在沙湾县第十六届人民代表大会第四次会议上\n"
                + "沙湾县人民政府县长 张三\n各位代表:\n";
        List<String> warnings = new ArrayList<>();
        Meta m = read(opening + "过去一年,我们认真贯彻中央新疆工作座谈会精神,全县经济平稳增长。\n", warnings);
        assertEquals("新疆维吾尔自治区塔城地区沙湾县", m.region().name(), () -> "warnings: " + warnings);
        assertEquals("county", m.level());
        Meta unsaid = read(opening + "过去一年,全县经济平稳增长。\n", new ArrayList<>());
        assertNull(unsaid.region(), "沙湾县 was a county of 新疆 and may be read as one of 四川's 沙湾区: the text must say");
    }

    @Test
    void aDistrictNamedAfterItsCityIsFoundWithoutTheCity() {
        Meta m = read("市中区人民政府工作报告\n——2019年1月8日在济南市市中区第十七届人民代表大会第三次会议上\n各位代表:\n", new ArrayList<>());
        assertEquals("山东省济南市市中区", m.region().name());
    }

    @Test
    void aDevelopmentZonesReportIsTheZonesBelowItsCity() {
        Meta m = read("2020年邯郸经济技术开发区管委会工作报告\n——2020年1月10日在邯郸市第十五届人民代表大会第五次会议上\n各位代表:\n",
                new ArrayList<>());
        assertEquals("河北省邯郸市邯郸经济技术开发区", m.region().name(), "the title names the zone, the meeting line its city");
        assertEquals("district", m.level());
    }

    @Test
    void aNewAreaThatIsADivisionIsOne() {
        Meta m = read("2020年天津市滨海新区人民政府工作报告\n各位代表:\n", new ArrayList<>());
        assertEquals("天津市滨海新区", m.region().name());
        assertEquals("district", m.level());
    }

    @Test
    void readsTheMayorOfACountyLevelCity() {
        Meta m = read("2022年浏阳市人民政府工作报告\n——2022年1月6日在浏阳市第十七届人民代表大会第一次会议上\n浏阳市市长  孙浩亮\n各位代表:\n",
                new ArrayList<>());
        assertEquals("孙浩亮", m.speaker().name());
        assertEquals("市长", m.speaker().title());
        assertEquals("湖南省长沙市浏阳市", m.region().name());
        assertEquals("county", m.level());
    }

    @Test
    void readsACommissionerAndADirectorAndADateLineUnderTheSpeaker() {
        Meta m = read("大兴安岭地区2014年政府工作报告\n大兴安岭地区行政公署专员 孙立民\n各位代表:\n", new ArrayList<>());
        assertEquals("孙立民", m.speaker().name());
        assertEquals("专员", m.speaker().title());
        Meta zone = read("兰州新区管委会2016年工作报告\n——2016年1月28日在兰州新区2016年工作会议上\n兰州新区管委会主任 马志刚\n"
                + "同志们:\n2015年8月,国务院批复同意设立兰州新区综合保税区。\n", new ArrayList<>());
        assertEquals("马志刚", zone.speaker().name());
        assertEquals("主任", zone.speaker().title());
        assertEquals("甘肃省兰州新区", zone.region().name(), "国务院 in the text is no sign of the State Council's report");
        Meta dated = read("2004年江西省政府工作报告\n——在江西省第十届人民代表大会第二次会议上\n江西省省长 胡振华\n二〇〇四年一月十一日\n各位代表:\n",
                new ArrayList<>());
        assertEquals("2004-01-11", dated.deliveredOn());
    }

    @Test
    void aNameTranscribedWithAMiddleDotIsWhole() {
        Meta m = read("喀什地区2017年政府工作报告\n喀什地区行政公署专员 阿不都热合曼·吐尔逊\n（2017年1月12日在喀什地区人大工委扩大会议上）\n各位代表:\n",
                new ArrayList<>());
        assertEquals("阿不都热合曼·吐尔逊", m.speaker().name());
        assertEquals("专员", m.speaker().title());
    }

    @Test
    void aCountyOfTwoCharactersIsFound() {
        Meta m = read("曹县人民政府工作报告\n二〇二四年一月十二日在曹县第十八届人民代表大会第三次会议上\n曹县人民政府县长 孙浩\n各位代表:\n",
                new ArrayList<>());
        assertEquals("山东省菏泽市曹县", m.region().name());
        assertEquals("county", m.level());
    }

    @Test
    void readsATwoCharacterName() {
        Meta m = read("2021年长春市宽城区人民政府工作报告\n宽城区区长  贾海\n各位代表:\n", new ArrayList<>());
        assertEquals("贾海", m.speaker().name());
        assertEquals("区长", m.speaker().title());
        assertEquals("吉林省长春市宽城区", m.region().name());
    }

    @Test
    void aMailboxInThePageMenuIsNoSpeaker() {
        Meta m = read("首页 政务公开 区长信箱 互动交流\n2021年长春市宽城区人民政府工作报告\n宽城区区长 贾海\n各位代表:\n",
                new ArrayList<>());
        assertEquals("贾海", m.speaker().name());
        assertEquals("区长", m.speaker().title());
        Meta menu = read("首页\n总理\n新闻\n政府工作报告\n——2012年3月5日在第十一届全国人民代表大会第五次会议上\n国务院总理 温家宝\n各位代表:\n",
                new ArrayList<>());
        assertEquals("温家宝", menu.speaker().name(), "a menu's 新闻 after 总理 is no name");
    }

    @Test
    void readsATwoCharacterNameSetWithASpaceBetween() {
        Meta m = read("2021年长春市宽城区人民政府工作报告\n宽城区区长 贾 海\n各位代表:\n", new ArrayList<>());
        assertEquals("贾海", m.speaker().name());
    }

    @Test
    void readsALetterSpacedOfficeAndThreeCharacterName() {
        Meta m = read("2018年北京市平谷区人民政府工作报告\n区 长  汪 明 浩\n各位代表:\n", new ArrayList<>());
        assertEquals("汪明浩", m.speaker().name());
        assertEquals("区长", m.speaker().title());
    }

    @Test
    void aUnitRunByACommitteeIsNoRegion() {
        Meta m = read("2019年保定白沟新城管委会工作报告\n——2019年1月8日在保定市第十四届人民代表大会第三次会议上\n各位代表:\n",
                new ArrayList<>());
        assertEquals("河北省保定市", m.region().name());
        assertEquals("city", m.level());
    }

    @Test
    void readsANameThatRunsIntoTheNextLineWord() {
        Meta m = read("2021年长春市宽城区人民政府工作报告\n区长 贾海 各位代表:\n", new ArrayList<>());
        assertEquals("贾海", m.speaker().name());
    }
    @Test
    void readsASpeakerAfterAColonAndADateOnALineOfItsOwn() {
        Meta m = read("宽城区政府工作报告\n区长:贾海\n(二○二一年一月六日)\n各位代表:\n", new ArrayList<>());
        assertEquals("贾海", m.speaker().name());
        assertEquals("2021-01-06", m.deliveredOn());
        assertEquals(2021, m.year());
    }

    @Test
    void readsADateOnItsOwnLineAfterTheMeetingPastBlankLines() {
        Meta m = read("青岛西海岸新区（黄岛区）2017年政府工作报告\n\n在青岛市黄岛区第二届人民代表大会第一次会议上\n\n2017年1月10日\n\n"
                + "黄岛区人民政府代区长　周安\n\n各位代表：\n", new ArrayList<>());
        assertEquals("2017-01-10", m.deliveredOn());
    }

    @Test
    void aCopysAsciiDashOpensTheDateLine() {
        Meta m = read("""
                2020年淄博市政府工作报告
                --2020年1月8日在淄博市第十五届人民代表大会第四次会议上
                淄博市市长 于瀚东

                各位代表:
                """, new ArrayList<>());
        assertEquals("2020-01-08", m.deliveredOn());
        assertEquals("淄博市第十五届人民代表大会第四次会议", m.meeting());
        assertEquals("2020年淄博市政府工作报告", m.title());
    }

    @Test
    void aDashLineWithoutADayTakesTheBracketedDateBelowIt() {
        List<String> warnings = new ArrayList<>();
        Meta m = read("政府工作报告\n——在杭州市第十四届人民代表大会第四次会议上\n杭州市人民政府市长  姚高员\n(二〇二四年一月十五日)\n各位代表:\n",
                warnings);
        assertEquals("2024-01-15", m.deliveredOn());
        assertEquals("杭州市第十四届人民代表大会第四次会议", m.meeting());
        assertEquals(List.of(), warnings);
    }

    @Test
    void readsAYearWrittenInChineseNumeralsInTheTitle() {
        Meta m = read("二○二三年宽城区人民政府工作报告\n各位代表:\n", new ArrayList<>());
        assertEquals(2023, m.year());
        assertEquals("2022", m.reviewPeriod());
    }
    @Test
    void readsALetterSpacedTitleAndADateLineInBrackets() {
        Meta m = read("政 府 工 作 报 告\n(2018年1月16日在平谷区第五届人民代表大会第四次会议上)\n平谷区区长 汪明浩\n各位代表:\n",
                new ArrayList<>());
        assertEquals("政府工作报告", m.title());
        assertEquals("2018-01-16", m.deliveredOn());
        assertEquals(2018, m.year());
        assertEquals("平谷区第五届人民代表大会第四次会议", m.meeting());
    }

    @Test
    void readsADateLineWithoutADashOnlyWhenItOpensWithAWellFormedDate() {
        Meta m = read("政府工作报告\n2015年2月2日在仁怀市第八届人民代表大会第五次会议上\n市长 张三丰\n各位代表:\n", new ArrayList<>());
        assertEquals("2015-02-02", m.deliveredOn());
        List<String> warnings = new ArrayList<>();
        Meta named = read("政府工作报告\n赵磊同志在通州区第六届人民代表大会第六次会议上作的报告\n各位代表:\n", warnings);
        assertNull(named.deliveredOn());
        assertEquals("通州区第六届人民代表大会第六次会议", named.meeting());
        assertTrue(warnings.stream().noneMatch(w -> w.startsWith("deliveredOn")), warnings.toString());
    }

    @Test
    void aYearAndMonthOnALineGiveThePlanYearButNoDay() {
        Meta m = read("政府工作报告\n——在苏州市第十五届人民代表大会第一次会议上\n苏州市人民政府代市长 李亚平\n(2016年12月)\n各位代表:\n",
                new ArrayList<>());
        assertNull(m.deliveredOn());
        assertEquals(2017, m.year());
        assertEquals("苏州市第十五届人民代表大会第一次会议", m.meeting());
    }
    @Test
    void anOfficeWordAcrossTwoNamesIsNoOffice() {
        Meta m = read("河南省许昌市长葛市2014年政府工作报告\n——2014年1月17日在河南省许昌市长葛市第六届人民代表大会第三次会议上\n"
                + "长葛市市长 丁波新\n各位代表:\n", new ArrayList<>());
        assertEquals("丁波新", m.speaker().name());
        assertEquals("河南省许昌市长葛市", m.region().name());
        assertEquals("county", m.level());
    }

    @Test
    void anOfficeAfterTheRegionsFullNameKeepsTheWordTheyShare() {
        Meta m = read("西藏自治区2019年政府工作报告\n——2019年1月24日在西藏自治区第五届人民代表大会第七次会议上\n西藏自治区主席 邱燕志\n各位代表:\n",
                new ArrayList<>());
        assertEquals("邱燕志", m.speaker().name());
        assertEquals("自治区主席", m.speaker().title(), "the office as it is written alone");
        assertEquals("主席", read("西藏自治区2019年政府工作报告\n西藏自治区人民政府主席 邱燕志\n各位代表:\n", new ArrayList<>())
                .speaker().title());
    }

    @Test
    void aDivisionNameTheScriptConversionWouldChangeIsKept() {
        Meta m = read("2019年吉林省松原市乾安县人民政府工作报告\n——2019年1月9日在乾安县第十七届人民代表大会第三次会议上\n各位代表:\n",
                new ArrayList<>());
        assertEquals("吉林省松原市乾安县", m.region().name());
        assertEquals("乾安县第十七届人民代表大会第三次会议", m.meeting());
        Meta xingan = read("2019年江西省吉安市新干县人民政府工作报告\n——2019年1月9日在新干县第十六届人民代表大会第三次会议上\n各位代表:\n",
                new ArrayList<>());
        assertEquals("江西省吉安市新干县", xingan.region().name(), "干 written as 干 stays 干");
        assertEquals("新干县第十六届人民代表大会第三次会议", xingan.meeting());
        Meta traditional = read("2019年吉林省松原市乾安縣人民政府工作報告\n各位代表:\n", new ArrayList<>());
        assertEquals("吉林省松原市乾安县", traditional.region().name());
    }

    @Test
    void aCityWithoutCountiesIsACity() {
        Meta m = read("2009年甘肃省嘉峪关市人民政府工作报告\n嘉峪关市市长 曹超\n各位代表:\n", new ArrayList<>());
        assertEquals("甘肃省嘉峪关市", m.region().name());
        assertEquals("city", m.level());
    }
    @Test
    void aSiteListOfOtherYearsReportsIsNotTheTitle() {
        String list = "历年政府工作报告\n2016年政府工作报告\n2015年政府工作报告\n";
        Meta dated = read(list + "2018年北京市平谷区人民政府工作报告\n——2018年1月16日在平谷区第五届人民代表大会第四次会议上\n各位代表:\n",
                new ArrayList<>());
        assertEquals("2018年北京市平谷区人民政府工作报告", dated.title());
        Meta undated = read(list + "政府工作报告\n各位代表:\n一、2017年工作回顾\n二、2018年主要任务\n", new ArrayList<>());
        assertEquals("政府工作报告", undated.title());
        assertEquals(2018, undated.year(), "from the parts, not from the list");
    }
}
