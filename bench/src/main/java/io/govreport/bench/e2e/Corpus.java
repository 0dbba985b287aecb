package io.govreport.bench.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The synthesizer's reports ({@code synth-NNNNNN.txt}) in file-name order, read on demand. Each benchmark phase
 * takes its own range, so no report is sent twice to one store (a second copy would be a duplicate, stored once).
 */
final class Corpus {
    private final List<Path> files;

    Corpus(Path dir) throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            this.files = listing.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no .txt reports in " + dir + " (run CorpusSynthesizer first)");
        }
    }

    int size() {
        return files.size();
    }

    /** Report number {@code index}; fails if the corpus is smaller than the run needs. */
    String text(int index) {
        if (index >= files.size()) {
            throw new IllegalArgumentException("the corpus has " + files.size() + " reports; the run needs more");
        }
        try {
            return Files.readString(files.get(index), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
