package io.govreport.extractor;

import io.govreport.extractor.input.ReportDecoder;
import io.govreport.model.ReportDocument;
import io.govreport.model.ReportIds;
import io.govreport.model.Source;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractorTest {
    private static final Extractor EXTRACTOR = new Extractor();

    @Test
    void theIdIsTheSameWhetherTheReportCameAsCrlfBytesOrAsText() throws Exception {
        String report = "2018年北京市平谷区人民政府工作报告\n各位代表:\n一年工作回顾\n";
        byte[] crlf = ("\uFEFF" + report.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        String decoded = new ReportDecoder().decode(crlf, null, null).text();
        ReportDocument a = EXTRACTOR.extract(decoded, null);
        ReportDocument b = EXTRACTOR.extract(report.replace("\n", "\r\n"), null);
        assertEquals(ReportIds.of(report), a.id());
        assertEquals(a.id(), b.id());
    }

    @Test
    void publishesATimingForEveryStage() {
        List<String> stages = new ArrayList<>();
        EXTRACTOR.extract("政府工作报告\n各位代表:\n", new Source("a.txt", "text/plain", "UTF-8"), (stage, nanos) -> {
            assertTrue(nanos >= 0);
            stages.add(stage);
        });
        assertEquals(List.of("normalize", "sections", "metadata", "indicators", "glossary"), stages);
    }

    @Test
    void aHeadingRunIntoItsParagraphWithoutAFullStopEndsWhereTheParagraphOpens() {
        String report = "2012年海南省政府工作报告\n各位代表:\n一、2011年工作回顾\n"
                + "(一)经济保持平稳较快增长全省地区生产总值达到2515.3亿元,比上年增长12%。\n"
                + "(二)聚焦高质量发展,全市粮食产量增长3%\n全省粮食产量增长3%。\n"
                + "(三)应对金融危机,经济平稳较快发展全县生产总值130.6亿元,增长13.1%。\n";
        ReportDocument doc = EXTRACTOR.extract(report, null);
        List<String> titles = doc.sections().get(0).children().stream().map(s -> s.title()).toList();
        assertEquals(List.of("经济保持平稳较快增长", "聚焦高质量发展,全市粮食产量增长3%", "应对金融危机,经济平稳较快发展"), titles,
                "a title ends before the paragraph's opening word glued to it, with a figure after it");
        var gdp = doc.indicators().get(0);
        assertEquals("地区生产总值", gdp.name());
        assertEquals("全省地区生产总值达到2515.3亿元", gdp.evidence().text());
        assertEquals("全省地区生产总值达到2515.3亿元,比上年增长12%", doc.indicators().get(1).evidence().text());
    }

    @Test
    void aHeadingRunIntoItsParagraphOpensAParagraphOfItsOwn() {
        String report = "重庆市政府工作报告\n——2020年1月11日在重庆市第五届人民代表大会第三次会议上\n各位代表:\n"
                + "一、2019年工作回顾\n1. 坚决打好三大攻坚战。坚持把打好三大攻坚战作为硬任务。\n"
                + "“十三五”以来,全市生产总值年均增长8.2%左右。\n"
                + "2. 推动经济高质量发展。坚持稳增长与调结构并重。工业经济企稳回升,规模以上工业增加值增长6.2%。\n"
                + "3. 深化改革扩大开放。本年度全市外贸进出口总额达到5792.8亿元。\n"
                + "二、2020年目标任务\n地区生产总值增长6%左右。\n";
        ReportDocument doc = EXTRACTOR.extract(report, null);
        var industry = doc.indicators().stream().filter(i -> i.name().equals("规模以上工业增加值")).findFirst().orElseThrow();
        assertEquals(2019, industry.year(), "the span the paragraph before opened with ends at the heading");
        var trade = doc.indicators().stream().filter(i -> i.name().contains("进出口总额")).findFirst().orElseThrow();
        assertEquals(2019, trade.year(), "a review's 本年度 is the year reviewed, though read out in the next");
    }
}
