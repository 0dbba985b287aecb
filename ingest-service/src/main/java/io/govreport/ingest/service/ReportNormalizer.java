package io.govreport.ingest.service;

import io.govreport.extractor.input.DecodedReport;
import io.govreport.extractor.input.ReportDecoder;
import io.govreport.extractor.input.ReportFileReader;
import io.govreport.extractor.input.ReportFormat;
import io.govreport.extractor.input.UndecodableInputException;
import io.govreport.model.Source;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Turns whatever was submitted (a text or HTML body, or a .txt/.html/.pdf/.docx file) into UTF-8 report text. */
@ApplicationScoped
public class ReportNormalizer {
    private final ReportDecoder decoder = new ReportDecoder();
    private final ReportFileReader files = new ReportFileReader(decoder);

    /** A text/plain or text/html body: the decoder detects the charset and strips markup. */
    public NormalizedReport fromBody(byte[] body, String contentType) {
        try {
            return normalized(decoder.decode(body, contentType, null), null);
        } catch (UndecodableInputException e) {
            throw notText(e);
        }
    }

    /** An uploaded file, read as the command line reads one (the extractor's {@link ReportFileReader}). */
    public NormalizedReport fromFile(Path file, String fileName, String partContentType) {
        ReportFormat format = formatOf(fileName, partContentType);
        try {
            return normalized(files.read(file, fileName, format), fileName);
        } catch (UndecodableInputException e) {
            throw notText(e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
    }

    private static NormalizedReport normalized(DecodedReport decoded, String fileName) {
        return new NormalizedReport(decoded.text(), new Source(fileName, decoded.contentType(), decoded.charset()));
    }

    private static ReportRejected notText(UndecodableInputException e) {
        return ReportRejected.notText("Not a text report: " + e.getMessage() + ".");
    }

    /** The file name's ending decides; the part's content type is the fallback (browsers often send octet-stream). */
    private static ReportFormat formatOf(String fileName, String partContentType) {
        ReportFormat format = ReportFormat.ofFileName(fileName);
        if (format == null) {
            format = ReportFormat.ofContentType(partContentType);
        }
        if (format == null) {
            throw new ReportRejected(415, "Unsupported file type",
                    "Upload a .txt, .html, .pdf or .docx file; got '" + (fileName == null ? "" : fileName) + "'.");
        }
        return format;
    }
}
