package io.govreport.store.store;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SearchSegmentsTest {
    @Test
    void postingsIdsAreTheOnesStoredBeforeThatStringFormatWrote() {
        int[] segments = {0, 7, 42, 999_999, 1_000_000, 9_999_999, 12_345_678, Integer.MAX_VALUE};
        int[] buckets = {0, 5, 63, 127, 999, 1_000, 12_345};
        for (int segment : segments) {
            for (int bucket : buckets) {
                assertEquals(String.format(Locale.ROOT, "%07d %04d", segment, bucket), SearchSegments.bucketId(segment, bucket));
            }
        }
        assertEquals("0000042 0007", SearchSegments.bucketId(42, 7));
    }

    @Test
    void aNegativeNumberHasNoId() {
        assertThrows(IllegalArgumentException.class, () -> SearchSegments.bucketId(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> SearchSegments.bucketId(0, -1));
    }
}
