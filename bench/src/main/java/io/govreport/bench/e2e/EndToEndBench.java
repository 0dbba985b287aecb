package io.govreport.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.govreport.launcher.GatewayClient;
import io.govreport.launcher.GovreportSystem;
import io.govreport.launcher.Ports;

/**
 * Issue 6's end-to-end benchmark: the whole system (embedded stack and services, fresh data) takes synthetic reports
 * through the gateway's {@code POST /api/v1/reports}, once with one extract-service instance and once with two.
 * <ol>
 *   <li>throughput: {@code --burst} reports sent as fast as {@code --clients} threads can, timed from the first send
 *       until all are extracted (end offsets of reports.extracted) and until all are stored (the store's counter).
 *       It is also the warm-up of the latency run: after 300 reports the services' JIT was still compiling, and the
 *       p99 at 20 reports/s was 11 s where after 2,000 it was under one;</li>
 *   <li>latency: an open-loop schedule of {@code --rate} reports/s for {@code --seconds}; each report's latency is the
 *       store's own {@code updatedAt} (set when it stores the report) minus the time the schedule sent it, read once
 *       per report at the end, so the measuring adds no load while the schedule runs;</li>
 *   <li>CPU seconds (both phases, and the latency run alone) of every process, with its JIT compiler threads' share,
 *       and its peak RSS, from /proc;</li>
 *   <li>extraction alone: store-service stopped (kill -9), {@code --alone} more reports published straight to
 *       reports.raw, timed until reports.extracted holds them all. With the store, gateway and ingest idle, this is the
 *       extraction throughput the instances give on the cores left to them, and the scale-out goal is read from it,
 *       beside the cores the processes (this one, publishing, included) kept busy meanwhile.</li>
 * </ol>
 * It prints the consumer group's partition assignment and the GOAL lines for the latency and the scale-out.
 *
 * <pre>java -cp ... io.govreport.bench.e2e.EndToEndBench --root . --corpus DIR --data DIR
 *     [--burst 2000] [--rate 20] [--seconds 60] [--clients 4] [--instances 1,2] [--workers 1] [--alone 2000]</pre>
 */
public final class EndToEndBench {
    private static final double LATENCY_GOAL_MS = 1000;
    private static final double SCALEOUT_GOAL = 1.6;
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(30);
    /** The latency run's reports are also summed up by the stretch of this many seconds they were sent in. */
    private static final int LATENCY_STRETCH_SECONDS = 20;

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    /** Extraction with store-service stopped: reports extracted per second, and the cores all processes kept busy. */
    record Alone(double perSecond, double coresBusy) {
        /** CPU seconds all processes spent per report extracted. */
        double cpuPerReport() {
            return coresBusy / perSecond;
        }
    }

    /** What one run measured. */
    record Run(int instances, int burst, double submitSeconds, double extractedSeconds, double storedSeconds,
               Percentiles latencyMs, Map<String, ProcessStats> processes, Map<String, List<Integer>> assignment,
               Alone alone) {
        double extractedPerSecond() {
            return burst / extractedSeconds;
        }

        double storedPerSecond() {
            return burst / storedSeconds;
        }
    }

    private final Path root;
    private final Corpus corpus;
    private final Path dataRoot;
    private final int burst;
    private final int rate;
    private final int seconds;
    private final int clients;
    private final int workers;
    private final int alone;

    private EndToEndBench(Path root, Corpus corpus, Path dataRoot, int burst, int rate, int seconds, int clients, int workers,
                          int alone) {
        this.root = root;
        this.corpus = corpus;
        this.dataRoot = dataRoot;
        this.burst = burst;
        this.rate = rate;
        this.seconds = seconds;
        this.clients = clients;
        this.workers = workers;
        this.alone = alone;
    }

