package io.govreport.store.store;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The service's timed background work: each task on a daemon thread of its own, so it never holds a shutdown up. */
final class Background {
    private Background() {
    }

    /** Runs {@code task} every {@code every} (the delay between runs) on a thread named {@code name}; stop it on shutdown. */
    static ScheduledExecutorService every(String name, Duration every, Runnable task) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
        long nanos = every.toNanos();
        executor.scheduleWithFixedDelay(task, nanos, nanos, TimeUnit.NANOSECONDS);
        return executor;
    }
}
