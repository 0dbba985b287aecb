package io.govreport.store.store;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.govreport.store.config.StoreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.types.Binary;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Merges search segments, so that a query reads a few dozen segments rather than one per
 * {@code search-segment-reports} reports stored (a thousand at 32,000 reports, each read by {@code _id} for each word).
 * When {@code search-merge-factor} live segments share a level, the oldest of them are merged into one segment of the
 * next level, up to {@code search-merge-levels}: each document is rewritten once per level, and the live segments
 * stay under factor × (levels + 1) plus what the top level holds.
 *
 * <p>A merge writes the new segment (number {@code next}, with {@code sources}: the segments it merges) without their
 * retired documents, then its postings bucket by bucket (a word's bucket is the same in every segment, so a bucket of
 * the new segment is made from the same bucket of its sources alone), and commits with one write of the state: the
 * sources leave {@code live}, the new segment joins it, {@code next} moves past it, and {@code cleanup} names it. Only
 * then are its documents pointed at it in {@code searchIndexed} and the sources deleted, and {@code cleanup} cleared.
 * A crash before the commit leaves a segment at {@code next} with {@code sources}, which is deleted; one after it,
 * a {@code cleanup}, which is finished, both before the index is next written. Callers hold {@link SearchSegments}'
 * lock.
 */
@ApplicationScoped
public class SearchMerges {
    private static final Logger LOG = Logger.getLogger(SearchMerges.class);
    static final String SOURCES = "sources";
    static final String CLEANUP = "cleanup";
    /** Buckets merged at a time: their sources' documents are held in memory together. */
    private static final int BUCKETS_AT_ONCE = 64;
    private static final int INDEXED_BATCH = 1000;

    private final Collections collections;
    private final StoreConfig config;

    public SearchMerges(Collections collections, StoreConfig config) {
        this.collections = collections;
        this.config = config;
    }

    /** Merges one set of segments if some level below the top holds enough; false when none does. */
    boolean mergeOne() {
        int factor = config.searchMergeFactor();
        if (factor < 2) {
            return false;
        }
        Document state = SearchSegments.state(collections);
        Map<Integer, Integer> live = SearchSegments.live(state);
        for (int level = 0; level < config.searchMergeLevels(); level++) {
            List<Integer> same = new ArrayList<>();
            for (Map.Entry<Integer, Integer> segment : live.entrySet()) {
                if (segment.getValue() == level && same.size() < factor) {
                    same.add(segment.getKey());
                }
            }
            if (same.size() == factor) {
                merge(state, live, same, level + 1);
                return true;
            }
        }
        return false;
    }

