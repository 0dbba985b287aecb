package io.govreport.bench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void nearestRankOfOneToHundred() {
        Percentiles p = new Percentiles(IntStream.rangeClosed(1, 100).boxed().toList());
        assertEquals(50, p.at(50));
        assertEquals(99, p.at(99));
        assertEquals(100, p.max());
    }

    @Test
    void theSlowestOfFewMeasurementsIsTheirP99() {
        Percentiles p = new Percentiles(List.of(30.0, 10.0, 20.0));
        assertEquals(20, p.at(50));
        assertEquals(30, p.at(99));
    }

    @Test
    void noMeasurementsIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> new Percentiles(List.of()));
    }
}
