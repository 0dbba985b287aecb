package io.govreport.extractor;

import io.govreport.model.ReportDocument;
import io.govreport.model.ReportIds;
import io.govreport.model.Section;
import io.govreport.model.Source;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever comes in, the extractor gives a valid document and never throws. */
class ExtractorPropertyTest {
    private static final Extractor EXTRACTOR = new Extractor();
    private static final Source SOURCE = new Source("x.txt", "text/plain", "UTF-8");

    @Property(tries = 200)
    void anyUnicodeGivesAValidDocument(@ForAll("anyText") String text) {
        assertValid(text, EXTRACTOR.extract(text, SOURCE));
    }

    @Property(tries = 100)
    void garbledReportsGiveAValidDocument(@ForAll("garbled") String text) {
        assertValid(text, EXTRACTOR.extract(text, SOURCE));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(3000);
    }

    /** Pieces of real report structure (headings, dates, numbers, markers) shuffled and cut. */
    @Provide
    Arbitrary<String> garbled() {
        Arbitrary<String> piece = Arbitraries.of("一、", "(一)", "()", "第一部分", "——2018年1月16日在", "会议上", "区长 ",
                "各位代表:", "名词解释\n", "1.", "增长6.5%", "4.2万余", "二十余", "\n", "\n\n", "。", "政府工作报告", "北京市",
                "朝阳区", "——", "(", ")", "12月", "亿元", "年均", "%", "【打印本页】", "\uFEFF", "\r\n", "１２３");
        return piece.list().ofMaxSize(200).map(l -> String.join("", l));
    }

    @Test
    void noPunctuationAtAll() {
        String text = "地区生产总值增长全区一般公共预算收入完成".repeat(500);
        ReportDocument doc = EXTRACTOR.extract(text, SOURCE);
        assertValid(text, doc);
        assertTrue(doc.sections().isEmpty());
    }

    @Test
    void aMegabyteOnOneLine() {
        String text = "一、增长6.5%,完成4.2万余铺(一)".repeat(1024 * 1024 / 20);
        assertValid(text, EXTRACTOR.extract(text, SOURCE));
    }

    @Test
    void onlyNumbers() {
        String text = "1234567890 3.14 1. 2、 (3) 2018年 ".repeat(2000);
        assertValid(text, EXTRACTOR.extract(text, SOURCE));
    }

    @Test
    void nullAndEmptyInputGiveADocumentWithAWarning() {
        for (String text : new String[]{null, "", "   \n\n "}) {
            ReportDocument doc = EXTRACTOR.extract(text, SOURCE);
            assertValid(text, doc);
            assertFalse(doc.warnings().isEmpty());
        }
    }

    private static void assertValid(String input, ReportDocument doc) {
        assertNotNull(doc);
        assertTrue(ReportIds.isValid(doc.id()));
        assertEquals(Extractor.VERSION, doc.extractorVersion());
        assertNotNull(doc.meta());
        assertNotNull(doc.text());
        assertNotNull(doc.warnings());
        assertNotNull(doc.glossary());
        assertNotNull(doc.indicators());
        checkSections(doc.sections(), doc.text().length());
        doc.indicators().forEach(i -> {
            assertTrue(i.evidence().start() >= 0 && i.evidence().end() <= doc.text().length());
            assertEquals(doc.text().substring(i.evidence().start(), i.evidence().end()), i.evidence().text());
        });
        assertTrue(input == null || doc.text().length() <= input.length());
    }

    private static void checkSections(List<Section> sections, int length) {
        assertNotNull(sections);
        for (Section s : sections) {
            assertTrue(0 <= s.start() && s.start() <= s.end() && s.end() <= length, s.toString());
            assertFalse(s.title() == null || s.title().isEmpty());
            checkSections(s.children(), length);
        }
    }
}
