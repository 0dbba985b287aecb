package io.govreport.bench;

import io.govreport.extractor.Extractor;
import io.govreport.extractor.StageTimer;
import io.govreport.model.ReportDocument;
import io.govreport.model.Source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * The in-process ceiling for re-extraction at history scale: extracts every report of a corpus directory on K
 * threads with one shared {@link Extractor}, and prints reports/s, chars/s and where the time went by stage.
 * Reading a file counts toward the time (as it would for a consumer); nothing is written.
 *
 * <pre>java -cp ... io.govreport.bench.ReextractBench --corpus DIR [--threads K] [--limit N] [--warmup N]</pre>
 */
public final class ReextractBench {
    /** Issue 6: 64,000 reports in under 10 minutes. */
    private static final int HISTORY = 64_000;
    private static final double GOAL_SECONDS = 600;

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final Extractor extractor = new Extractor();
    private final Map<String, LongAdder> stageNanos = new ConcurrentHashMap<>();
    private final StageTimer timer = (stage, nanos) -> stageNanos.computeIfAbsent(stage, s -> new LongAdder()).add(nanos);

    /** @param cpuSeconds CPU time of the whole process meanwhile (extraction, file reads, GC, JIT) */
    record Result(int reports, long chars, long indicators, double seconds, double cpuSeconds) {
        double reportsPerSecond() {
            return reports / seconds;
        }

        double reportsPerCpuSecond() {
            return reports / cpuSeconds;
        }
    }

    Result run(List<Path> files, int threads) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicLong chars = new AtomicLong();
        AtomicLong indicators = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long cpuStart = PROCESS.getProcessCpuTime();
        Callable<Void> worker = () -> {
            for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                String text = read(files.get(i));
                Source source = new Source(files.get(i).getFileName().toString(), "text/plain", "UTF-8");
                ReportDocument doc = extractor.extract(text, source, timer);
                chars.addAndGet(text.length());
                indicators.addAndGet(doc.indicators().size());
            }
            return null;
        };
        for (Future<Void> done : pool.invokeAll(Collections.nCopies(threads, worker))) {
            try {
                done.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a worker failed", e.getCause());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (PROCESS.getProcessCpuTime() - cpuStart) / 1e9;
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        return new Result(files.size(), chars.get(), indicators.get(), seconds, cpuSeconds);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        Path corpus = null;
        int threads = Runtime.getRuntime().availableProcessors();
        int limit = Integer.MAX_VALUE;
        int warmup = 500;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--limit" -> limit = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (corpus == null) {
            System.err.println("usage: ReextractBench --corpus DIR [--threads K] [--limit N] [--warmup N]");
            System.exit(2);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().limit(limit).toList();
        }
        ReextractBench bench = new ReextractBench();
        // the JIT settles on the first few hundred reports; they are timed apart and not counted
        bench.run(files.subList(0, Math.min(warmup, files.size())), threads);
        bench.stageNanos.clear();
        Result r = bench.run(files, threads);

        long stageTotal = bench.stageNanos.values().stream().mapToLong(LongAdder::sum).sum();
        System.out.printf("reextract threads=%d reports=%d chars=%d indicators=%d seconds=%.1f reports/s=%.1f chars/s=%.0f%n",
                threads, r.reports(), r.chars(), r.indicators(), r.seconds(), r.reportsPerSecond(), r.chars() / r.seconds());
        new TreeMap<>(bench.stageNanos).forEach((stage, nanos) -> System.out.printf("stage %-10s %5.1f%% %8.3f ms/report%n",
                stage, 100.0 * nanos.sum() / stageTotal, nanos.sum() / 1e6 / r.reports()));
        // the goal itself (through Kafka into the store) is measured end to end; these are its in-process ceilings:
        // at the rate measured, and with every core of this machine given to extraction (CPU time is what
        // other processes' load does not inflate)
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("cpu seconds=%.1f reports per cpu second=%.1f%n", r.cpuSeconds(), r.reportsPerCpuSecond());
        System.out.printf("ceiling: %,d reports take %.0f s in process at the measured rate, %.0f s with all %d cores free "
                        + "(goal through Kafka: under %.0f s)%n",
                HISTORY, HISTORY / r.reportsPerSecond(), HISTORY / (r.reportsPerCpuSecond() * cores), cores, GOAL_SECONDS);
    }
}
