package io.govreport.store.store;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Answers kept with the flip epoch they were read at and given out while the epoch has not moved ({@link FlipEpoch}):
 * a query then costs one read of the counter instead of the scan or bucket reads behind it. A history store takes
 * reports a few weeks a year and is read all year; while reports are being stored the epoch moves with each, and
 * queries read the store as they would without this. Bounded by the summed weight of what it holds (rows, pages),
 * least recently used out first; an answer heavier than the whole bound is not kept. Answers are shared, so they must
 * not be changed.
 */
final class KeptAnswers<K, V> {
    private record Answer<V>(FlipEpoch.Stamp at, V value, long weight) {
    }

    private final long capacity;
    private final ToLongFunction<V> weigh;
    private final Map<K, Answer<V>> answers = new LinkedHashMap<>(16, 0.75f, true);
    private long held;

    /** @param capacity the bound on the summed weight; 0 keeps nothing */
    KeptAnswers(long capacity, ToLongFunction<V> weigh) {
        this.capacity = capacity;
        this.weigh = weigh;
    }

    /** The answer kept for the key at this epoch, or null; an answer of an earlier epoch is let go. */
    synchronized V get(K key, FlipEpoch.Stamp now) {
        Answer<V> answer = answers.get(key);
        if (answer == null) {
            return null;
        }
        if (!answer.at().equals(now)) {
            forget(key);
            return null;
        }
        return answer.value();
    }

    /**
     * The answer kept for the key at {@code now}, else the one {@code read} gives, kept. {@code now} must be read
     * before the store is: a flip during the read then moves the epoch past it, and the answer is not given out again.
     */
    V answer(K key, FlipEpoch.Stamp now, Supplier<V> read) {
        V known = get(key, now);
        if (known != null) {
            return known;
        }
        V value = read.get();
        put(key, now, value);
        return value;
    }

    /** Keeps an answer read at {@code at}, unless the stamp cannot name the store's state or the answer is too heavy. */
    synchronized void put(K key, FlipEpoch.Stamp at, V value) {
        long weight = weigh.applyAsLong(value);
        if (capacity <= 0 || !at.named() || weight > capacity) {
            return;
        }
        forget(key);
        answers.put(key, new Answer<>(at, value, weight));
        held += weight;
        Iterator<Answer<V>> eldest = answers.values().iterator();
        while (held > capacity) {
            held -= eldest.next().weight();
            eldest.remove();
        }
    }

    /** The summed weight of the answers held. */
    synchronized long held() {
        return held;
    }

    private void forget(K key) {
        Answer<V> gone = answers.remove(key);
        if (gone != null) {
            held -= gone.weight();
        }
    }
}
