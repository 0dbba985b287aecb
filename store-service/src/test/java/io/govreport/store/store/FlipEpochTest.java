package io.govreport.store.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.govreport.store.EmbeddedMongo;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reading kept answers are checked against: kept between checks, taken again after a flip of this instance. */
@QuarkusTest
@QuarkusTestResource(EmbeddedMongo.class)
class FlipEpochTest {
    @Inject
    MongoClient mongo;

    @Inject
    Collections collections;

    @BeforeEach
    void emptyStore() {
        EmbeddedMongo.emptyStore(mongo);
    }

    @Test
    void aReadingIsKeptBetweenChecksAndTakenAgainAfterAFlipOfThisInstance() {
        FlipEpoch flips = new FlipEpoch(collections, Duration.ofHours(1));
        flips.bump(null);
        assertEquals(Optional.empty(), flips.known(), "no reading yet");
        FlipEpoch.Stamp first = flips.current();
        assertEquals(1, first.epoch());
        assertEquals(Optional.of(first), flips.known(), "the reading current() took, given without a read");

        movedByAnotherInstance();
        assertEquals(first, flips.current(), "kept until the next check");
        assertEquals(2, flips.read().epoch(), "the counter itself moved");

        flips.bump(null);
        assertEquals(Optional.empty(), flips.known(), "a flip of this instance makes the reading unusable");
        assertEquals(3, flips.current().epoch(), "a flip of this instance is seen at once");
    }

    @Test
    void aFlipOfAnotherInstanceIsSeenWithinTwoChecks() {
        FlipEpoch flips = new FlipEpoch(collections, Duration.ofMillis(50));
        flips.bump(null);
        assertEquals(1, flips.current().epoch());
        movedByAnotherInstance();
        await().atMost(Duration.ofMillis(500)).until(() -> flips.current().epoch() == 2);
    }

    @Test
    void aZeroPeriodReadsTheCounterEveryTime() {
        FlipEpoch flips = new FlipEpoch(collections, Duration.ZERO);
        flips.bump(null);
        assertEquals(1, flips.current().epoch());
        assertEquals(Optional.empty(), flips.known(), "no reading is kept");
        movedByAnotherInstance();
        assertEquals(2, flips.current().epoch());
    }

    private void movedByAnotherInstance() {
        collections.counters().updateOne(Filters.eq("_id", Collections.FLIPS), Updates.inc("epoch", 1L));
    }
}