    Run run(int instances) throws Exception {
        Path data = dataRoot.resolve("e2e-" + instances);
        deleteTree(data);
        // The gateway's per-key write limit (2/s) would be the bottleneck, and extraction workers per instance are
        // fixed so that the instance count is the one thing that changes between runs.
        GovreportSystem.Options options = new GovreportSystem.Options(instances, Map.of(
                "GOVREPORT_RATE_LIMIT_CAPACITY", "1000000",
                "GOVREPORT_RATE_LIMIT_PER_SECOND", "1000000",
                "GOVREPORT_EXTRACT_WORKERS", Integer.toString(workers)));
        System.out.printf("== end to end, %d extract-service instance(s), %d worker(s) each, load %s%n",
                instances, workers, Load.now());
        try (GovreportSystem system = GovreportSystem.start(root, data, Ports.free(), options);
             Pipeline pipeline = new Pipeline(system.ports().kafka(), system.ports().store())) {
            GatewayClient gateway = system.gateway();
            Map<String, ProcessStats> before = ProcessStats.of(system.pids());

            long start = System.nanoTime();
            double submitted = sendAsFastAsPossible(gateway, 0, burst);
            double[] done = awaitExtractedAndStored(pipeline, burst, burst, start);
            Map<String, List<Integer>> assignment = pipeline.assignment();
            System.out.printf("throughput: %d reports sent in %.1f s; all extracted after %.1f s (%.1f reports/s), "
                            + "all stored (queryable) after %.1f s (%.1f reports/s), load %s%n",
                    burst, submitted, done[0], burst / done[0], done[1], burst / done[1], Load.now());
            assignment.forEach((member, partitions) ->
                    System.out.printf("consumer group %s: member %s holds reports.raw partitions %s%n",
                            Pipeline.EXTRACT_GROUP, member, partitions));

            Map<String, ProcessStats> beforeLatency = ProcessStats.of(system.pids());
            Percentiles latency = openLoop(gateway, pipeline, burst, rate, seconds);
            System.out.printf("latency at %d reports/s for %d s: ingest to stored %s ms, load %s%n",
                    rate, seconds, latency, Load.now());

            Map<String, ProcessStats> used = new LinkedHashMap<>();
            ProcessStats.of(system.pids()).forEach((name, after) -> {
                ProcessStats run = after.since(before.get(name));
                ProcessStats latencyPart = after.since(beforeLatency.get(name));
                used.put(name, run);
                System.out.printf("process %-17s cpu %7.1f s (JIT compiling %5.1f)   in the latency part %6.1f s (JIT "
                                + "compiling %5.1f)   peak RSS %6d MB%n", name, run.cpuSeconds(), run.jitSeconds(),
                        latencyPart.cpuSeconds(), latencyPart.jitSeconds(), after.peakRssKb() / 1024);
            });
            Alone extractionAlone = extractionAlone(system, pipeline, burst + rate * seconds);
            return new Run(instances, burst, submitted, done[0], done[1], latency, used, assignment, extractionAlone);
        }
    }

