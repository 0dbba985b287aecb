package io.govreport.store.store;

import io.govreport.model.IndicatorRow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What the indicator cache keeps, for how long, and what it lets go. */
class IndicatorCacheTest {
    private static final FlipEpoch.Stamp AT_1 = new FlipEpoch.Stamp("g", 1);
    private static final FlipEpoch.Stamp AT_2 = new FlipEpoch.Stamp("g", 2);

    @Test
    void anAnswerIsGivenAtItsOwnEpochOnlyAndLetGoAfter() {
        IndicatorCache cache = new IndicatorCache(100);
        cache.put(filter("gdp"), AT_1, rows(3));

        assertEquals(3, cache.get(filter("gdp"), AT_1).size());
        assertNull(cache.get(filter("gdp"), new FlipEpoch.Stamp("other store", 1)), "another generation");
        assertNull(cache.get(filter("gdp"), AT_2), "a later epoch");
        assertEquals(0, cache.rowsHeld(), "the stale answer was let go");
        assertNull(cache.get(filter("gdp"), AT_1));
    }

    @Test
    void theLeastRecentlyUsedAnswersGoFirstOnceTheRowsPassTheBound() {
        IndicatorCache cache = new IndicatorCache(10);
        cache.put(filter("a"), AT_1, rows(4));
        cache.put(filter("b"), AT_1, rows(4));
        cache.get(filter("a"), AT_1);
        cache.put(filter("c"), AT_1, rows(4));

        assertNull(cache.get(filter("b"), AT_1), "b was used least recently");
        assertEquals(4, cache.get(filter("a"), AT_1).size());
        assertEquals(4, cache.get(filter("c"), AT_1).size());
        assertEquals(8, cache.rowsHeld());

        cache.put(filter("a"), AT_1, rows(6));
        assertEquals(10, cache.rowsHeld(), "an answer put again replaces its rows");
    }

    @Test
    void nothingIsKeptThatCannotBeToldApartOrDoesNotFit() {
        IndicatorCache cache = new IndicatorCache(5);
        cache.put(filter("unnamed"), new FlipEpoch.Stamp(null, 0), rows(1));
        cache.put(filter("large"), AT_1, rows(6));
        IndicatorCache off = new IndicatorCache(0);
        off.put(filter("empty"), AT_1, List.of());

        assertNull(cache.get(filter("unnamed"), new FlipEpoch.Stamp(null, 0)), "a store with no counter yet");
        assertNull(cache.get(filter("large"), AT_1), "larger than the bound");
        assertNull(off.get(filter("empty"), AT_1), "a bound of 0 keeps none");
        assertEquals(0, cache.rowsHeld());
    }

    private static IndicatorFilter filter(String metric) {
        return new IndicatorFilter(metric, null, null, null, null, null, null, null, null);
    }

    private static List<FoundRow> rows(int count) {
        List<FoundRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new FoundRow(new IndicatorRow("r", null, null, null, null, null, null, null, i, null, null, null, null,
                    null, null, null), i));
        }
        return rows;
    }
}
