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
}
