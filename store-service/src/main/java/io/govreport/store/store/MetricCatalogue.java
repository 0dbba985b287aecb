package io.govreport.store.store;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The extractor's metric catalogue ({@code indicators/catalogue.tsv} in the extractor jar, the one file both read):
 * metric keys in catalogue order with their Chinese names, the first being the preferred one.
 */
@ApplicationScoped
public class MetricCatalogue {
    private static final String RESOURCE = "indicators/catalogue.tsv";

    private final Map<String, List<String>> synonyms = read();

    public Map<String, List<String>> metrics() {
        return synonyms;
    }

    public boolean knows(String metric) {
        return synonyms.containsKey(metric);
    }

    /** The preferred Chinese name of a metric key, or null for a key the catalogue does not hold. */
    public String name(String metric) {
        List<String> names = synonyms.get(metric);
        return names == null || names.isEmpty() ? null : names.get(0);
    }

    private static Map<String, List<String>> read() {
        Map<String, List<String>> metrics = new LinkedHashMap<>();
        InputStream in = MetricCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " (the extractor's catalogue) is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).filter(c -> c.length >= 2)
                    .forEach(c -> metrics.put(c[0].strip(), new ArrayList<>(Arrays.stream(c[1].split(","))
                            .map(String::strip).filter(s -> !s.isEmpty()).toList())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return metrics;
    }
}
