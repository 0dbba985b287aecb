package io.govreport.extract;

import io.govreport.extract.config.ExtractConfig;
import io.govreport.extract.service.ExtractionMetrics;
import io.govreport.extract.service.ReportExtraction;
import io.govreport.extractor.Extractor;
import io.govreport.model.RawReport;
import io.govreport.model.ReportIds;
import io.govreport.model.Source;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** More threads may hand reports in than extract at once: the configured workers are the limit. */
class ReportExtractionTest {
    private static final Extractor EXTRACTOR = new Extractor();
    private static RawReport report;

    @BeforeAll
    static void loadAndWarmUp() throws Exception {
        String text = Files.readString(Path.of("..", "samples", "000_bb1657dc1677307e.txt"));
        report = new RawReport(ReportIds.of(text), new Source("000.txt", "text/plain", "UTF-8"), text, Instant.now());
        // Every class the extractor uses is loaded here, so a thread that waits below waits for a slot and nothing else.
        EXTRACTOR.extract(text, report.source());
    }

    @Test
    void withOneWorkerASecondReportWaitsUntilTheFirstIsExtracted() throws Exception {
        HoldingMetrics metrics = new HoldingMetrics();
        ReportExtraction extraction = new ReportExtraction(EXTRACTOR, metrics, workers(1));
        Thread first = extractOn("first", extraction);
        assertTrue(metrics.entered.await(30, TimeUnit.SECONDS), "the first report never reached the extractor");
        Thread second = extractOn("second", extraction);

        await().atMost(Duration.ofSeconds(10)).until(() -> second.getState() == Thread.State.WAITING);
        assertThat("only the first is inside the extractor", metrics.inside, contains("first"));

        metrics.release.countDown();
        first.join(30_000);
        second.join(30_000);
        assertThat(metrics.inside, containsInAnyOrder("first", "second"));
    }

    @Test
    void withTwoWorkersTwoReportsAreExtractedAtOnce() throws Exception {
        HoldingMetrics metrics = new HoldingMetrics();
        ReportExtraction extraction = new ReportExtraction(EXTRACTOR, metrics, workers(2));
        Thread first = extractOn("first", extraction);
        Thread second = extractOn("second", extraction);

        // Both reach the extractor while the first one of them to get there is still held inside it.
        await().atMost(Duration.ofSeconds(30)).until(() -> metrics.inside.size() == 2);
        assertThat(metrics.release.getCount(), is(1L));

        metrics.release.countDown();
        first.join(30_000);
        second.join(30_000);
    }

    private static Thread extractOn(String name, ReportExtraction extraction) {
        Thread thread = new Thread(() -> {
            try {
                extraction.extract(report);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        thread.start();
        return thread;
    }

    private static ExtractConfig workers(int n) {
        return () -> n;
    }

    /** Notes each thread that reaches the extractor, and holds the first one there until released. */
    private static final class HoldingMetrics extends ExtractionMetrics {
        final Set<String> inside = ConcurrentHashMap.newKeySet();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        HoldingMetrics() {
            super(new SimpleMeterRegistry());
        }

        @Override
        public void record(String stage, long nanos) {
            inside.add(Thread.currentThread().getName());
            if (Thread.currentThread().getName().equals("first")) {
                entered.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
