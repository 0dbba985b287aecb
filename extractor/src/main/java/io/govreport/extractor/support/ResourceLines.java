package io.govreport.extractor.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the extractor's rule files: UTF-8 lines on the classpath, '#' comments and blank lines skipped. */
public final class ResourceLines {

    private ResourceLines() {
    }

    public static List<String> read(String resource) {
        InputStream in = ResourceLines.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        return lines;
    }

    /** Tab-separated rows, one a line. */
    public static List<String[]> rows(String resource) {
        return read(resource).stream().map(line -> line.split("\t")).toList();
    }

    /** One regular expression per line. */
    public static List<Pattern> patterns(String resource) {
        return read(resource).stream().map(Pattern::compile).toList();
    }
}
