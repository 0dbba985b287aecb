package io.govreport.extractor.input;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a report file (.txt, .html, .pdf, .docx) into its text, the same for an upload to ingest-service and a file
 * given to the command line. Needs pdfbox and poi-ooxml on the class path (optional dependencies of the extractor).
 * Thread-safe.
 */
public final class ReportFileReader {
    private static final String UTF8_TEXT = "text/plain; charset=UTF-8";

    private final ReportDecoder decoder;

    public ReportFileReader(ReportDecoder decoder) {
        this.decoder = decoder;
    }

    /**
     * @param fileName the file's own name (an upload's is not the name of the file it was saved in)
     * @return the text; for .pdf and .docx with no charset and the format's content type
     * @throws IOException               when the file cannot be read
     * @throws UndecodableInputException when it is not a report of its format
     */
    public DecodedReport read(Path file, String fileName, ReportFormat format) throws IOException, UndecodableInputException {
        return switch (format) {
            case TEXT, HTML -> decoder.decode(Files.readAllBytes(file), format.contentType(), fileName);
            case PDF -> fromExtractedText(pdfText(file), format);
            case DOCX -> fromExtractedText(docxText(file), format);
        };
    }

    /** PDF and Word text is already Unicode; it passes the same decoder so line endings match a text file. */
    private DecodedReport fromExtractedText(String text, ReportFormat format) throws UndecodableInputException {
        DecodedReport decoded = decoder.decode(text.getBytes(StandardCharsets.UTF_8), UTF8_TEXT, null);
        return new DecodedReport(decoded.text(), null, format.contentType());
    }

    private static String pdfText(Path file) throws UndecodableInputException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            if (text.isBlank()) {
                throw new UndecodableInputException("the PDF has no text layer (a scan?); run OCR first or submit the text");
            }
            return text;
        } catch (IOException e) {
            throw new UndecodableInputException("the file is not a readable PDF");
        }
    }

    private static String docxText(Path file) throws UndecodableInputException {
        try (InputStream in = Files.newInputStream(file);
             XWPFDocument docx = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            return extractor.getText();
        } catch (IOException | RuntimeException e) {
            // POI signals a file that is not OOXML with runtime exceptions (NotOfficeXmlFileException and kin).
            throw new UndecodableInputException("the file is not a readable .docx document");
        }
    }
}
