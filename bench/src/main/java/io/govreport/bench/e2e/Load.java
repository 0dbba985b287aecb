package io.govreport.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average, printed beside each figure: the two cores are shared, and load moves every rate. */
public final class Load {
    private Load() {
    }

    /** The 1, 5 and 15 minute load averages, as /proc/loadavg gives them. */
    public static String now() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
