package io.govreport.store.store;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;

import java.util.UUID;

/**
 * The counter document {@code {_id: "indicator-flips", epoch, generation}}. Its epoch moves after every flip of a
 * report's current version and after any other write that changes what a bucket read returns, so two equal readings
 * mean the buckets answer the same in between, up to retiring a replaced version, which leaves every report's current
 * rows as they were ({@link BucketReader}). Its generation is drawn when the document is created: a store emptied and
 * filled again starts its epochs afresh, and the generation keeps its readings from equalling earlier ones.
 */
@ApplicationScoped
public class FlipEpoch {
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

    private final Collections collections;

    public FlipEpoch(Collections collections) {
        this.collections = collections;
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
    }

    /** Names the counter of a store written before it had a generation (the counter is created with one). */
    void nameEarlierCounter(@Observes StartupEvent startup) {
        collections.counters().updateOne(Filters.and(Filters.eq("_id", Collections.FLIPS), Filters.exists(GENERATION, false)),
                Updates.set(GENERATION, UUID.randomUUID().toString()));
    }
}
