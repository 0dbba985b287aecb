package io.govreport.extractor.indicators;

import io.govreport.extractor.support.ResourceLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** The synonyms by their last character, each list in the catalogue's order. */
    private final Map<Character, List<Synonym>> byLast = new HashMap<>();

    MetricCatalogue(String resource) {
        for (String[] row : ResourceLines.rows(resource)) {
            for (String s : row[1].split(",")) {
                if (!s.isBlank()) {
                    Synonym synonym = new Synonym(s.trim().toUpperCase(), row[0].trim());
                    byLast.computeIfAbsent(synonym.text.charAt(synonym.text.length() - 1), c -> new ArrayList<>()).add(synonym);
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

    /**
     * Only the ends a head may have are looked at, from the last: at each, the synonyms ending with its character
     * (looking for every synonym anywhere in every name was a twentieth of extract-service's CPU).
     */
    private String metricOfName(String name) {
        String upper = name.toUpperCase();
        for (int end = upper.length(); end > 0 && end >= upper.length() - MAX_TAIL; end--) {
            Synonym best = null;
            for (Synonym s : byLast.getOrDefault(upper.charAt(end - 1), List.of())) {
                if (upper.startsWith(s.text, end - s.text.length()) && (best == null || s.text.length() > best.text.length())) {
                    best = s;
                }
            }
            if (best != null) {
                return best.metric;
            }
        }
        return null;
    }

    /** The longest synonym {@code name} ends with (大别山革命老区生产总值: 生产总值), or null. */
    String synonymEnding(String name) {
        String upper = name.toUpperCase();
        String best = null;
        for (Synonym s : upper.isEmpty() ? List.<Synonym>of() : byLast.getOrDefault(upper.charAt(upper.length() - 1), List.of())) {
            if (upper.endsWith(s.text) && (best == null || s.text.length() > best.length())) {
                best = s.text;
            }
        }
        return best == null ? null : name.substring(name.length() - best.length());
    }

    int size() {
        return (int) byLast.values().stream().flatMap(List::stream).map(Synonym::metric).distinct().count();
    }
}
