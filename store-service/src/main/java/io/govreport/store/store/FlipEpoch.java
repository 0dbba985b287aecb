package io.govreport.store.store;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.govreport.store.config.StoreConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bson.Document;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The counter document {@code {_id: "indicator-flips", epoch, generation}}. Its epoch moves after every flip of a
 * report's current version and after any other write that changes what a bucket read returns, so two equal readings
 * mean the buckets answer the same in between, up to retiring a replaced version, which leaves every report's current
 * rows as they were ({@link BucketReader}). Its generation is drawn when the document is created: a store emptied and
 * filled again starts its epochs afresh, and the generation keeps its readings from equalling earlier ones.
 *
 * <p>Kept answers are checked against {@link #current()}, a reading taken again every
 * {@code govreport.store.flip-check-every} and after every flip this instance makes, so that an answer kept in memory
 * is given without a round trip to the store (whose pauses, on the embedded store's large heap up to seconds, would
 * otherwise be every query's).
 */
@ApplicationScoped
public class FlipEpoch {
    private static final Logger LOG = Logger.getLogger(FlipEpoch.class);
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final String EPOCH = "epoch";
    private static final String GENERATION = "generation";

    /** One reading of the counter; the generation is null where none was drawn (no report stored yet). */
    record Stamp(String generation, long epoch) {
        /** Whether the reading can tell this store's states apart from any other's. */
        boolean named() {
            return generation != null;
        }
    }

    /** A reading, when it was begun, and how many flips this instance had made by then. */
    private record Reading(Stamp stamp, long begunAt, long localFlips) {
    }

    private final Collections collections;
    private final Duration checkEvery;
    private final AtomicReference<Reading> last = new AtomicReference<>();
    private final AtomicLong localFlips = new AtomicLong();
    private ScheduledExecutorService checker;

    @Inject
    public FlipEpoch(Collections collections, StoreConfig config) {
        this(collections, config.flipCheckEvery());
    }

    /** @param checkEvery how often the counter is read for {@link #current()}; zero reads it at every call */
    FlipEpoch(Collections collections, Duration checkEvery) {
        this.collections = collections;
        this.checkEvery = checkEvery;
    }

    void onStart(@Observes StartupEvent startup) {
        if (checkEvery.toNanos() > 0) {
            checker = Background.every("flip-epoch", checkEvery, this::checkQuietly);
        }
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        if (checker != null) {
            checker.shutdownNow();
        }
    }

    /**
     * The epoch as read within the last two check periods and after this instance's last flip; read now if there is
     * no such reading (the checker late, or a flip of this instance since). A flip by another store-service instance
     * is seen at the next check. Like {@link #read()}, it is taken before the store is read.
     */
    Stamp current() {
        return known().orElseGet(this::check);
    }

    /** The reading {@link #current()} would give without reading the counter, if there is one: it never blocks. */
    Optional<Stamp> known() {
        Reading known = last.get();
        if (checkEvery.toNanos() > 0 && known != null && known.localFlips() == localFlips.get()
                && System.nanoTime() - known.begunAt() <= 2 * checkEvery.toNanos()) {
            return Optional.of(known.stamp());
        }
        return Optional.empty();
    }

    private Stamp check() {
        long begunAt = System.nanoTime();
        // Counted before the read: a flip of this instance answered during it makes the reading unusable.
        long flipsBefore = localFlips.get();
        Stamp stamp = read();
        last.accumulateAndGet(new Reading(stamp, begunAt, flipsBefore),
                (kept, fresh) -> kept == null || fresh.begunAt() - kept.begunAt() > 0 ? fresh : kept);
        return stamp;
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException e) {
            // Queries read the counter themselves until a check succeeds again (current() finds no fresh reading).
            LOG.debugf(e, "reading the flip epoch failed");
        }
    }

    Stamp read() {
        Document counter = collections.counters().find(Filters.eq("_id", Collections.FLIPS)).first();
        return counter == null ? new Stamp(null, 0L)
                : new Stamp(counter.getString(GENERATION), ((Number) counter.get(EPOCH)).longValue());
    }

    /** Moves the epoch on; {@code concern} null for the collection's own. */
    void bump(WriteConcern concern) {
        MongoCollection<Document> counters = collections.counters();
        (concern == null ? counters : counters.withWriteConcern(concern)).updateOne(Filters.eq("_id", Collections.FLIPS),
                Updates.combine(Updates.inc(EPOCH, 1L), Updates.setOnInsert(GENERATION, UUID.randomUUID().toString())),
                UPSERT);
        // After the write is answered: a reading begun before this could not see it.
        localFlips.incrementAndGet();
    }

    /** Names the counter of a store written before it had a generation (the counter is created with one). */
    void nameEarlierCounter(@Observes StartupEvent startup) {
        collections.counters().updateOne(Filters.and(Filters.eq("_id", Collections.FLIPS), Filters.exists(GENERATION, false)),
                Updates.set(GENERATION, UUID.randomUUID().toString()));
    }
}
