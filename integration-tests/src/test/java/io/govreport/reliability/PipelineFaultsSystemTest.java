package io.govreport.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.govreport.launcher.GovreportSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nothing lost, nothing doubled: 500 reports stream in while a part of the system is killed or restarted; every one
 * of them ends up stored exactly once, with exactly one set of indicator rows.
 */
@ExtendWith(ReliabilitySystem.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PipelineFaultsSystemTest {
    private static final int REPORTS = 500;
    /** The fault strikes once this many are accepted and this many stored: some stored, some in flight, some unsent. */
    private static final int FAULT_AFTER = 150;
    private static final int STORED_BEFORE_FAULT = 20;
    private static final Duration STORED_WITHIN = Duration.ofMinutes(3);

    private static ReliabilitySystem.Running running;
    private static Counts counts;

    @BeforeAll
    static void connect(ReliabilitySystem.Running system) {
        running = system;
        counts = new Counts(system.gateway());
    }

    @Test
    void extractServiceKilledMidStream() throws Exception {
        streamThrough(2081, () -> crashAndRestart("extract-service"));
    }

    @Test
    void storeServiceKilledMidStream() throws Exception {
        streamThrough(2082, () -> crashAndRestart("store-service"));
    }

    /** The embedded stack is the broker and the store in one process: both go away and come back. */
    @Test
    void brokerAndStoreRestartedMidStream() throws Exception {
        streamThrough(2083, () -> running.system().restart(GovreportSystem.STACK));
    }

    /** A crash of both: the broker's log survives, the store keeps what it had written to its file. */
    @Test
    void brokerAndStoreKilledMidStream() throws Exception {
        streamThrough(2086, () -> crashAndRestart(GovreportSystem.STACK));
    }

    @Test
    void ingestServiceKilledMidStream() throws Exception {
        streamThrough(2084, () -> crashAndRestart("ingest-service"));
    }

    @Test
    void theSameReportSubmittedTwentyTimesAtOnceIsOneDocument() throws Exception {
        int year = 2085;
        String report = SyntheticReports.batch(year, 1).get(0);
        List<String> ids = new ReportStream(running.ingestUrl()).submitAll(java.util.Collections.nCopies(20, report), 0, () -> { });

        assertEquals(1, new HashSet<>(ids).size(), "twenty copies of one text have one id");
        assertEquals(1, counts.awaitReports(year, 1, STORED_WITHIN));
        counts.awaitStatus(ids.get(0), "stored", STORED_WITHIN);
        settle();
        assertEquals(OptionalLong.of(1), counts.reports(year), "one document");
        assertEquals(OptionalLong.of(1), counts.gdpTargets(year), "one set of indicator rows");
    }

    private static void crashAndRestart(String service) throws Exception {
        running.system().kill9(service);
        running.system().restart(service);
    }

    private static void streamThrough(int year, ReportStream.Fault fault) throws Exception {
        List<String> reports = SyntheticReports.batch(year, REPORTS);
        ReportStream stream = new ReportStream(running.ingestUrl());
        List<String> ids = stream.submitAll(reports, FAULT_AFTER, () -> {
            // strike when some reports are stored, some in flight and some still to send
            counts.awaitReports(year, STORED_BEFORE_FAULT, STORED_WITHIN);
            System.out.printf("year %d: fault after %d accepted, %s stored%n", year, stream.accepted(), counts.reports(year));
            fault.run();
        });
        Set<String> submitted = Set.copyOf(ids);
        assertEquals(REPORTS, submitted.size(), "every report accepted under its own id");

        assertEquals(REPORTS, counts.awaitReports(year, REPORTS, STORED_WITHIN), "reports stored");
        settle();
        assertEquals(OptionalLong.of(REPORTS), counts.reports(year), "no report stored twice");
        assertEquals(submitted, counts.reportIds(year), "the stored reports are the submitted ones");
        assertEquals(OptionalLong.of(REPORTS), counts.gdpTargets(year), "one GDP target row per report");
    }

    /** Lets redelivered records (the ones whose offsets the crash left uncommitted) land before counting again. */
    private static void settle() throws InterruptedException {
        Thread.sleep(3000);
    }
}
