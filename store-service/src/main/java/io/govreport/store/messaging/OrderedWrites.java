package io.govreport.store.messaging;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * One thread that runs the store writes of extracted reports in the order they are handed over, so that the consumer
 * can prepare the next report (segmenting its passages, building its documents: CPU only) while one is written (a
 * chain of round trips to the store). The hand-over waits while {@value #WAITING} writes are queued, so a slow store
 * holds the consumer back rather than filling memory.
 */
@ApplicationScoped
public class OrderedWrites {
    private static final Logger LOG = Logger.getLogger(OrderedWrites.class);
    private static final int WAITING = 2;

    private final BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(WAITING);
    private Thread thread;

    /** Started here, not in the constructor, which also runs for the bean's client proxy. */
    @PostConstruct
    void start() {
        thread = new Thread(this::run, "store-writes");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a write behind those handed over before it; waits while the queue is full. */
    void submit(Runnable write) throws InterruptedException {
        queue.put(write);
    }

    private void run() {
        try {
            while (true) {
                Runnable write = queue.take();
                try {
                    write.run();
                } catch (RuntimeException | Error e) {
                    // The write acks or nacks its message itself; anything escaping it must not stop the writes after.
                    LOG.error("a store write failed outside its own handling", e);
                }
            }
        } catch (InterruptedException stopped) {
            // Shutting down: queued writes are dropped, and their records, never acked, are delivered again.
        }
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        thread.interrupt();
    }
}
