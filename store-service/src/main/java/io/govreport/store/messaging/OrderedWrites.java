package io.govreport.store.messaging;

import io.govreport.store.config.StoreConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.IntStream;

/**
 * The threads (lanes) that run the store writes of extracted reports, so that the consumer can prepare the next report
 * (segmenting its passages, building its documents: CPU only) while others are written (chains of round trips to the
 * store, during which a single writer left the store's cores idle). A report always goes to the same lane, by id, so
 * the writes of one report run in the order handed over. A hand-over waits while {@value #WAITING} writes are queued on
 * its lane, so a slow store holds the consumer back rather than filling memory.
 */
@ApplicationScoped
@Startup
public class OrderedWrites {
    private static final Logger LOG = Logger.getLogger(OrderedWrites.class);
    private static final int WAITING = 2;

    private final int laneCount;
    private List<Lane> lanes;

    @Inject
    public OrderedWrites(StoreConfig config) {
        this(config.writeLanes());
    }

    OrderedWrites(int lanes) {
        if (lanes < 1) {
            throw new IllegalArgumentException("GOVREPORT_STORE_WRITE_LANES (govreport.store.write-lanes) must be at least 1, not "
                    + lanes);
        }
        this.laneCount = lanes;
    }

    /** Started here, not in the constructor, which also runs for the bean's client proxy. */
    @PostConstruct
    void start() {
        lanes = IntStream.range(0, laneCount).mapToObj(i -> new Lane("store-writes-" + i)).toList();
    }

    /** Queues a write behind those handed over before it for the same report; waits while its lane is full. */
    void submit(String reportId, Runnable write) throws InterruptedException {
        lanes.get(Math.floorMod(reportId.hashCode(), lanes.size())).queue.put(write);
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        lanes.forEach(lane -> lane.thread.interrupt());
    }

    private static final class Lane {
        final BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(WAITING);
        final Thread thread;

        Lane(String name) {
            thread = new Thread(this::run, name);
            thread.setDaemon(true);
            thread.start();
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
    }
}
