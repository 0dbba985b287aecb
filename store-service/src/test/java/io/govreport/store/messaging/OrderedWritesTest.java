package io.govreport.store.messaging;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderedWritesTest {
    @Test
    void eachReportsWritesRunInTheOrderHandedOverOnOneLaneAndTheLanesShareTheReports() throws Exception {
        OrderedWrites writes = new OrderedWrites(2);
        writes.start();
        Map<String, List<Integer>> done = new ConcurrentHashMap<>();
        Map<String, Set<String>> threads = new ConcurrentHashMap<>();
        CountDownLatch all = new CountDownLatch(400);
        for (int i = 0; i < 400; i++) {
            int n = i;
            String report = "report " + (i % 20);
            writes.submit(report, () -> {
                threads.computeIfAbsent(report, r -> ConcurrentHashMap.newKeySet()).add(Thread.currentThread().getName());
                done.computeIfAbsent(report, r -> new CopyOnWriteArrayList<>()).add(n);
                all.countDown();
                if (n == 7) {
                    throw new IllegalStateException("a failing write does not stop the ones after it");
                }
            });
        }
        assertTrue(all.await(10, TimeUnit.SECONDS));
        for (int r = 0; r < 20; r++) {
            int first = r;
            assertEquals(IntStream.range(0, 20).map(k -> first + 20 * k).boxed().toList(), done.get("report " + r));
            assertEquals(1, threads.get("report " + r).size(), "one lane per report");
        }
        assertEquals(Set.of("store-writes-0", "store-writes-1"),
                threads.values().stream().flatMap(Set::stream).collect(Collectors.toSet()));
        writes.onStop(null);
    }

    @Test
    void handingOverWaitsWhileTwoWritesAreQueuedBehindARunningOne() throws Exception {
        OrderedWrites writes = new OrderedWrites(1);
        writes.start();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        writes.submit("a", () -> {
            running.countDown();
            await(release);
        });
        assertTrue(running.await(10, TimeUnit.SECONDS));
        writes.submit("a", () -> { });
        writes.submit("a", () -> { });

        Thread fourth = new Thread(() -> {
            try {
                writes.submit("a", () -> { });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        fourth.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (fourth.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(Thread.State.WAITING, fourth.getState(), "the fourth hand-over waits for room");
        release.countDown();
        fourth.join(10_000);
        assertEquals(Thread.State.TERMINATED, fourth.getState(), "and goes through once a write is done");
        writes.onStop(null);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
