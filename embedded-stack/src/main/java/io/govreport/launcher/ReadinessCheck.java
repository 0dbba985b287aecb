package io.govreport.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Waits until a child is ready, failing early if it dies and late if it never gets there. */
final class ReadinessCheck {
    private static final Duration POLL = Duration.ofMillis(300);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** A test of readiness that may fail with an I/O error while the child is still starting. */
    interface Probe {
        boolean ready() throws IOException, InterruptedException;
    }

    private ReadinessCheck() {
    }

    static void await(ChildProcess child, Duration timeout, Probe probe) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!child.isAlive()) {
                throw new StartupException(child, "exited during startup");
            }
            try {
                if (probe.ready()) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new StartupException(child, "was not ready within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** A Quarkus service is ready when SmallRye Health's readiness answers 200 (every check UP). */
    static Probe healthReady(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        return () -> HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }
}
