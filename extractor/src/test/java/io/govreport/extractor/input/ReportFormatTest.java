package io.govreport.extractor.input;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReportFormatTest {

    @Test
    void aFileNameEndingSaysTheFormatWhateverItsCase() {
        assertEquals(ReportFormat.DOCX, ReportFormat.ofFileName("R3.DOCX"));
        assertEquals(ReportFormat.HTML, ReportFormat.ofFileName("index.htm"));
        assertEquals(ReportFormat.PDF, ReportFormat.ofFileName("report.pdf"));
        assertEquals(ReportFormat.TEXT, ReportFormat.ofFileName("report.txt"));
        assertNull(ReportFormat.ofFileName("report.doc"));
        assertNull(ReportFormat.ofFileName(null));
    }

    @Test
    void aContentTypeSaysTheFormatWithoutItsParameters() {
        assertEquals(ReportFormat.HTML, ReportFormat.ofContentType("Text/HTML; charset=gbk"));
        assertEquals(ReportFormat.PDF, ReportFormat.ofContentType("application/pdf"));
        assertNull(ReportFormat.ofContentType("application/octet-stream"));
        assertNull(ReportFormat.ofContentType(null));
    }
}
