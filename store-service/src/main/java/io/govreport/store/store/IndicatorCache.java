package io.govreport.store.store;

import io.govreport.store.config.StoreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers of the indicator query by metric, kept with the flip epoch they were read at and given out while the epoch
 * has not moved ({@link FlipEpoch}): a query then costs one read of the counter instead of a few hundred bucket
 * documents. A history store takes reports a few weeks a year and is read all year; while reports are being stored
 * the epoch moves with each, and queries read the buckets as they would without this. Bounded by the rows it holds,
 * least recently used out first; an answer larger than the whole bound is not kept.
 */
@ApplicationScoped
public class IndicatorCache {
    private record Answer(FlipEpoch.Stamp at, List<FoundRow> rows) {
    }

    private final int capacityRows;
    private final Map<IndicatorFilter, Answer> answers = new LinkedHashMap<>(16, 0.75f, true);
    private long rowsHeld;

    @Inject
    public IndicatorCache(StoreConfig config) {
        this(config.indicatorCacheRows());
    }

    IndicatorCache(int capacityRows) {
        this.capacityRows = capacityRows;
    }

    /** The answer kept for the filter at this epoch, or null; an answer of an earlier epoch is let go. */
    synchronized List<FoundRow> get(IndicatorFilter filter, FlipEpoch.Stamp now) {
        Answer answer = answers.get(filter);
        if (answer == null) {
            return null;
        }
        if (!answer.at().equals(now)) {
            forget(filter);
            return null;
        }
        return answer.rows();
    }

    /** Keeps an answer read at {@code at}, unless the stamp cannot name the store's state or the answer is too large. */
    synchronized void put(IndicatorFilter filter, FlipEpoch.Stamp at, List<FoundRow> rows) {
        if (capacityRows <= 0 || !at.named() || rows.size() > capacityRows) {
            return;
        }
        forget(filter);
        answers.put(filter, new Answer(at, List.copyOf(rows)));
        rowsHeld += rows.size();
        Iterator<Answer> eldest = answers.values().iterator();
        while (rowsHeld > capacityRows) {
            rowsHeld -= eldest.next().rows().size();
            eldest.remove();
        }
    }

    synchronized long rowsHeld() {
        return rowsHeld;
    }

    private void forget(IndicatorFilter filter) {
        Answer gone = answers.remove(filter);
        if (gone != null) {
            rowsHeld -= gone.rows().size();
        }
    }
}
