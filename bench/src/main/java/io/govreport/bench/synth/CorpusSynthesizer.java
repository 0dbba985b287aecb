package io.govreport.bench.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Makes N synthetic work reports from the samples' paragraphs, with the gold for the figures it plants.
 * Writes {@code OUT/corpus/synth-NNNNNN.txt} and {@code OUT/gold/synth-*} one report at a time.
 * The same seed gives the same bytes; report i depends only on (seed, i).
 *
 * <pre>java -cp ... io.govreport.bench.synth.CorpusSynthesizer --count N --seed S --out DIR [--samples DIR]</pre>
 */
public final class CorpusSynthesizer {
    static final String PREFIX = "synth";

    private final ReportComposer composer;

    public CorpusSynthesizer(Path samplesDir) {
        this.composer = new ReportComposer(samplesDir);
    }

    SyntheticReport report(long seed, int index) {
        // mixing the index into the seed keeps each report independent of how many came before it
        SplittableRandom random = new SplittableRandom(seed ^ (index * 0x9E3779B97F4A7C15L));
        return composer.compose(String.format("%s-%06d.txt", PREFIX, index), random);
    }

    /** Writes {@code count} reports and their gold under {@code out}; returns the characters written. */
    public long write(int count, long seed, Path out) throws IOException {
        Path corpus = Files.createDirectories(out.resolve("corpus"));
        long chars = 0;
        try (GoldWriter gold = new GoldWriter(out.resolve("gold"), PREFIX)) {
            for (int i = 0; i < count; i++) {
                SyntheticReport report = report(seed, i);
                Files.writeString(corpus.resolve(report.fileName()), report.text(), StandardCharsets.UTF_8);
                gold.add(report);
                chars += report.text().length();
            }
        }
        return chars;
    }

    public static void main(String[] args) throws IOException {
        int count = 100;
        long seed = 1;
        Path out = null;
        Path samples = Path.of("samples");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--count" -> count = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--samples" -> samples = Path.of(args[i + 1]);
                default -> usage("unknown option " + args[i]);
            }
        }
        if (out == null || args.length % 2 != 0) {
            usage("--out is required");
        }
        long start = System.nanoTime();
        long chars = new CorpusSynthesizer(samples).write(count, seed, out);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("wrote %d reports, %d chars (%.0f per report) to %s in %.1f s%n",
                count, chars, (double) chars / Math.max(1, count), out, seconds);
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: CorpusSynthesizer --count N --seed S --out DIR [--samples DIR]");
        System.exit(2);
    }
}
