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
}
