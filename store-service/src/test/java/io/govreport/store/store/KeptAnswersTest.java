package io.govreport.store.store;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What kept answers are given out, for how long, and what is let go: here lists weighed by their length. */
class KeptAnswersTest {
    private static final FlipEpoch.Stamp AT_1 = new FlipEpoch.Stamp("g", 1);
    private static final FlipEpoch.Stamp AT_2 = new FlipEpoch.Stamp("g", 2);

    @Test
    void anAnswerIsGivenAtItsOwnEpochOnlyAndLetGoAfter() {
        KeptAnswers<String, List<Integer>> kept = kept(100);
        kept.put("gdp", AT_1, rows(3));

        assertEquals(3, kept.get("gdp", AT_1).size());
        assertNull(kept.get("gdp", new FlipEpoch.Stamp("other store", 1)), "another generation");
        assertNull(kept.get("gdp", AT_2), "a later epoch");
        assertEquals(0, kept.held(), "the stale answer was let go");
        assertNull(kept.get("gdp", AT_1));
    }

    @Test
    void theLeastRecentlyUsedAnswersGoFirstOnceTheWeightPassesTheBound() {
        KeptAnswers<String, List<Integer>> kept = kept(10);
        kept.put("a", AT_1, rows(4));
        kept.put("b", AT_1, rows(4));
        kept.get("a", AT_1);
        kept.put("c", AT_1, rows(4));

        assertNull(kept.get("b", AT_1), "b was used least recently");
        assertEquals(4, kept.get("a", AT_1).size());
        assertEquals(4, kept.get("c", AT_1).size());
        assertEquals(8, kept.held());

        kept.put("a", AT_1, rows(6));
        assertEquals(10, kept.held(), "an answer put again replaces its weight");
    }

    @Test
    void nothingIsKeptThatCannotBeToldApartOrDoesNotFit() {
        KeptAnswers<String, List<Integer>> kept = kept(5);
        kept.put("unnamed", new FlipEpoch.Stamp(null, 0), rows(1));
        kept.put("large", AT_1, rows(6));
        KeptAnswers<String, List<Integer>> off = kept(0);
        off.put("empty", AT_1, List.of());

        assertNull(kept.get("unnamed", new FlipEpoch.Stamp(null, 0)), "a store with no counter yet");
        assertNull(kept.get("large", AT_1), "heavier than the bound");
        assertNull(off.get("empty", AT_1), "a bound of 0 keeps none");
        assertEquals(0, kept.held());
    }

    private static KeptAnswers<String, List<Integer>> kept(long capacity) {
        return new KeptAnswers<>(capacity, List::size);
    }

    private static List<Integer> rows(int count) {
        return Collections.nCopies(count, 0);
    }
}
