package io.govreport.extractor.input;

/**
 * A report turned into plain UTF-8 text.
 *
 * @param text        the report text (BOM stripped, LF line endings, HTML reduced to its text); the report id is
 *                    {@code ReportIds.of(text)}
 * @param charset     the charset the bytes were read in; null for a .pdf or .docx file (its text is Unicode)
 * @param contentType {@code text/plain} or {@code text/html}, what the bytes turned out to be, or the content type of
 *                    a .pdf or .docx file ({@link ReportFormat})
 */
public record DecodedReport(String text, String charset, String contentType) {
}
