package io.govreport.ingest.service;

import io.govreport.extractor.input.DecodedReport;
import io.govreport.extractor.input.ReportDecoder;
import io.govreport.extractor.input.UndecodableInputException;
import io.govreport.model.Source;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Turns whatever was submitted (a text or HTML body, or a .txt/.html/.pdf/.docx file) into UTF-8 report text. */
@ApplicationScoped
public class ReportNormalizer {
    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String UTF8_TEXT = "text/plain; charset=UTF-8";

    private final ReportDecoder decoder = new ReportDecoder();

    /** A text/plain or text/html body: the decoder detects the charset and strips markup. */
    public NormalizedReport fromBody(byte[] body, String contentType) {
        return decode(body, contentType, null);
    }

    public NormalizedReport fromFile(Path file, String fileName, String partContentType) {
        String type = typeOf(fileName, partContentType);
        return switch (type) {
            case PDF -> fromExtractedText(pdfText(file), fileName, PDF);
            case DOCX -> fromExtractedText(docxText(file), fileName, DOCX);
            default -> decode(readAll(file), type, fileName);
        };
    }

    private NormalizedReport decode(byte[] bytes, String contentType, String fileName) {
        DecodedReport decoded = decodeOrReject(bytes, contentType, fileName);
        return new NormalizedReport(decoded.text(), new Source(fileName, decoded.contentType(), decoded.charset()));
    }

    /** PDF and Word text is already Unicode; it passes the same decoder so line endings match a text upload. */
    private NormalizedReport fromExtractedText(String text, String fileName, String contentType) {
        DecodedReport decoded = decodeOrReject(text.getBytes(StandardCharsets.UTF_8), UTF8_TEXT, null);
        return new NormalizedReport(decoded.text(), new Source(fileName, contentType, null));
    }

    private DecodedReport decodeOrReject(byte[] bytes, String contentType, String fileName) {
        try {
            return decoder.decode(bytes, contentType, fileName);
        } catch (UndecodableInputException e) {
            throw ReportRejected.notText("Not a text report: " + e.getMessage() + ".");
        }
    }

    /** The file name's extension decides; the part's content type is the fallback (browsers often send octet-stream). */
    private static String typeOf(String fileName, String partContentType) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return "text/plain";
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "text/html";
        }
        if (name.endsWith(".pdf")) {
            return PDF;
        }
        if (name.endsWith(".docx")) {
            return DOCX;
        }
        String type = baseType(partContentType);
        if (type != null && (type.equals("text/plain") || type.equals("text/html") || type.equals(PDF) || type.equals(DOCX))) {
            return type;
        }
        throw new ReportRejected(415, "Unsupported file type",
                "Upload a .txt, .html, .pdf or .docx file; got '" + (fileName == null ? "" : fileName) + "'.");
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static String pdfText(Path file) {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            if (text.isBlank()) {
                throw ReportRejected.notText("The PDF has no text layer (a scan?); run OCR first or submit the text.");
            }
            return text;
        } catch (IOException e) {
            throw ReportRejected.notText("The file is not a readable PDF.");
        }
    }

    private static String docxText(Path file) {
        try (InputStream in = Files.newInputStream(file);
             XWPFDocument docx = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            return extractor.getText();
        } catch (IOException | RuntimeException e) {
            // POI signals a file that is not OOXML with runtime exceptions (NotOfficeXmlFileException and kin).
            throw ReportRejected.notText("The file is not a readable .docx document.");
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
    }
}
