package io.govreport.reliability;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Submits reports straight to ingest-service (the gateway's per-key rate limit would stretch 500 writes over minutes;
 * the gateway only passes the body on), from a few threads at once, as a client that gets its 202 or tries again:
 * a 503 (the broker is away) or no answer at all (a restart) is sent again, anything else fails the test.
 */
final class ReportStream {
    private static final int THREADS = 4;
    private static final Duration KEEP_TRYING = Duration.ofMinutes(2);

    private final Http ingest;
    private final AtomicInteger accepted = new AtomicInteger();

    ReportStream(String ingestUrl) {
        this.ingest = new Http(ingestUrl);
    }

    /** How many reports have been accepted so far. */
    int accepted() {
        return accepted.get();
    }

    /**
     * Submits every report, and runs {@code fault} on this thread once {@code faultAfter} of them are accepted, while
     * the rest are still being sent.
     *
     * @return the ids ingest answered, in the order of {@code reports}
     */
    List<String> submitAll(List<String> reports, int faultAfter, Fault fault) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (String report : reports) {
                ids.add(senders.submit(() -> submit(report)));
            }
            while (accepted() < faultAfter) {
                Thread.sleep(20);
            }
            fault.run();
            List<String> answered = new ArrayList<>();
            for (Future<String> id : ids) {
                answered.add(id.get());
            }
            return answered;
        } catch (ExecutionException e) {
            throw new AssertionError("a submission failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            senders.shutdownNow();
        }
    }

    String submit(String report) throws InterruptedException {
        long deadline = System.nanoTime() + KEEP_TRYING.toNanos();
        byte[] body = report.getBytes(StandardCharsets.UTF_8);
        while (true) {
            try {
                Http.Answer answer = ingest.post("/reports", "text/plain; charset=UTF-8", body, null);
                if (answer.status() == 202) {
                    accepted.incrementAndGet();
                    return answer.json().path("id").asText();
                }
                if (answer.status() != 503) {
                    throw new AssertionError("ingest answered " + answer.status() + ": " + answer.body());
                }
            } catch (UncheckedIOException restarting) {
                // no answer: the service is down for the moment; the report was not accepted, so send it again
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not accepted within " + KEEP_TRYING.toSeconds() + " s");
            }
            Thread.sleep(500);
        }
    }

    /** Something done to the running system mid-stream. */
    @FunctionalInterface
    interface Fault {
        void run() throws Exception;
    }
}
