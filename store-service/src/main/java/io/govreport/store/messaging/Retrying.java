package io.govreport.store.messaging;

import com.mongodb.MongoException;
import io.govreport.store.config.StoreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Retries a store write while MongoDB is unreachable, so a store restart delays consumption instead of failing the
 * channel. The message is acked only after the write returns, so its offset stays uncommitted meanwhile.
 */
@ApplicationScoped
public class Retrying {
    private static final Logger LOG = Logger.getLogger(Retrying.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private final Duration retryFor;

    public Retrying(StoreConfig config) {
        this.retryFor = config.writeRetryFor();
    }

    <T> T write(String what, Supplier<T> write) {
        long deadline = System.nanoTime() + retryFor.toNanos();
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                return write.get();
            } catch (MongoException e) {
                if (System.nanoTime() + pause.toNanos() > deadline) {
                    throw e;
                }
                LOG.warnf("store write for %s failed (%s); retrying in %d ms", what, e.getMessage(), pause.toMillis());
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a store write", e);
        }
    }
}
