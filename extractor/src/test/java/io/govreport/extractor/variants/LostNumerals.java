package io.govreport.extractor.variants;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headings whose numeral the source lost: of every three headings of a numbering style, the second loses it
 * (二、标题 → 标题 on a line of its own; (五)标题 → ()标题), as copy-paste from some sites does.
 */
final class LostNumerals implements ReportVariant {
    private static final Pattern NUMBERED = Pattern.compile("^(?:([一二三四五六七八九十]+)、|\\(([一二三四五六七八九十]+)\\))(.*)$");

    @Override
    public String name() {
        return "lost-numerals";
    }

    @Override
    public String report(String text, String fileName, JsonNode headings) {
        List<String> lines = Variants.lines(text);
        Map<Boolean, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = NUMBERED.matcher(lines.get(i));
            if (!m.matches() || !isGoldHeading(m.group(3), headings)) {
                continue;
            }
            boolean paren = m.group(2) != null;
            int n = seen.merge(paren, 1, Integer::sum);
            if (n % 3 != 2) {
                continue;
            }
            if (paren) {
                lines.set(i, "()" + m.group(3));
            } else if (m.group(3).indexOf('。') < 0) {
                lines.set(i, m.group(3));
            }
        }
        return String.join("\n", lines);
    }

    /** A numbered line the gold lists as a heading; without gold headings, every numbered line. */
    private static boolean isGoldHeading(String rest, JsonNode headings) {
        if (headings == null) {
            return true;
        }
        for (JsonNode h : headings) {
            if (!h.get(1).isNull() && rest.startsWith(h.get(2).asText())) {
                return true;
            }
        }
        return false;
    }
}