    private void merge(Document state, Map<Integer, Integer> live, List<Integer> sources, int level) {
        long started = System.nanoTime();
        int target = SearchSegments.next(state);
        Map<Integer, Document> held = new HashMap<>();
        collections.searchSegments().find(Filters.in("_id", sources)).forEach(d -> held.put(d.getInteger("_id"), d));
        List<String> documents = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        Map<Integer, int[]> ordinals = new HashMap<>();
        for (int source : sources) {
            Document segment = held.get(source);
            List<String> ids = segment == null ? List.of() : segment.getList(SearchSegments.DOCUMENTS, String.class);
            List<Integer> passages = segment == null ? List.of() : segment.getList(SearchSegments.PASSAGE_COUNTS, Integer.class);
            Set<Integer> retired = segment == null ? Set.of() : Set.copyOf(segment.getList(SearchSegments.RETIRED, Integer.class));
            int[] map = new int[ids.size()];
            for (int i = 0; i < ids.size(); i++) {
                boolean kept = !retired.contains(i) && i < passages.size();
                map[i] = kept ? documents.size() : -1;
                if (kept) {
                    documents.add(ids.get(i));
                    counts.add(passages.get(i));
                }
            }
            ordinals.put(source, map);
        }
        collections.searchSegments().insertOne(new Document("_id", target).append(SearchSegments.DOCUMENTS, documents)
                .append(SearchSegments.PASSAGE_COUNTS, counts).append(SearchSegments.RETIRED, List.of())
                .append(SearchSegments.LEVEL, level).append(SOURCES, sources));
        for (int from = 0; from < SearchSegments.BUCKETS; from += BUCKETS_AT_ONCE) {
            long batchStarted = System.nanoTime();
            mergeBuckets(target, sources, ordinals, from, Math.min(SearchSegments.BUCKETS, from + BUCKETS_AT_ONCE));
            rest(System.nanoTime() - batchStarted);
        }
        Map<Integer, Integer> after = new LinkedHashMap<>(live);
        sources.forEach(after::remove);
        after.put(target, level);
        collections.counters().updateOne(Filters.eq("_id", SearchSegments.STATE), Updates.combine(
                Updates.set("next", target + 1), Updates.set(SearchSegments.LIVE, SearchSegments.liveList(after)),
                Updates.set(CLEANUP, target)));
        finishCleanup();
        // Merges into the top level are rare (one per factor^levels segments) and the longest: worth a line.
        LOG.logf(level == config.searchMergeLevels() ? Logger.Level.INFO : Logger.Level.DEBUG,
                "search index: segments %s merged into %d (level %d, %d documents) in %d ms", sources, target, level,
                documents.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Rests {@code search-merge-pause} times the work just done, so that a merge leaves the cores to the reports being
     * stored. Interrupted (the service stopping), it rests no more.
     */
    private void rest(long workedNanos) {
        long nanos = (long) (workedNanos * config.searchMergePause());
        if (nanos <= 0 || Thread.currentThread().isInterrupted()) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes the new segment's buckets [from, to) from the same buckets of its sources, in the sources' order. */
    private void mergeBuckets(int target, List<Integer> sources, Map<Integer, int[]> ordinals, int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int source : sources) {
            for (int bucket = from; bucket < to; bucket++) {
                ids.add(SearchSegments.bucketId(source, bucket));
            }
        }
        Map<String, Document> read = new HashMap<>();
        collections.searchPostings().find(Filters.in("_id", ids)).batchSize(SearchSegments.READ_BATCH)
                .forEach(d -> read.put(d.getString("_id"), d));
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (int bucket = from; bucket < to; bucket++) {
            Map<String, SearchPostings.Bytes> words = new TreeMap<>();
            for (int source : sources) {
                Document postings = read.get(SearchSegments.bucketId(source, bucket));
                if (postings == null) {
                    continue;
                }
                List<String> held = postings.getList(SearchSegments.WORDS, String.class);
                List<Binary> lists = postings.getList(SearchSegments.POSTINGS, Binary.class);
                for (int i = 0; i < held.size(); i++) {
                    SearchPostings.appendRemapped(lists.get(i).getData(), ordinals.get(source),
                            words.computeIfAbsent(held.get(i), w -> new SearchPostings.Bytes()));
                }
            }
            words.values().removeIf(SearchPostings.Bytes::isEmpty);
            if (!words.isEmpty()) {
                String id = SearchSegments.bucketId(target, bucket);
                Document merged = new Document("_id", id).append(SearchSegments.WORDS, new ArrayList<>(words.keySet()))
                        .append(SearchSegments.POSTINGS, words.values().stream().map(SearchPostings.Bytes::toArray).toList());
                writes.add(new ReplaceOneModel<>(Filters.eq("_id", id), merged, new ReplaceOptions().upsert(true)));
            }
        }
        if (!writes.isEmpty()) {
            collections.searchPostings().bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    /** Points a committed merge's documents at its segment and deletes its sources, if a merge is committed and not yet cleaned up. */
    void finishCleanup() {
        Document state = SearchSegments.state(collections);
        Integer target = state == null ? null : state.getInteger(CLEANUP);
        if (target == null) {
            return;
        }
        Document segment = collections.searchSegments().find(Filters.eq("_id", target)).first();
        if (segment != null) {
            List<String> documents = segment.getList(SearchSegments.DOCUMENTS, String.class);
            for (int from = 0; from < documents.size(); from += INDEXED_BATCH) {
                List<WriteModel<Document>> indexed = documents.subList(from, Math.min(documents.size(), from + INDEXED_BATCH))
                        .stream().<WriteModel<Document>>map(id -> new ReplaceOneModel<>(Filters.eq("_id", id),
                                new Document("_id", id).append(SearchSegments.SEGMENT, target), new ReplaceOptions().upsert(true)))
                        .toList();
                collections.searchIndexed().bulkWrite(indexed, new BulkWriteOptions().ordered(false));
            }
            for (int source : segment.getList(SOURCES, Integer.class)) {
                SearchSegments.deleteSegment(collections, source);
            }
        }
        collections.counters().updateOne(Filters.eq("_id", SearchSegments.STATE), Updates.unset(CLEANUP));
    }

    /** Deletes a merge's segment that a crash left uncommitted at {@code next}, so that the number is free again. */
    void clearUncommitted() {
        int next = SearchSegments.next(SearchSegments.state(collections));
        Document at = collections.searchSegments().find(Filters.eq("_id", next)).first();
        if (at != null && at.containsKey(SOURCES)) {
            LOG.infof("search index: deleting segment %d, a merge a stop left unfinished", next);
            SearchSegments.deleteSegment(collections, next);
        }
    }
}
