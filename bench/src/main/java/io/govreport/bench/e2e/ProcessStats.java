package io.govreport.bench.e2e;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time and peak resident memory of one process, read from {@code /proc/<pid>/stat} (utime + stime, in clock
 * ticks) and {@code /proc/<pid>/status} ({@code VmHWM}, the high-water mark of the resident set), and the share of
 * that CPU time its JIT compiler threads spent ({@code /proc/<pid>/task/<tid>/stat} of the threads named
 * {@code C1/C2 CompilerThread}): a service that has run for minutes is still compiling, and that is CPU the work
 * measured does not need once the service is warm.
 */
record ProcessStats(double cpuSeconds, double jitSeconds, long peakRssKb) {
    /** USER_HZ: the unit of utime and stime; 100 on every Linux the JDK runs on. */
    private static final double TICKS_PER_SECOND = 100;
    private static final String COMPILER_THREAD = "CompilerThre";

    static ProcessStats of(long pid) {
        try {
            Path proc = Path.of("/proc", Long.toString(pid));
            long ticks = ticks(Files.readString(proc.resolve("stat")));
            long jitTicks = 0;
            try (DirectoryStream<Path> tasks = Files.newDirectoryStream(proc.resolve("task"))) {
                for (Path task : tasks) {
                    try {
                        if (Files.readString(task.resolve("comm")).contains(COMPILER_THREAD)) {
                            jitTicks += ticks(Files.readString(task.resolve("stat")));
                        }
                    } catch (NoSuchFileException ended) {
                        // a thread that ended between the listing and the read
                    }
                }
            }
            long peak = 0;
            List<String> status = Files.readAllLines(proc.resolve("status"));
            for (String line : status) {
                if (line.startsWith("VmHWM:")) {
                    peak = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return new ProcessStats(ticks / TICKS_PER_SECOND, jitTicks / TICKS_PER_SECOND, peak);
        } catch (IOException e) {
            throw new IllegalStateException("process " + pid + " is not running", e);
        }
    }

    /** utime + stime of a {@code stat} line; the fields after the command name, which is in parentheses and may hold spaces. */
    private static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    static Map<String, ProcessStats> of(Map<String, Long> pids) {
        Map<String, ProcessStats> stats = new LinkedHashMap<>();
        pids.forEach((name, pid) -> stats.put(name, of(pid)));
        return stats;
    }

    /** CPU seconds spent since {@code before}; the peak is this reading's. */
    ProcessStats since(ProcessStats before) {
        return new ProcessStats(cpuSeconds - before.cpuSeconds, jitSeconds - before.jitSeconds, peakRssKb);
    }
}
