package io.govreport.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The texts a benchmark runs over: every {@code *.txt} under a directory, in name order. */
public record Samples(List<String> fileNames, List<String> texts, long chars) {

    /** The directory named by the system property {@code govreport.samples}, else {@code samples}. */
    public static Path defaultDir() {
        return Path.of(System.getProperty("govreport.samples", "samples"));
    }

    public static Samples read(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> paths = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            List<String> names = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            long chars = 0;
            for (Path p : paths) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                names.add(p.getFileName().toString());
                texts.add(text);
                chars += text.length();
            }
            if (texts.isEmpty()) {
                throw new IllegalArgumentException("no .txt files in " + dir);
            }
            return new Samples(List.copyOf(names), List.copyOf(texts), chars);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
