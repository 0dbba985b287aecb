package io.govreport.store.messaging;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderedWritesTest {
    @Test
    void writesRunOneAtATimeOnTheirOwnThreadInTheOrderHandedOver() throws Exception {
        OrderedWrites writes = new OrderedWrites();
        writes.start();
        List<Integer> done = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        CountDownLatch last = new CountDownLatch(1);
        for (int i = 0; i < 200; i++) {
            int n = i;
            writes.submit(() -> {
                threads.add(Thread.currentThread().getName());
                done.add(n);
                if (n == 7) {
                    throw new IllegalStateException("a failing write does not stop the ones after it");
                }
                if (n == 199) {
                    last.countDown();
                }
            });
        }
        assertTrue(last.await(10, TimeUnit.SECONDS));
        assertEquals(IntStream.range(0, 200).boxed().toList(), done);
        assertEquals(List.of("store-writes"), threads.stream().distinct().toList());
        writes.onStop(null);
    }

    @Test
    void handingOverWaitsWhileTwoWritesAreQueuedBehindARunningOne() throws Exception {
        OrderedWrites writes = new OrderedWrites();
        writes.start();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        writes.submit(() -> {
            running.countDown();
            await(release);
        });
        assertTrue(running.await(10, TimeUnit.SECONDS));
        writes.submit(() -> { });
        writes.submit(() -> { });

        Thread fourth = new Thread(() -> {
            try {
                writes.submit(() -> { });
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