    /**
     * Stops store-service, publishes {@link #alone} reports from {@code from} to reports.raw; extracted per second, and
     * the cores the processes kept busy meanwhile (CPU seconds over the elapsed time): what says whether the machine's
     * cores leave room for a second instance.
     */
    private Alone extractionAlone(GovreportSystem system, Pipeline pipeline, int from) throws Exception {
        system.kill9("store-service");
        Map<String, Long> running = new LinkedHashMap<>();
        system.pids().forEach((name, pid) -> {
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                running.put(name, pid);
            }
        });
        // This process publishes the reports meanwhile, on the same cores.
        running.put("bench", ProcessHandle.current().pid());
        Map<String, ProcessStats> before = ProcessStats.of(running);
        long extractedBefore = pipeline.extracted();
        long start = System.nanoTime();
        HistoryBench.publish(corpus, from, alone, system.ports().kafka());
        double seconds = awaitExtracted(pipeline, extractedBefore + alone, start);
        double cores = 0;
        StringBuilder perProcess = new StringBuilder();
        for (Map.Entry<String, ProcessStats> after : ProcessStats.of(running).entrySet()) {
            double busy = after.getValue().since(before.get(after.getKey())).cpuSeconds() / seconds;
            cores += busy;
            perProcess.append(String.format(" %s %.2f", after.getKey(), busy));
        }
        System.out.printf("extraction alone (store-service stopped, %d reports published to reports.raw): all extracted "
                + "after %.1f s (%.1f reports/s), cores busy %.2f of %d (%s), load %s%n", alone, seconds, alone / seconds,
                cores, CORES, perProcess.toString().trim(), Load.now());
        return new Alone(alone / seconds, cores);
    }

    /** Sends reports [from, from + count) on {@link #clients} threads; returns the seconds the sending took. */
    private double sendAsFastAsPossible(GatewayClient gateway, int from, int count) throws InterruptedException {
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger(from);
        ExecutorService senders = Executors.newFixedThreadPool(clients);
        List<Future<Void>> sending = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            sending.add(senders.submit(() -> {
                for (int i = next.getAndIncrement(); i < from + count; i = next.getAndIncrement()) {
                    gateway.submit(corpus.text(i));
                }
                return null;
            }));
        }
        senders.shutdown();
        for (Future<Void> f : sending) {
            await(f);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Polls every 100 ms until reports.extracted holds {@code extracted} records and the store has written
     * {@code stored} reports; returns the seconds since {@code start} at which each was first seen.
     */
    static double[] awaitExtractedAndStored(Pipeline pipeline, long extracted, long stored, long start)
            throws IOException, InterruptedException {
        double extractedAt = awaitExtracted(pipeline, extracted, start);
        while (pipeline.stored() < stored) {
            checkDeadline(start, stored + " reports stored");
            Thread.sleep(100);
        }
        return new double[] {extractedAt, (System.nanoTime() - start) / 1e9};
    }

    /** Polls every 100 ms until reports.extracted holds {@code extracted} records; returns the seconds since start. */
    private static double awaitExtracted(Pipeline pipeline, long extracted, long start) throws InterruptedException {
        while (pipeline.extracted() < extracted) {
            checkDeadline(start, extracted + " records in reports.extracted");
            Thread.sleep(100);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void checkDeadline(long start, String awaited) {
        if (System.nanoTime() - start > DRAIN_TIMEOUT.toNanos()) {
            throw new IllegalStateException("not " + awaited + " within " + DRAIN_TIMEOUT);
        }
    }

    /**
     * Sends report {@code from + i} at start + i / rate whatever the replies do (open loop: a slow reply does not delay
     * the next send), then reads each report's stored time once.
     */
    private Percentiles openLoop(GatewayClient gateway, Pipeline pipeline, int from, int rate, int seconds)
            throws IOException, InterruptedException {
        int count = rate * seconds;
        long extractedBefore = pipeline.extracted();
        long storedBefore = pipeline.stored();
        ExecutorService senders = Executors.newCachedThreadPool();
        List<Future<String>> ids = new ArrayList<>();
        List<Instant> sentAt = new ArrayList<>();
        long start = System.nanoTime();
        Schedule schedule = new Schedule(rate);
        for (int i = 0; i < count; i++) {
            schedule.await(i);
            String text = corpus.text(from + i);
            sentAt.add(schedule.dueAt(i));
            ids.add(senders.submit(() -> gateway.submit(text)));
        }
        senders.shutdown();
        awaitExtractedAndStored(pipeline, extractedBefore + count, storedBefore + count, start);
        Map<String, Long> raw = pipeline.appendTimes(Pipeline.RAW);
        Map<String, Long> extracted = pipeline.appendTimes(Pipeline.EXTRACTED);
        List<Double> latencies = new ArrayList<>(count);
        List<Double> toRaw = new ArrayList<>(count);
        List<Double> extraction = new ArrayList<>(count);
        List<Double> storing = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = await(ids.get(i));
            JsonNode status = gateway.get("/api/v1/reports/" + id + "/status");
            long sent = sentAt.get(i).toEpochMilli();
            long stored = Instant.parse(status.path("updatedAt").asText()).toEpochMilli();
            latencies.add((double) (stored - sent));
            toRaw.add((double) (raw.get(id) - sent));
            extraction.add((double) (extracted.get(id) - raw.get(id)));
            storing.add((double) (stored - extracted.get(id)));
        }
        System.out.printf("  where it went: send to reports.raw %s; reports.raw to reports.extracted %s; "
                + "reports.extracted to stored %s (ms, from the records' timestamps)%n",
                new Percentiles(toRaw), new Percentiles(extraction), new Percentiles(storing));
        // Whether the tail is a moment (a pause, a compile) or the whole schedule: the reports sent in each stretch.
        StringBuilder stretches = new StringBuilder();
        for (int first = 0; first < count; first += rate * LATENCY_STRETCH_SECONDS) {
            int end = Math.min(count, first + rate * LATENCY_STRETCH_SECONDS);
            Percentiles stretch = new Percentiles(latencies.subList(first, end));
            stretches.append(String.format(" %d-%d s p50=%.0f p99=%.0f;", first / rate, end / rate, stretch.at(50), stretch.at(99)));
        }
        System.out.printf("  by when sent:%s%n", stretches.toString().replaceAll(";$", ""));
        return new Percentiles(latencies);
    }

    private static <T> T await(Future<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a send failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Args a = new Args(args);
        Corpus corpus = new Corpus(a.path("--corpus", null));
        EndToEndBench bench = new EndToEndBench(a.path("--root", "."), corpus, a.path("--data", "bench/target/bench"),
                a.integer("--burst", 2000), a.integer("--rate", 20), a.integer("--seconds", 60),
                a.integer("--clients", 4), a.integer("--workers", 1), a.integer("--alone", 2000));
        List<Run> runs = new ArrayList<>();
        for (String instances : a.string("--instances", "1,2").split(",")) {
            runs.add(bench.run(Integer.parseInt(instances.trim())));
        }
        Run first = runs.get(0);
        double p99 = first.latencyMs().at(99);
        System.out.printf("GOAL ingest_to_queryable_p99_ms_at_%drps measured=%.0f goal=%.0f %s%n",
                bench.rate, p99, LATENCY_GOAL_MS, p99 < LATENCY_GOAL_MS ? "PASS" : "MISS");
        if (runs.size() > 1) {
            Run second = runs.get(1);
            System.out.printf("extraction throughput, whole system busy: %d instance(s) %.1f reports/s, %d instance(s) "
                            + "%.1f reports/s: x%.2f%n", first.instances(), first.extractedPerSecond(), second.instances(),
                    second.extractedPerSecond(), second.extractedPerSecond() / first.extractedPerSecond());
            double scale = second.alone().perSecond() / first.alone().perSecond();
            System.out.printf("extraction throughput, extraction alone: %d instance(s) %.1f reports/s, %d instance(s) "
                            + "%.1f reports/s: x%.2f%n", first.instances(), first.alone().perSecond(), second.instances(),
                    second.alone().perSecond(), scale);
            // At a run's CPU per report (all processes: cores busy over reports per second), the machine's cores
            // extract at most CORES / cpuPerReport reports per second: the scale-out the cores allow, read at the cost
            // of one instance and at that of two (two may spend more per report than one, or less).
            double allowedAtOne = CORES / first.alone().coresBusy();
            double allowedAtTwo = CORES / second.alone().cpuPerReport() / first.alone().perSecond();
            System.out.printf("CPU per report, all processes: %d instance(s) %.1f ms, %d instance(s) %.1f ms; the cores allow "
                            + "at most x%.2f at the first's cost, x%.2f at the second's (%d kept %.2f of the %d cores busy, %d "
                            + "kept %.2f)%n", first.instances(), first.alone().cpuPerReport() * 1000, second.instances(),
                    second.alone().cpuPerReport() * 1000, allowedAtOne, allowedAtTwo, first.instances(),
                    first.alone().coresBusy(), CORES, second.instances(), second.alone().coresBusy());
            if (Math.max(allowedAtOne, allowedAtTwo) < SCALEOUT_GOAL) {
                System.out.printf("the %d cores are the limit: x%.1f needs %d instance(s) to keep at most %.2f of them busy%n",
                        CORES, SCALEOUT_GOAL, first.instances(), CORES / SCALEOUT_GOAL);
            }
            System.out.printf("GOAL extract_scaleout_2_vs_1 measured=%.2fx goal=%.1fx %s%n",
                    scale, SCALEOUT_GOAL, scale >= SCALEOUT_GOAL ? "PASS" : "MISS");
        }
    }
}
