package io.govreport.extractor.variants;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The text a PDF of the report gives: paragraphs indented and broken into lines of one width mid-sentence (a
 * closing mark never starts a line), no blank lines, and at every page end a page number (— 3 —, -4-) and, on
 * the next page, the running header.
 */
final class PdfText implements ReportVariant {
    /** Line width in half-width units: 35 Chinese characters. */
    private static final int WIDTH = 70;
    private static final int LINES_PER_PAGE = 36;
    private static final String NO_LINE_START = ",，。.、;；:：!！?？)）”’%》";

    @Override
    public String name() {
        return "pdf-text";
    }

    @Override
    public String report(String text, String fileName, JsonNode headings) {
        List<String> wrapped = new ArrayList<>();
        for (String paragraph : Variants.lines(text)) {
            if (!paragraph.isBlank()) {
                wrap("\u3000\u3000" + paragraph.strip(), wrapped);
            }
        }
        String header = wrapped.isEmpty() ? "" : wrapped.get(0).strip();
        StringBuilder sb = new StringBuilder();
        int page = 1;
        for (int i = 0; i < wrapped.size(); i++) {
            sb.append(wrapped.get(i)).append('\n');
            if ((i + 1) % LINES_PER_PAGE == 0 && i + 1 < wrapped.size()) {
                sb.append('\n').append(page % 2 == 0 ? "-" + page + "-" : "— " + page + " —").append("\n\n");
                sb.append(header).append('\n');
                page++;
            }
        }
        return sb.toString();
    }

    private static void wrap(String paragraph, List<String> out) {
        StringBuilder line = new StringBuilder();
        int width = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            int w = c < 0x2E80 ? 1 : 2;
            if (width + w > WIDTH && NO_LINE_START.indexOf(c) < 0) {
                out.add(line.toString());
                line.setLength(0);
                width = 0;
            }
            line.append(c);
            width += w;
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
    }
}
