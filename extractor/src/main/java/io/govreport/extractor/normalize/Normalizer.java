package io.govreport.extractor.normalize;

import io.govreport.extractor.support.ResourceLines;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans a decoded report into the text the document stores: full-width ASCII forms folded to ASCII
 * (１２．５％ → 12.5%), odd spaces made plain, zero-width characters dropped, lines trimmed, runs of spaces
 * and of blank lines collapsed, and web-page boilerplate lines (navigation, share and print links, source,
 * copyright and ICP lines; normalize/boilerplate.txt) removed. The script (simplified/traditional) is never changed.
 */
public final class Normalizer {
    /** Boilerplate lines are short; longer lines are never tested, which also keeps huge lines cheap. */
    private static final int MAX_BOILERPLATE_LINE = 200;

    private final List<Pattern> boilerplate = ResourceLines.patterns("normalize/boilerplate.txt");

    public NormalizedText normalize(String input) {
        String in = input == null ? "" : input;
        StringBuilder out = new StringBuilder(in.length());
        int[] original = new int[in.length()];
        StringBuilder line = new StringBuilder();
        int[] lineOrigin = new int[Math.min(in.length(), 1024) + 1];
        boolean pendingBlank = false;
        int lineStart = 0;
        while (lineStart <= in.length()) {
            int lineEnd = in.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = in.length();
            }
            line.setLength(0);
            if (lineOrigin.length < lineEnd - lineStart + 1) {
                lineOrigin = new int[lineEnd - lineStart + 1];
            }
            foldLine(in, lineStart, lineEnd, line, lineOrigin);
            if (line.isEmpty()) {
                pendingBlank = !out.isEmpty();
            } else if (!isBoilerplate(line)) {
                if (!out.isEmpty()) {
                    original[out.length()] = lineOrigin[0] - 1;
                    out.append('\n');
                    if (pendingBlank) {
                        original[out.length()] = lineOrigin[0] - 1;
                        out.append('\n');
                    }
                }
                for (int i = 0; i < line.length(); i++) {
                    original[out.length()] = lineOrigin[i];
                    out.append(line.charAt(i));
                }
                pendingBlank = false;
            }
            lineStart = lineEnd + 1;
        }
        return new NormalizedText(out.toString(), java.util.Arrays.copyOf(original, out.length()));
    }

    /** Folds one input line into {@code line}, trimmed, spaces collapsed, recording each kept char's origin. */
    private static void foldLine(String in, int from, int to, StringBuilder line, int[] origin) {
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = fold(in.charAt(i));
            if (c == 0) {
                continue;
            }
            if (c == ' ') {
                space = !line.isEmpty();
                continue;
            }
            if (space) {
                origin[line.length()] = i - 1;
                line.append(' ');
                space = false;
            }
            origin[line.length()] = i;
            line.append(c);
        }
    }

    /** The folded form of one character; 0 for a character that is dropped. */
    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        switch (c) {
            case '\u3000', '\u00A0', '\t', '\u000B', '\u000C', '\u1680', '\u202F', '\u205F' -> {
                return ' ';
            }
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\r', '\u00AD' -> {
                return 0;
            }
            default -> {
                if (c >= '\u2000' && c <= '\u200A') {
                    return ' ';
                }
                return Character.isISOControl(c) ? 0 : c;
            }
        }
    }

    private boolean isBoilerplate(CharSequence line) {
        if (line.length() > MAX_BOILERPLATE_LINE) {
            return false;
        }
        for (Pattern p : boilerplate) {
            if (p.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }
}
