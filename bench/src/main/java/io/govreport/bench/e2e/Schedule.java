package io.govreport.bench.e2e;

import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop schedule: the i-th send is due {@code i / rate} seconds after the start, whatever the replies before it
 * did, and a latency runs from when its send was due, so a slow reply counts against every send queued behind it.
 */
public final class Schedule {
    private final long start = System.nanoTime();
    private final Instant startedAt = Instant.now();
    private final int rate;

    public Schedule(int rate) {
        this.rate = rate;
    }

    /** The i-th send's due time in nanoseconds after the start. */
    private long offset(int i) {
        return (long) (i * 1e9 / rate);
    }

    /** The wall-clock time the i-th send is due, to set beside the services' logs and the records' timestamps. */
    public Instant dueAt(int i) {
        return startedAt.plusNanos(offset(i));
    }

    /**
     * Waits until the i-th send is due and returns that time ({@link System#nanoTime()}). Parked to the nanosecond:
     * {@code Thread.sleep(ms, ns)} rounds up to whole milliseconds on JDK 17, and a send made up to a millisecond late
     * was counted in the latency of the system it measures.
     */
    public long await(int i) throws InterruptedException {
        long due = start + offset(i);
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
            LockSupport.parkNanos(wait);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
        return due;
    }
}
