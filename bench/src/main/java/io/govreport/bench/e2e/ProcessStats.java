package io.govreport.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time and peak resident memory of one process, read from {@code /proc/<pid>/stat} (utime + stime, in clock
 * ticks) and {@code /proc/<pid>/status} ({@code VmHWM}, the high-water mark of the resident set).
 */
record ProcessStats(double cpuSeconds, long peakRssKb) {
    /** USER_HZ: the unit of utime and stime; 100 on every Linux the JDK runs on. */
    private static final double TICKS_PER_SECOND = 100;

    static ProcessStats of(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // fields after the command name, which is in parentheses and may hold spaces: state is field 3
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            long peak = 0;
            List<String> status = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"));
            for (String line : status) {
                if (line.startsWith("VmHWM:")) {
                    peak = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return new ProcessStats(ticks / TICKS_PER_SECOND, peak);
        } catch (IOException e) {
            throw new IllegalStateException("process " + pid + " is not running", e);
        }
    }

    static Map<String, ProcessStats> of(Map<String, Long> pids) {
        Map<String, ProcessStats> stats = new LinkedHashMap<>();
        pids.forEach((name, pid) -> stats.put(name, of(pid)));
        return stats;
    }

    /** CPU seconds spent since {@code before}; the peak is this reading's. */
    ProcessStats since(ProcessStats before) {
        return new ProcessStats(cpuSeconds - before.cpuSeconds, peakRssKb);
    }
}
