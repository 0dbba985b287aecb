package io.govreport.bench.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProcessStatsTest {
    @Test
    void readsThisJvmsCpuTimeAndPeakMemory() {
        long pid = ProcessHandle.current().pid();
        ProcessStats before = ProcessStats.of(pid);
        long sum = 0;
        for (long i = 0; i < 300_000_000L; i++) {
            sum += i ^ (sum >>> 3);
        }
        ProcessStats after = ProcessStats.of(pid);
        assertTrue(sum != 1, "keeps the loop");
        assertTrue(after.since(before).cpuSeconds() > 0, "the loop's CPU time is counted");
        assertTrue(after.peakRssKb() > 10_000, "a JVM's resident set is more than 10 MB");
    }
}
