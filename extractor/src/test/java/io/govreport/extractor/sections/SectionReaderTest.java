package io.govreport.extractor.sections;

import io.govreport.model.Section;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SectionReaderTest {
    private final SectionReader reader = new SectionReader();

    @Test
    void aWordProcessorsNumberingOpensHeadings() {
        String roman = """
                Ⅰ、2018年工作回顾
                全区经济平稳发展。
                一)坚持产业为先,经济发展质量稳步提升
                全区地区生产总值增长8%。
                二)坚持创新驱动,发展动能持续增强
                研发投入增长12%。
                Ⅱ、2019年工作安排
                全年地区生产总值增长7%。
                """;
        List<Section> parts = reader.read(roman, new ArrayList<>());
        assertEquals(List.of("2018年工作回顾", "2019年工作安排"), parts.stream().map(Section::title).toList(), () -> "parts: " + parts);
        assertEquals(List.of("坚持产业为先,经济发展质量稳步提升", "坚持创新驱动,发展动能持续增强"),
                parts.get(0).children().stream().map(Section::title).toList());
        String outline = """
                一、过去五年工作回顾
                1.1　综合实力迈上新台阶
                地区生产总值1.5亿元。
                1.2　转型升级取得新突破
                工业增加值增长9%。
                二、今后五年工作安排
                全年增长7%。
                """;
        List<Section> outlined = reader.read(outline, new ArrayList<>());
        assertEquals(List.of("综合实力迈上新台阶", "转型升级取得新突破"), outlined.get(0).children().stream().map(Section::title).toList(),
                "1.1 numbers a heading; 1.5亿元 opens none");
    }

    @Test
    void aNumberedListOfSentencesIsNoHeading() {
        String text = """
                一、2019年工作回顾
                全区经济平稳发展。
                二、2020年工作安排
                主要预期目标是:
                1.地区生产总值增长6%左右;
                2.一般公共预算收入增长1%;
                3.居民人均可支配收入实现与经济增长同步;
                4.细颗粒物年均浓度控制在40微克/立方米以内。
                """;
        List<Section> parts = reader.read(text, new ArrayList<>());
        assertEquals(2, parts.size());
        assertTrue(parts.get(1).children().isEmpty(), () -> "no headings under the plan: " + parts.get(1).children());
    }

    @Test
    void aListsLastItemEndingAtItsFullStopIsNoHeadingAndTheNextPartStillIs() {
        String text = """
                一、2012年工作回顾
                全县经济平稳发展。
                二、2013年重点工作
                今年要办好以下民生实事:
                一、新建农村公路120公里,改造危桥15座;
                二、解决3.6万人的饮水安全问题;
                三、新建乡镇敬老院3所,新增床位300张。
                三、加强政府自身建设
                新的形势对政府工作提出了新的更高要求。
                """;
        List<Section> parts = reader.read(text, new ArrayList<>());
        assertEquals(List.of("2012年工作回顾", "2013年重点工作", "加强政府自身建设"), parts.stream().map(Section::title).toList());
    }

    @Test
    void aHeadingThatLostItsNumeralButKeptItsMarkIsNumberedFromItsNeighbours() {
        String text = """
                一、2022年工作回顾
                全县经济平稳发展。
                、2023年总体要求和目标任务
                今年经济社会发展的主要预期目标是:地区生产总值增长7%左右。
                三、2023年重点工作
                1.坚持工业强县,做大做强主导产业
                推进工业提质增效。
                2.坚持项目为王,持续扩大有效投资
                全年实施亿元以上项目170个。
                .坚持农业稳县,全面推进乡村振兴
                深化农村改革。
                4.坚持城乡统筹,提升县城品质
                推进以县城为重要载体的城镇化建设。
                """;
        List<String> warnings = new ArrayList<>();
        List<Section> parts = reader.read(text, warnings);
        assertEquals(List.of("2022年工作回顾", "2023年总体要求和目标任务", "2023年重点工作"), parts.stream().map(Section::title).toList());
        assertEquals("二", parts.get(1).number());
        assertEquals(List.of("1", "2", "3", "4"), parts.get(2).children().stream().map(Section::number).toList());
        assertEquals("坚持农业稳县,全面推进乡村振兴", parts.get(2).children().get(2).title());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("lost its numeral")), warnings::toString);
    }

    @Test
    void aShortBareLineAfterTheLastPartsHeadingsIsAPartAsLongAsThePartsTitles() {
        String text = """
                2006年工作回顾
                一年来,全市经济社会发展取得新成绩。
                一、坚持工业强市,地方经济实力显著增强
                全市实现生产总值1570亿元。
                二、统筹城乡发展,社会主义新农村建设开局良好
                农民人均纯收入4480元。
                2007年工作目标和主要任务
                今年工作的总体要求是保持经济平稳较快发展。
                一、大力推进工业结构优化升级,不断壮大地方经济实力
                规模以上工业增加值增长18%。
                二、扎实推进社会主义新农村建设,促进农民持续增收
                农民人均纯收入增长8%。
                加强政府自身建设
                新的形势对政府工作提出了新的更高要求。
                """;
        List<Section> parts = reader.read(text, new ArrayList<>());
        assertEquals(List.of("2006年工作回顾", "2007年工作目标和主要任务", "加强政府自身建设"), parts.stream().map(Section::title).toList());
        assertEquals(2, parts.get(1).children().size());
    }

    @Test
    void aTablesLineOfBarredCellsIsNoHeading() {
        String text = """
                一、2022年工作回顾
                全县经济平稳发展。
                二、2023年主要预期目标
                指标 | 单位 | 目标
                地区生产总值增长 | % | 6.5左右
                单位GDP能耗降低 | % | 完成市下达任务
                三、2023年重点工作
                今年要抓好以下工作。
                """;
        List<Section> parts = reader.read(text, new ArrayList<>());
        assertEquals(List.of("2022年工作回顾", "2023年主要预期目标", "2023年重点工作"), parts.stream().map(Section::title).toList());
    }

    @Test
    void aTablesLineOfSpacedCellsEndingIn任务IsNoPartTitle() {
        String text = """
                一、2017年工作回顾
                全县经济平稳发展。
                二、2018年发展目标
                指标\t单位\t2018年目标
                地区生产总值增长\t%\t8左右
                单位地区生产总值能耗降低\t%\t完成省市下达任务
                三、2018年重点工作
                今年要抓好以下工作。
                """;
        List<Section> parts = reader.read(text, new ArrayList<>());
        assertEquals(List.of("2017年工作回顾", "2018年发展目标", "2018年重点工作"), parts.stream().map(Section::title).toList());
    }

    @Test
    void aNumberedLineHoldingAQuantityIsAListItemAndARunInHeadingIsStillAHeading() {
        String text = """
                一、2012年工作回顾
                1.着力稳增长,经济运行平稳向好。全年新开工亿元以上项目418个。
                2.着力调结构,发展质量稳步提升。全年高新技术产业增加值增长18%。
                二、2013年工作安排
                (一)办好十件实事
                1.新增城镇就业6万人,转移农村劳动力4万人
                2.新建和改扩建公办幼儿园40所
                3.新增城市公交车200台
                """;
        List<Section> parts = reader.read(text, new ArrayList<>());
        assertEquals(2, parts.get(0).children().size(), () -> "the run-in headings: " + parts.get(0).children());
        assertEquals(1, parts.get(1).children().size());
        assertTrue(parts.get(1).children().get(0).children().isEmpty(),
                () -> "the year's tasks, each a quantity, are no headings: " + parts.get(1).children().get(0).children());
    }

    @Test
    void aBareLineAfterTheNumberedHeadingsOfABarePartIsTheNextPart() {
        String text = """
                过去一年工作回顾
                全县经济平稳发展。
                2017年工作安排
                今年的主要预期目标是:地区生产总值增长6%。
                (一)突出项目建设,增强发展后劲
                全年实施重点项目210个。
                (二)深化农业供给侧结构性改革
                调减籽粒玉米面积20万亩。
                切实加强政府自身建设
                一般性支出压减8%。
                """;
        List<Section> parts = reader.read(text, new ArrayList<>());
        assertEquals(List.of("过去一年工作回顾", "2017年工作安排", "切实加强政府自身建设"),
                parts.stream().map(Section::title).toList());
        assertEquals(2, parts.get(1).children().size());
        assertEquals("plan", parts.get(2).kind());
    }

    @Test
    void aPartOnWorkSinceATimeOrHowThingsStandLooksBack() {
        String text = """
                一、2020年工作回顾
                全年地区生产总值增长3.6%。
                二、今年以来疫情防控工作
                今年1月以来,全区完成核酸检测120万人次。
                三、新冠肺炎疫情防控和复工复产情况
                全市规模以上工业企业复工率达到99.3%。
                四、2021年主要目标和重点任务
                地区生产总值增长7%左右。
                """;
        List<Section> parts = reader.read(text, new ArrayList<>());
        assertEquals(List.of("review", "review", "review", "plan"), parts.stream().map(Section::kind).toList());
    }

    @Test
    void theYearsWorkNamedAfterTheAimsOfAPlanPeriodIsAPart() {
        String text = """
                “十三五”及2020年工作回顾
                五年来全市经济平稳发展。
                “十四五”时期主要目标和2021年工作安排
                今年的主要预期目标是:地区生产总值增长8%左右。
                """;
        List<Section> parts = reader.read(text, new ArrayList<>());
        assertEquals(List.of("“十三五”及2020年工作回顾", "“十四五”时期主要目标和2021年工作安排"),
                parts.stream().map(Section::title).toList());
        assertEquals("plan", parts.get(1).kind());
    }

    @Test
    void aYearsWorkBeforeTheYearPlannedIsAReview() {
        String text = """
                一、“十三五”时期发展成就
                全省经济平稳发展。
                二、2020年主要工作
                全省地区生产总值增长3.8%。
                三、“十四五”时期的主要目标
                全省地区生产总值年均增长6%。
                四、2021年工作安排
                全省地区生产总值增长6%以上。
                """;
        List<Section> parts = reader.read(text, new ArrayList<>());
        assertEquals(List.of("review", "review", "plan", "plan"), parts.stream().map(Section::kind).toList());
    }

    @Test
    void aHeadingRunIntoAParagraphTooLongForATitleEndsWhereTheParagraphOpens() {
        String text = """
                一、2012年工作回顾
                (一)坚持项目带动,经济保持较快增长我们始终把项目建设作为稳增长、调结构的主抓手,坚持市级领导联系重点项目、项目建设月调度和分类督办制度,推动了一批大项目落地见效。全年实施重点项目186个。
                (二)坚持安全转型,花炮产业稳中提质花炮是我市的传统支柱产业。
                二、2013年工作安排
                地区生产总值增长12%。
                """;
        List<Section> parts = reader.read(text, new ArrayList<>());
        assertEquals(List.of("坚持项目带动,经济保持较快增长", "坚持安全转型,花炮产业稳中提质花炮是我市的传统支柱产业"),
                parts.get(0).children().stream().map(Section::title).toList(), "a title short enough is left whole");
    }

    @Test
    void aLetterSpacedHeadingIsReadWithoutItsSpacesAndKeepsItsKind() {
        String text = """
                一、2022 年 工 作 回 顾
                全区经济平稳发展。
                (一 )坚 持 创 新 驱 动 ,产 业 能 级 加 速 跃 升
                全区研发投入增长8%。
                (二)坚持项目为王 经济运行韧性彰显
                全年实施重大项目268个。
                二、2 0 2 3 年 主 要 目 标 和 重 点 工 作
                地区生产总值增长6%左右。
                """;
        List<Section> parts = reader.read(text, new ArrayList<>());
        assertEquals(List.of("2022年工作回顾", "2023年主要目标和重点工作"), parts.stream().map(Section::title).toList());
        assertEquals(List.of("review", "plan"), parts.stream().map(Section::kind).toList());
        assertEquals(List.of("坚持创新驱动,产业能级加速跃升", "坚持项目为王 经济运行韧性彰显"),
                parts.get(0).children().stream().map(Section::title).toList(), "a space for a lost comma stays");
    }

    @Test
    void aPartTitleNamingItsYearGluedToTheEndOfAParagraphIsAPart() {
        String text = """
                一、2018年工作回顾
                全县经济运行总体平稳。
                对此，我们将高度重视，认真加以解决。二、2019年工作安排
                全县地区生产总值增长8%左右。
                """;
        List<Section> parts = reader.read(text, new ArrayList<>());
        assertEquals(List.of("2018年工作回顾", "2019年工作安排"), parts.stream().map(Section::title).toList());
        assertEquals(List.of("review", "plan"), parts.stream().map(Section::kind).toList());
        assertEquals(text.indexOf("二、2019"), parts.get(1).start(), "the part starts where its numeral does");
        String partsText = """
                第一部分　2021年工作回顾
                全县经济运行总体平稳。
                必须坚持实干兴县。第二部分　2022年主要目标和重点任务
                粮食产量稳定在60万吨以上。
                """;
        assertEquals(List.of("review", "plan"), reader.read(partsText, new ArrayList<>()).stream().map(Section::kind).toList());
    }

    @Test
    void aHeadingGluedToTheEndOfAParagraphIsAHeading() {
        String text = """
                一、2018年工作回顾
                全省经济运行总体平稳。科技创新平台建设取得新突破，产学研合作更加紧密。1.做强农业
                粮食总产量稳定在1500亿斤以上。
                2.壮大工业
                规模以上工业增加值增长3%。
                二、2019年工作安排
                主要预期目标是：全省生产总值增长5%左右。1.地区生产总值增长6%左右
                """;
        List<Section> parts = reader.read(text, new ArrayList<>());
        List<Section> review = parts.get(0).children();
        assertEquals(List.of("做强农业", "壮大工业"), review.stream().map(Section::title).toList());
        assertEquals(text.indexOf("1.做强农业"), review.get(0).start(), "the heading starts where its numeral does");
        assertTrue(parts.get(1).children().isEmpty(), () -> "a glued item with a figure is no heading: " + parts.get(1).children());
    }

    @Test
    void bracketedLinesAreHeadingsWithoutNumbers() {
        String text = """
                一、2020年工作回顾
                【稳住经济基本盘，发展质量稳步提升】
                全县地区生产总值增长5%。
                【守护绿水青山，水土流失治理再创佳绩】
                完成水土流失综合治理5万亩。
                【打印本页】
                二、2021年主要目标和工作任务
                【壮大主导产业，夯实高质量发展支撑】
                地区生产总值增长7%。
                """;
        List<Section> parts = reader.read(text, new ArrayList<>());
        assertEquals(2, parts.size());
        assertEquals(List.of("稳住经济基本盘，发展质量稳步提升", "守护绿水青山，水土流失治理再创佳绩"),
                parts.get(0).children().stream().map(Section::title).toList());
        assertNull(parts.get(0).children().get(0).number());
        assertEquals(1, parts.get(1).children().size());
    }

    @Test
    void partsNumberedInBracketsHoldBareHeadings() {
        String text = """
                【一】2018年工作回顾
                一年来，全区经济平稳运行。
                坚持项目为王，发展动能持续增强
                全年新签约亿元以上项目126个，协议投资额1286亿元。
                坚持民生为本，群众获得感持续增强
                城乡居民收入稳步增长，社会保障水平不断提高。
                【二】2019年工作安排
                全区经济社会发展的主要预期目标是：地区生产总值增长7%左右。
                聚焦产业强区，加快构建现代产业体系
                大力发展先进制造业，推动产业链向高端延伸，培育壮大一批龙头企业。
                聚焦民生福祉，加快提升群众幸福感
                认真办好十大民生实事：
                新增城镇就业1.4万人。
                【三】全面加强政府自身建设
                坚持依法行政，自觉接受人大监督和政协民主监督。
                """;
        List<Section> parts = reader.read(text, new ArrayList<>());
        assertEquals(List.of("2018年工作回顾", "2019年工作安排", "全面加强政府自身建设"), parts.stream().map(Section::title).toList());
        assertEquals("【二】", parts.get(1).number());
        assertEquals(List.of("聚焦产业强区，加快构建现代产业体系", "聚焦民生福祉，加快提升群众幸福感"),
                parts.get(1).children().stream().map(Section::title).toList(),
                "a short paragraph that ends on a colon before a list is a paragraph still");
    }

    @Test
    void buildsPartsAndNumberedHeadingsWithKindsAndOffsets() {
        String text = """
                各位代表:
                一年工作回顾
                2017年,全区经济平稳发展。
                一、坚持生态涵养区功能定位,生态文明建设成效显著
                空气质量明显改善。
                二、推动产业转型升级,促进经济平稳发展
                今后四年发展方向和2018年工作任务
                一、长抓不懈,久久为功
                (一)深入推进生态文明建设。全年植树造林1万亩。
                (二)构建“高精尖”产业结构
                """;
        List<Section> parts = reader.read(text, new ArrayList<>());
        assertEquals(2, parts.size());
        Section review = parts.get(0);
        assertEquals("s1", review.id());
        assertEquals("review", review.kind());
        assertNull(review.number());
        assertEquals(text.indexOf("一年工作回顾"), review.start());
        assertEquals(text.indexOf("今后四年"), review.end());
        assertEquals(List.of("坚持生态涵养区功能定位,生态文明建设成效显著", "推动产业转型升级,促进经济平稳发展"),
                review.children().stream().map(Section::title).toList());
        assertEquals("s1.2", review.children().get(1).id());
        assertEquals("二", review.children().get(1).number());
        Section plan = parts.get(1);
        assertEquals("plan", plan.kind());
        Section inline = plan.children().get(0).children().get(0);
        assertEquals("深入推进生态文明建设", inline.title(), "an inline heading ends at the first 。");
        assertEquals("(一)", inline.number());
        assertEquals(3, inline.level());
        assertEquals(text.length(), plan.end());
    }

    @Test
    void recoversHeadingsWhoseNumeralWasLost() {
        List<String> warnings = new ArrayList<>();
        String text = """
                第二部分 2023年重点任务
                一、深化生态建设,提升环境品质
                夯实发展基础。落实《关于新时代高质量推动生态涵养区发展的实施方案》,推进各项工作。
                突出财源建设,增强发展动能
                做优营商环境。深化全区“一盘棋”思想。
                三、强化文旅建设,加速提档升级
                (一)深入推动全面开放。实施开放战略。
                ()深入推进绿色发展,努力打造生态武清。牢固树立绿色理念。
                (三)深入践行以人民为中心的发展思想。
                """;
        Section part = reader.read(text, warnings).get(0);
        assertEquals("第二部分", part.number());
        assertEquals("plan", part.kind());
        assertEquals(List.of("一", "二", "三"), part.children().stream().map(Section::number).toList());
        assertEquals("突出财源建设,增强发展动能", part.children().get(1).title());
        List<Section> subs = part.children().get(2).children();
        assertEquals("(二)", subs.get(1).number());
        assertEquals("深入推进绿色发展,努力打造生态武清", subs.get(1).title());
        assertEquals(2, warnings.size(), warnings.toString());
    }

    @Test
    void doesNotMakeEveryShortLineAHeading() {
        String text = """
                一、2017年工作回顾
                融入协同发展取得新成效。坚决服从服务大局。
                各位代表
                成绩来之不易
                二、2018年主要任务
                三、全面加强政府自身建设
                """;
        List<Section> parts = reader.read(text, new ArrayList<>());
        assertEquals(3, parts.size());
        assertTrue(parts.stream().allMatch(p -> p.children().isEmpty()));
        assertEquals(List.of("review", "plan", "plan"), parts.stream().map(Section::kind).toList(),
                "a part without cue words after a plan part goes on planning");
    }

    @Test
    void aGlossaryPartHasEntriesNotHeadings() {
        String text = """
                一、2019年工作回顾
                政府工作报告名词解释
                1.老城双修:在通州区老城地区开展“城市双修”。
                2.三区三园:依托中心城优质资源。
                """;
        List<Section> parts = reader.read(text, new ArrayList<>());
        assertEquals("glossary", parts.get(1).kind());
        assertTrue(parts.get(1).children().isEmpty());
        List<Section> appended = reader.read("一、2011年工作回顾\n(一)加强政府自身建设\n附件：名词解释\n1.呼包鄂:指呼和浩特、包头、鄂尔多斯三市。\n",
                new ArrayList<>());
        assertEquals(List.of("glossary"), appended.stream().skip(1).map(Section::kind).toList(), "a colon in an appendix's title");
        assertEquals("附件：名词解释", appended.get(1).title(), "an appendix is titled as written, its label too");
        assertEquals("附件", reader.read("一、2011年工作回顾\n附件\n1.呼包鄂:指呼和浩特三市。\n", new ArrayList<>()).get(1).title());
        List<Section> titled = reader.read("一、2019年工作回顾\n二、2020年工作安排\n附件1：胶州市2020年经济社会发展主要预期目标\n"
                + "指标 | 单位 | 目标\n", new ArrayList<>());
        assertEquals("附件1：胶州市2020年经济社会发展主要预期目标", titled.get(2).title(), "an appendix with its title");
        List<Section> table = reader.read("一、2023年工作回顾\n二、2024年工作安排\n附表：2023年全省主要经济指标完成情况和2024年预期目标\n"
                + "指标名称　　2023年完成情况　　2024年预期目标\n", new ArrayList<>());
        assertEquals(List.of("附表：2023年全省主要经济指标完成情况和2024年预期目标"), table.stream().skip(2).map(Section::title).toList(),
                "an appended table is a part of its own, after the numbered ones");
        assertEquals(2, reader.read("一、2019年工作回顾\n二、2020年工作安排\n附件：2023年某市政府工作报告.pdf\n", new ArrayList<>()).size(),
                "a web page's file to download is no part");
    }

    @Test
    void repeatedNumbersInTheBodyAreNotHeadings() {
        String text = "一、回顾\n二、任务\n一、这是正文里的列举\n三、加强自身建设\n";
        List<Section> parts = reader.read(text, new ArrayList<>());
        assertEquals(List.of("回顾", "任务", "加强自身建设"), parts.stream().map(Section::title).toList());
    }
    @Test
    void anUnnumberedPartTitleAmongNumberedPartsIsOneOfThem() {
        String text = """
                一、2017年工作回顾
                全年地区生产总值增长6%。
                2018年主要任务
                (一)深入落实重大国家战略。全年完成投资100亿元。
                (二)深入推进供给侧结构性改革。
                三、全面加强政府自身建设
                (一)坚持把政治建设摆在首位。
                """;
        List<Section> parts = reader.read(text, new ArrayList<>());
        assertEquals(List.of("2017年工作回顾", "2018年主要任务", "全面加强政府自身建设"), parts.stream().map(Section::title).toList());
        assertEquals(List.of("一", "二", "三"), parts.stream().map(Section::number).toList());
        assertEquals(List.of("review", "plan", "plan"), parts.stream().map(Section::kind).toList());
        assertEquals(2, parts.get(1).children().size());
        assertEquals(1, parts.get(2).children().size());
    }

    private static final String TWO_REVIEW_HEADINGS = """
            一年工作回顾
            一、坚持生态涵养区功能定位,生态文明建设成效显著
            空气质量明显改善。
            二、推动产业转型升级,促进经济平稳发展
            """;

    @Test
    void theLastHeadingOfASeriesMayLoseItsNumeralToo() {
        List<String> warnings = new ArrayList<>();
        List<Section> parts = reader.read(TWO_REVIEW_HEADINGS + """
                全年地区生产总值增长6%。
                精于管理,善于服务,加强政府自身建设
                持之以恒推进法治政府建设。
                """, warnings);
        assertEquals(List.of("坚持生态涵养区功能定位,生态文明建设成效显著", "推动产业转型升级,促进经济平稳发展",
                "精于管理,善于服务,加强政府自身建设"), parts.get(0).children().stream().map(Section::title).toList());
        assertEquals("三", parts.get(0).children().get(2).number());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("精于管理")), warnings.toString());
    }

    @Test
    void aBareLineUnlikeTheSeriesAfterItsLastHeadingIsNoHeading() {
        List<Section> parts = reader.read(TWO_REVIEW_HEADINGS + """
                表1
                全年地区生产总值增长6%。
                """, new ArrayList<>());
        assertEquals(2, parts.get(0).children().size());
    }
    @Test
    void unnumberedPartTitlesNamingAYearOrASpan() {
        List<Section> parts = reader.read("""
                一年来的工作
                全年地区生产总值增长6%。
                二〇一八年主要工作
                主要预期目标
                地区生产总值增长6.5%左右。
                """, new ArrayList<>());
        assertEquals(List.of("一年来的工作", "二〇一八年主要工作"), parts.stream().map(Section::title).toList());
        assertEquals(List.of("review", "plan"), parts.stream().map(Section::kind).toList());
    }

    @Test
    void anUnnumberedPlanTitleOfTargetsAndWorkHoldsTheNumberedHeadingsAfterIt() {
        List<Section> parts = reader.read("""
                2014年工作回顾
                一、坚持工业强市，转型升级步伐加快
                全年地区生产总值增长7.4%。
                二、坚持民生优先，社会事业全面进步
                民生支出28.7亿元。
                2015年主要目标和重点工作
                一、聚焦有效投资，全力稳增长
                完成固定资产投资300亿元。
                二、聚焦民生实事，提升群众幸福感
                新增城镇就业5000人。
                """, new ArrayList<>());
        assertEquals(List.of("2014年工作回顾", "2015年主要目标和重点工作"), parts.stream().map(Section::title).toList());
        assertEquals(List.of("review", "plan"), parts.stream().map(Section::kind).toList());
        assertEquals(2, parts.get(1).children().size());
    }
    @Test
    void aChineseNumeralWithAFullStopNumbersAHeadingToo() {
        List<Section> parts = reader.read("一.2017年工作回顾\n全年增长6%。\n二.2018年工作安排\n1.稳增长\n内容。\n2.促改革\n",
                new ArrayList<>());
        assertEquals(List.of("2017年工作回顾", "2018年工作安排"), parts.stream().map(Section::title).toList());
        assertEquals(List.of("review", "plan"), parts.stream().map(Section::kind).toList());
        assertEquals(2, parts.get(1).children().size());
    }

    @Test
    void shortLinesBetweenParagraphsOfAPartNumberingNothingAreItsHeadings() {
        String para = "营商环境持续优化,企业开办、不动产登记等事项办理时间大幅压缩,市场主体活力不断增强。\n";
        String text = "一年来的工作\n" + para + "木制玩具产业提质扩量\n" + para + "全域旅游蓬勃发展\n" + para
                + "今年工作安排\n" + para + "聚力产业升级\n" + para + "全县实现地区生产总值\n136.8亿元,增长7.6%,增速列全市第一。\n";
        List<Section> parts = reader.read(text, new ArrayList<>());
        assertEquals(List.of("木制玩具产业提质扩量", "全域旅游蓬勃发展"),
                parts.get(0).children().stream().map(Section::title).toList());
        assertNull(parts.get(0).children().get(0).number());
        assertTrue(parts.get(1).children().isEmpty(), "one such line, and a paragraph's broken piece, are no series");
    }

    @Test
    void aShortLineAfterAParagraphIntroducingWhatFollowsIsAHeadingToo() {
        String para = "我们坚决落实国家稳经济一揽子政策和接续措施，全力以赴稳增长、稳就业、稳物价。\n";
        String text = "一、2022年工作回顾\n一年来，我们主要做了以下几个方面的工作：\n聚焦稳住经济大盘，综合实力稳中有进\n" + para
                + "聚焦楼宇经济和总部经济，现代服务业加快集聚\n" + para + "二、2023年工作安排\n" + para;
        List<Section> parts = reader.read(text, new ArrayList<>());
        assertEquals(List.of("聚焦稳住经济大盘，综合实力稳中有进", "聚焦楼宇经济和总部经济，现代服务业加快集聚"),
                parts.get(0).children().stream().map(Section::title).toList());
    }

    @Test
    void aShortLineADashLeadsIsAnUnnumberedHeadingAndADashLedParagraphIsNot() {
        String para = "我们坚持把化解钢铁过剩产能作为结构调整的当头炮，推进钢铁、焦化等行业压减产能。\n";
        String text = "一、2019年工作回顾\n一年来，我们着力抓了以下几个方面的工作：\n——坚定不移去产能、调结构，产业转型迈出坚实步伐\n" + para
                + "——坚定不移抓项目、促投资，发展后劲持续增强\n" + para + "——坚持创新驱动，新质生产力加快培育。我们把创新摆在核心位置。\n"
                + "二、2020年工作安排\n" + para;
        List<Section> parts = reader.read(text, new ArrayList<>());
        assertEquals(List.of("坚定不移去产能、调结构，产业转型迈出坚实步伐", "坚定不移抓项目、促投资，发展后劲持续增强"),
                parts.get(0).children().stream().map(Section::title).toList());
    }

    @Test
    void anAppendixAndNotesAreParts() {
        List<Section> parts = reader.read("""
                一、2022年工作回顾
                全年增长6%。
                二、2023年工作安排
                全年增长6%左右。
                说明
                1.本报告中2022年经济指标为预计数。
                附件
                2023年民生实事项目
                """, new ArrayList<>());
        assertEquals(List.of("2022年工作回顾", "2023年工作安排", "说明", "附件"), parts.stream().map(Section::title).toList());
        assertEquals(List.of("review", "plan", "other", "other"), parts.stream().map(Section::kind).toList(),
                "notes on the figures are no plan, nor what follows them");
    }
}
