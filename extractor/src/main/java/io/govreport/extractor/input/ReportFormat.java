package io.govreport.extractor.input;

import java.util.List;
import java.util.Locale;

/** The kinds of report file govreport reads, each with its content type and file name endings. */
public enum ReportFormat {
    TEXT("text/plain", ".txt"),
    HTML("text/html", ".html", ".htm"),
    PDF("application/pdf", ".pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");

    private final String contentType;
    private final List<String> endings;

    ReportFormat(String contentType, String... endings) {
        this.contentType = contentType;
        this.endings = List.of(endings);
    }

    public String contentType() {
        return contentType;
    }

    /** The format a file name's ending says, or null. */
    public static ReportFormat ofFileName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            if (format.endings.stream().anyMatch(name::endsWith)) {
                return format;
            }
        }
        return null;
    }

    /** The format a content type names (parameters such as a charset aside), or null. */
    public static ReportFormat ofContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            if (format.contentType.equals(type)) {
                return format;
            }
        }
        return null;
    }
}
