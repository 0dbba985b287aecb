package io.govreport.bench.e2e;

import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.govreport.bench.query.QueryBench;
import io.govreport.launcher.GovreportSystem;
import io.govreport.launcher.Ports;
import io.govreport.model.RawReport;
import io.govreport.model.ReportIds;
import io.govreport.model.Source;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Issue 6's history-scale run: {@code --reports} synthetic reports published straight to {@code reports.raw} (as a
 * re-extraction republishes them, without the gateway's per-request cost), extracted by the extract-service
 * instances and written by the store; timed from the first publish until the store has written them all. It stops
 * waiting after {@code --minutes}, or once the disk holding {@code --data} has less than {@code --min-free-gb} left (the
 * embedded store takes about 0.65 MB per report, and a full disk stops every process on it, the shell included), and
 * then says how far it got; any projection to 64,000 is printed as one. Stopped by the disk, it skips its queries and
 * exits with {@value #DISK_NEARLY_FULL}, so that nothing goes on writing to that store. The store
 * it leaves in {@code --data} is then queried by {@link QueryBench} while the system is still up (figures only;
 * the indicator GOAL line comes from {@code QueryBench} run on its own on the finished store).
 *
 * <pre>java -cp ... io.govreport.bench.e2e.HistoryBench --root . --corpus DIR --data DIR [--reports 64000]
 *     [--instances 1] [--workers 2] [--minutes 30] [--min-free-gb 4] [--rate 20] [--search-rate 5]
 *     [--seconds 10]</pre>
 */
public final class HistoryBench {
    private static final int HISTORY = 64_000;
    private static final double GOAL_MINUTES = 10;
    private static final Duration PROGRESS = Duration.ofSeconds(30);
    /** The exit status when the disk stopped the run. */
    static final int DISK_NEARLY_FULL = 3;
    /** What the embedded store held per report at 64,000 (40 GB, bodies and passages packed): for the first estimate. */
    private static final double STORE_MB_PER_REPORT = 0.65;
    private static final double GB = 1 << 30;

    public static void main(String[] args) throws Exception {
        int status = run(new Args(args));
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The run; returns the exit status once the system is stopped. */
    private static int run(Args a) throws Exception {
        Corpus corpus = new Corpus(a.path("--corpus", null));
        int reports = Math.min(a.integer("--reports", HISTORY), corpus.size());
        int instances = a.integer("--instances", 1);
        Duration cap = Duration.ofMinutes(a.integer("--minutes", 30));
        Path data = a.path("--data", null);
        double minFreeGb = a.integer("--min-free-gb", 4);
        Files.createDirectories(data);
        FileStore disk = Files.getFileStore(data);
        System.out.printf("data disk: %.1f GB free; about %.1f GB needed for %d reports (%.1f MB each); stops waiting "
                + "below %.0f GB free%n", disk.getUsableSpace() / GB, reports * STORE_MB_PER_REPORT / 1024, reports,
                STORE_MB_PER_REPORT, minFreeGb);
        GovreportSystem.Options options = new GovreportSystem.Options(instances,
                Map.of("GOVREPORT_EXTRACT_WORKERS", a.string("--workers", "2")));
        System.out.printf("== history: %d reports through reports.raw, %d extract-service instance(s), load %s%n",
                reports, instances, Load.now());
        try (GovreportSystem system = GovreportSystem.start(a.path("--root", "."), data, Ports.free(), options);
             Pipeline pipeline = new Pipeline(system.ports().kafka(), system.ports().store())) {
            long storedBefore = pipeline.stored();
            long start = System.nanoTime();
            double published = publish(corpus, 0, reports, system.ports().kafka());
            System.out.printf("published %d raw reports in %.1f s, load %s%n", reports, published, Load.now());

            long deadline = start + cap.toNanos();
            long nextProgress = start + PROGRESS.toNanos();
            long stored = 0;
            boolean diskNearlyFull = false;
            while (System.nanoTime() < deadline && (stored = pipeline.stored() - storedBefore) < reports) {
                double freeGb = disk.getUsableSpace() / GB;
                if (freeGb < minFreeGb) {
                    System.out.printf("STOPPED: %.1f GB left on the data disk (floor %.0f GB, --min-free-gb)%n", freeGb, minFreeGb);
                    diskNearlyFull = true;
                    break;
                }
                if (System.nanoTime() >= nextProgress) {
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf("  %6.0f s: %d stored (%.1f reports/s), %d extracted, load %s%n",
                            seconds, stored, stored / seconds, pipeline.extracted(), Load.now());
                    nextProgress += PROGRESS.toNanos();
                }
                Thread.sleep(1000);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = stored / seconds;
            long done = stored;
            System.out.printf("history: %d of %d reports extracted and stored in %.1f s (%.2f reports/s), load %s%n",
                    stored, reports, seconds, rate, Load.now());
            // CPU since each process started, start-up included
            ProcessStats.of(system.pids()).forEach((name, stats) -> System.out.printf(
                    "process %-17s cpu %8.1f s (%.3f per report; JIT compiling %5.1f s)   peak RSS %6d MB%n",
                    name, stats.cpuSeconds(), stats.cpuSeconds() / Math.max(1, done), stats.jitSeconds(),
                    stats.peakRssKb() / 1024));
            if (stored >= HISTORY) {
                System.out.print(goalLine(String.format("%.1f", seconds / 60), seconds / 60 < GOAL_MINUTES));
            } else if (stored == 0) {
                System.out.print(goalLine("none(nothing stored)", false));
            } else {
                double minutes = HISTORY / rate / 60;
                System.out.printf("EXTRAPOLATED, not measured: 64,000 reports at %.2f reports/s would take %.0f minutes%n",
                        rate, minutes);
                System.out.print(goalLine(String.format("%.1f(extrapolated from %d)", minutes, stored), false));
            }
            if (diskNearlyFull) {
                System.out.println("queries skipped: the store would go on filling the disk while they ran");
                return DISK_NEARLY_FULL;
            }

            // the store's own counter: a listing's total counts the reports by a scan, too slow at history scale
            long inStore = pipeline.stored();
            System.out.printf("== queries on the store of %d reports, load %s%n", inStore, Load.now());
            // Not the GOAL: a store stopped by the cap is still writing, and every report stored moves the indicator
            // cache's epoch. bench/run-bench.sh takes the GOAL line from QueryBench on the store once it is idle.
            new QueryBench(system.gatewayUrl())
                    .run(a.integer("--rate", 20), a.integer("--search-rate", 5), a.integer("--seconds", 10), QueryBench.kinds());
        }
        return 0;
    }

    /** The goal's line; an extrapolated or missing figure never passes. */
    private static String goalLine(String measured, boolean met) {
        return String.format("GOAL reextract_64000_minutes measured=%s goal=%.0f %s%n", measured, GOAL_MINUTES,
                met ? "PASS" : "MISS");
    }

    /** Publishes reports [from, from + count) keyed by id, as ingest-service would; returns the seconds until all were acked. */
    static double publish(Corpus corpus, int from, int count, int kafkaPort) throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + kafkaPort,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            Future<RecordMetadata> last = null;
            for (int i = from; i < from + count; i++) {
                String text = corpus.text(i);
                String id = ReportIds.of(text);
                RawReport raw = new RawReport(id, new Source(String.format("synth-%06d.txt", i), "text/plain", "UTF-8"),
                        text, Instant.now());
                last = producer.send(new ProducerRecord<>("reports.raw", id, json.writeValueAsString(raw)));
            }
            producer.flush();
            if (last != null) {
                last.get();
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
