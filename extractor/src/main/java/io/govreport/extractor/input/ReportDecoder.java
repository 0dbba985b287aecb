package io.govreport.extractor.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns submitted bytes into report text: picks the charset (BOM, the content type's charset, strict UTF-8,
 * strict GB18030 which covers GBK and GB2312), rejects binary data, and reduces HTML pages to their text.
 * Thread-safe; build one and share it.
 */
public final class ReportDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SNIFF = 8192;
    /** More control characters than this share of the text means it is not a report. */
    private static final double MAX_CONTROL_SHARE = 0.02;

    private final HtmlText html = new HtmlText();

    /**
     * @param bytes       the submitted body or file
     * @param contentType the declared content type, may be null or carry a charset parameter
     * @param fileName    the file name, may be null; {@code .html}/{@code .htm} marks HTML
     * @throws UndecodableInputException for binary data or bytes that are valid in no supported charset
     */
    public DecodedReport decode(byte[] bytes, String contentType, String fileName) throws UndecodableInputException {
        if (bytes == null || bytes.length == 0) {
            return new DecodedReport("", StandardCharsets.UTF_8.name(), "text/plain");
        }
        Decoded decoded = decodeBytes(bytes, declaredCharset(contentType));
        String text = decoded.text;
        if (looksBinary(text)) {
            throw new UndecodableInputException("the content is binary, not a text report");
        }
        boolean isHtml = isHtml(contentType, fileName, text);
        if (isHtml) {
            text = html.toText(text);
        }
        return new DecodedReport(clean(text), decoded.charset.name(), isHtml ? "text/html" : "text/plain");
    }

    /** BOM stripped, CRLF and CR turned into LF: what {@code ReportIds.of} is computed over. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.indexOf('\r') < 0 ? t : t.replace("\r\n", "\n").replace('\r', '\n');
    }

    private record Decoded(String text, Charset charset) {
    }

    private static Decoded decodeBytes(byte[] bytes, Charset declared) throws UndecodableInputException {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            return new Decoded(strict(bom, bytes), bom);
        }
        List<Charset> tries = new ArrayList<>();
        if (declared != null) {
            tries.add(declared);
        }
        tries.add(StandardCharsets.UTF_8);
        tries.add(GB18030);
        for (Charset charset : tries) {
            try {
                return new Decoded(strict(charset, bytes), charset);
            } catch (UndecodableInputException e) {
                // try the next candidate
            }
        }
        throw new UndecodableInputException("the bytes are neither UTF-8 nor GB18030/GBK text");
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static String strict(Charset charset, byte[] bytes) throws UndecodableInputException {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UndecodableInputException("not valid " + charset.name());
        }
    }

    private static Charset declaredCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring("charset=".length()).replace("\"", "").strip();
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** NUL characters, or many other control characters, in the first part of the text. */
    private static boolean looksBinary(String text) {
        int n = Math.min(text.length(), SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return n > 0 && control > n * MAX_CONTROL_SHARE;
    }

    private static boolean isHtml(String contentType, String fileName, String text) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html")) {
            return true;
        }
        if (fileName != null) {
            String f = fileName.toLowerCase(Locale.ROOT);
            if (f.endsWith(".html") || f.endsWith(".htm") || f.endsWith(".shtml")) {
                return true;
            }
        }
        String head = text.substring(0, Math.min(text.length(), 1024)).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
                || (head.startsWith("<") && head.contains("<head"));
    }
}
