package io.govreport.extractor.indicators;

import io.govreport.extractor.support.ResourceLines;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The indicator catalogue of {@code indicators/catalogue.tsv}: stable metric keys with their synonyms.
 * A name gets the key of the synonym that ends last in it (the head noun decides: 单位地区生产总值能耗 is
 * energy_intensity, not gdp), the longest on a tie; a synonym followed by more than {@value #MAX_TAIL}
 * characters of the name is not its head (耕地质量 is not cultivated land). Immutable, thread-safe.
 */
final class MetricCatalogue {
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");

    private record Synonym(String text, String metric) {
    }

    private static final int MAX_TAIL = 2;

    private final List<Synonym> synonyms = new ArrayList<>();

    MetricCatalogue(String resource) {
        for (String[] row : ResourceLines.rows(resource)) {
            for (String s : row[1].split(",")) {
                if (!s.isBlank()) {
                    synonyms.add(new Synonym(s.trim().toUpperCase(), row[0].trim()));
                }
            }
        }
    }

    /** The metric key of a (simplified Chinese) name, or null where no synonym occurs in it. */
    String metricOf(String name) {
        if (name == null) {
            return null;
        }
        // 细颗粒物(PM2.5)年均浓度: the words around a bracketed gloss are the name
        String unglossed = BRACKETED.matcher(name).replaceAll("");
        String metric = unglossed.isEmpty() || unglossed.equals(name) ? null : metricOfName(unglossed);
        return metric != null ? metric : metricOfName(name);
    }

    private String metricOfName(String name) {
        String upper = name.toUpperCase();
        Synonym best = null;
        int bestEnd = -1;
        for (Synonym s : synonyms) {
            int at = upper.lastIndexOf(s.text);
            if (at < 0 || upper.length() - (at + s.text.length()) > MAX_TAIL) {
                continue;
            }
            int end = at + s.text.length();
            if (end > bestEnd || end == bestEnd && s.text.length() > best.text.length()) {
                best = s;
                bestEnd = end;
            }
        }
        return best == null ? null : best.metric;
    }

    int size() {
        return (int) synonyms.stream().map(Synonym::metric).distinct().count();
    }
}
