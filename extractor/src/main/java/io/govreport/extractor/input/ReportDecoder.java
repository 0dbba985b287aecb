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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns submitted bytes into report text: picks the charset, rejects binary data, and reduces HTML pages to their
 * text. The charset: a BOM (UTF-8, UTF-16); else a declared multi-byte charset (the content type's, else a page's
 * {@code <meta charset>}, e.g. Big5); else strict UTF-8; else strict GB18030 (which covers GBK and GB2312), or Big5 where
 * the bytes read as it far more often hold its common characters; else a
 * declared single-byte charset, last because servers often declare ISO-8859-1 for GBK pages and every byte
 * sequence is "valid" ISO-8859-1; else UTF-16 without a BOM when the zero bytes say so.
 * Thread-safe; build one and share it.
 */
public final class ReportDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    /** How many more common Big5 pairs than common GBK ones make undeclared text Big5: GBK text is never close. */
    private static final double BIG5_MARGIN = 1.2;
    private static final int SNIFF = 8192;
    /** {@code <meta charset="gbk">} or {@code <meta http-equiv=... content="text/html; charset=gbk">}. */
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{2,40})",
            Pattern.CASE_INSENSITIVE);
    /** Share of even or odd bytes that must be zero for BOM-less UTF-16. */
    private static final double UTF16_ZERO_SHARE = 0.3;
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
        Charset declared = declaredCharset(contentType);
        Decoded decoded = decodeBytes(bytes, declared != null ? declared : metaCharset(bytes));
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
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new Decoded(strict(bom, java.util.Arrays.copyOfRange(bytes, skip, bytes.length)), bom);
        }
        List<Charset> tries = new ArrayList<>();
        boolean singleByte = declared != null && isSingleByte(declared);
        if (declared != null && !singleByte) {
            tries.add(declared);
        }
        tries.add(StandardCharsets.UTF_8);
        tries.add(GB18030);
        if (singleByte) {
            tries.add(declared);
        }
        Charset utf16 = utf16ByZeros(bytes);
        if (utf16 != null) {
            tries.add(0, utf16);
        }
        for (Charset charset : tries) {
            try {
                String text = strict(charset, bytes);
                if (charset == GB18030 && (declared == null || singleByte) && big5Rather(bytes)) {
                    return new Decoded(strict(BIG5, bytes), BIG5);
                }
                return new Decoded(text, charset);
            } catch (UndecodableInputException e) {
                // try the next candidate
            }
        }
        throw new UndecodableInputException("the bytes are neither UTF-8 nor GB18030/GBK text");
    }

    /**
     * Whether undeclared double-byte text is Big5 (traditional script, as Hong Kong and Taiwan sites serve it) rather
     * than GBK: most byte pairs of either are valid in the other, but each puts its common characters in its own block
     * (GB2312's first level, leads B0–D7 with trails A1–FE; Big5's frequent characters, leads A4–C6 with trails 40–7E
     * or A1–FE). The text is Big5 when it decodes so and more of its pairs are common Big5 characters than GBK ones.
     */
    private static boolean big5Rather(byte[] bytes) {
        int gbCommon = 0;
        int big5Common = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x81) {
                continue;
            }
            int trail = bytes[i + 1] & 0xFF;
            if (lead >= 0xB0 && lead <= 0xD7 && trail >= 0xA1 && trail <= 0xFE) {
                gbCommon++;
            }
            if (lead >= 0xA4 && lead <= 0xC6 && (trail >= 0x40 && trail <= 0x7E || trail >= 0xA1 && trail <= 0xFE)) {
                big5Common++;
            }
            i++;
        }
        if (big5Common <= gbCommon * BIG5_MARGIN) {
            return false;
        }
        try {
            strict(BIG5, bytes);
            return true;
        } catch (UndecodableInputException e) {
            return false;
        }
    }

    private static boolean isSingleByte(Charset charset) {
        return charset.canEncode() && charset.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    /** UTF-16 without a BOM: ASCII and CJK text in it has a zero in many high bytes (LE: odd, BE: even positions). */
    private static Charset utf16ByZeros(byte[] b) {
        int n = Math.min(b.length, SNIFF) & ~1;
        if (n < 8) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddZeros > pairs * UTF16_ZERO_SHARE && evenZeros == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * UTF16_ZERO_SHARE && oddZeros == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The charset a web page declares in a meta element of its first bytes, or null. */
    private static Charset metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charsetNamed(m.group(1)) : null;
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
                return charsetNamed(p.substring("charset=".length()).replace("\"", "").strip());
            }
        }
        return null;
    }

    private static Charset charsetNamed(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
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
