package io.govreport.extractor.variants;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The text a PDF of the report gives: paragraphs indented and broken into lines of one width mid-sentence (a
 * closing mark never starts a line), no blank lines, and at every page end a page number (— 3 —, -4-) and, on
 * the next page, the running header; or ({@link #withoutPageNumbers}) the running header alone, as a PDF copied
 * without its footers gives. Or ({@link #textWrappedAt}) a text file wrapped at a character count, with neither
 * indents nor pages.
 */
final class PdfText implements ReportVariant {
    private static final int LINES_PER_PAGE = 36;
    private static final String NO_LINE_START = ",，。.、;；:：!！?？)）”’%》";

    private final String name;
    /** Line width: in half-width units (a Chinese character is two) for a PDF, else in characters. */
    private final int width;
    private final boolean typeset;
    private final boolean pageNumbers;

    /** A PDF 35 Chinese characters wide. */
    PdfText() {
        this("pdf-text", 70, true, true);
    }

    private PdfText(String name, int width, boolean typeset, boolean pageNumbers) {
        this.name = name;
        this.width = width;
        this.typeset = typeset;
        this.pageNumbers = pageNumbers;
    }

    static PdfText withoutPageNumbers() {
        return new PdfText("pdf-text-without-page-numbers", 70, true, false);
    }

    static PdfText textWrappedAt(int chars) {
        return new PdfText("text-wrapped-at-" + chars + "-chars", chars, false, false);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String report(String text, String fileName, JsonNode headings) {
        List<String> wrapped = new ArrayList<>();
        for (String paragraph : Variants.lines(text)) {
            if (!paragraph.isBlank()) {
                wrap(typeset ? "\u3000\u3000" + paragraph.strip() : paragraph.strip(), wrapped);
            }
        }
        if (!typeset) {
            return String.join("\n", wrapped);
        }
        String header = wrapped.isEmpty() ? "" : wrapped.get(0).strip();
        StringBuilder sb = new StringBuilder();
        int page = 1;
        for (int i = 0; i < wrapped.size(); i++) {
            sb.append(wrapped.get(i)).append('\n');
            if ((i + 1) % LINES_PER_PAGE == 0 && i + 1 < wrapped.size()) {
                if (pageNumbers) {
                    sb.append('\n').append(page % 2 == 0 ? "-" + page + "-" : "— " + page + " —").append("\n\n");
                }
                sb.append(header).append('\n');
                page++;
            }
        }
        return sb.toString();
    }

    private void wrap(String paragraph, List<String> out) {
        StringBuilder line = new StringBuilder();
        int filled = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            int w = typeset && c >= 0x2E80 ? 2 : 1;
            if (filled + w > width && NO_LINE_START.indexOf(c) < 0) {
                out.add(line.toString());
                line.setLength(0);
                filled = 0;
            }
            line.append(c);
            filled += w;
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
    }
}
