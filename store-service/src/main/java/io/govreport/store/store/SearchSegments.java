package io.govreport.store.store;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.govreport.store.config.StoreConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.bson.types.Binary;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The inverted index search reads instead of scanning every passage document: passage documents are gathered, as they
 * are written, into segments of {@code govreport.store.search-segment-reports} documents each, and a segment's
 * postings ({@link SearchPostings}) are stored in {@value #BUCKETS} documents, each holding the words of one hash
 * bucket: {@code _id} = zero-padded segment number, a space, the bucket. A query reads its words' buckets by
 * {@code _id} (the one index the embedded store serves), so it costs what its words occur, not what the store holds.
 * Buckets rather than one document per word because the embedded store spends ~0.1 ms on every document written
 * (a segment of 32 reports has some 20,000 words: 2-3 s a segment against 0.2 s in buckets). The ids sort by segment,
 * so a new segment's documents are appended to the store's B-tree rather than spread over it.
 *
 * <ul>
 *   <li>{@code searchPending}: the passage documents written and not in a segment yet ({@code _id}, {@code at}); search
 *       reads these whole, so a report is found as soon as it is stored.</li>
 *   <li>{@code searchIndexed}: per passage document in a segment ({@code _id}), its {@code segment}.</li>
 *   <li>{@code searchSegments}: per segment ({@code _id} its number) the passage documents it holds, by ordinal,
 *       {@code passages} (how many each holds) and {@code retired} (the ordinals of those since replaced).</li>
 *   <li>{@code searchPostings}: per segment and bucket, {@code words} and, in the same order, {@code p}: their
 *       postings.</li>
 *   <li>{@code counters} {@code {_id: "search-segments", next, live, passages}}: the next segment's number, the
 *       segments a query reads ({@code live}: number and merge {@code level}, in order), and how many passages they
 *       hold that are not retired.</li>
 * </ul>
 *
 * Segments are merged as they accumulate ({@link SearchMerges}), so that a query's reads stay few.
 *
 * A segment whose documents are all retired is deleted. A flush writes the segment document first, then the postings,
 * records its passage documents as indexed, counts the segment finished and only then forgets the pending entries; a
 * crash midway is redone at the next flush from the segment document, so a segment never holds other documents than its
 * postings name. Flushing and retiring hold one lock, so a document is never retired while its segment is being
 * written.
 */
@ApplicationScoped
public class SearchSegments {
    private static final Logger LOG = Logger.getLogger(SearchSegments.class);
    static final String STATE = "search-segments";
    static final String SEGMENT = "segment";
    static final String DOCUMENTS = "documents";
    static final String PASSAGE_COUNTS = "passages";
    static final String RETIRED = "retired";
    static final String LEVEL = "level";
    static final String LIVE = "live";
    static final String WORDS = "words";
    static final String POSTINGS = "p";
    /** Postings documents per segment; changing it makes every segment written before unreadable. */
    static final int BUCKETS = 1024;
    /** Postings documents per write of a segment's (a new segment's are small: a few hundred bytes each). */
    private static final int WRITE_BATCH = 200;
    /**
     * Postings documents per read reply: the embedded store fills a reply by count, and a merged segment's documents
     * reach megabytes (2.8 MB, the bucket of 建设 in a 3,200-report segment), against the driver's 48 MB per reply.
     */
    static final int READ_BATCH = 10;
    /** Segments written or merged between two progress lines while a backlog (a backfilled store) is indexed. */
    private static final int PROGRESS_EVERY = 20;

    /** A set of passage documents and their postings: a segment, or the pending documents read by a query. */
    record Unit(List<String> documents, Set<Integer> retired, Map<String, byte[]> postings) {
    }

    /** What a query reads: every unit that holds one of its words, and how many passages the index holds. */
    record Snapshot(List<Unit> units, long passages) {
    }

    private final Collections collections;
    private final StoreConfig config;
    private final SearchMerges merges;
    /**
     * Pending passage documents as this instance wrote or last read them, so that neither a flush nor a query reads
     * them from the store again (tens of kilobytes each); bounded, and a document not here is read.
     */
    private final Map<String, Document> written = new ConcurrentHashMap<>();
    private ScheduledExecutorService flusher;

    public SearchSegments(Collections collections, StoreConfig config, SearchMerges merges) {
        this.collections = collections;
        this.config = config;
        this.merges = merges;
    }

    void onStart(@Observes StartupEvent startup) {
        if (config.searchFlushEvery().toMillis() > 0) {
            flusher = Background.every("search-segments", config.searchFlushEvery(), this::flushQuietly);
        }
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        if (flusher != null) {
            flusher.shutdownNow();
        }
    }

    private void flushQuietly() {
        try {
            flush();
            merge();
        } catch (RuntimeException e) {
            LOG.warn("writing or merging a search segment failed; tried again shortly", e);
        }
    }

    public static String postingsId(int segment, String word) {
        return bucketId(segment, Math.floorMod(word.hashCode(), BUCKETS));
    }

    /**
     * The segment's number to seven digits and the bucket's to four, zero-padded, as {@code String.format("%07d %04d")}
     * wrote them: written by hand, since the format's parsing was 3 % of store-service's CPU while it stored (one id per
     * word of every segment written).
     */
    static String bucketId(int segment, int bucket) {
        if (segment < 0 || bucket < 0) {
            throw new IllegalArgumentException("no postings id for segment " + segment + ", bucket " + bucket);
        }
        StringBuilder id = new StringBuilder(12);
        zeroPadded(id, segment, 7).append(' ');
        return zeroPadded(id, bucket, 4).toString();
    }

    private static StringBuilder zeroPadded(StringBuilder to, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            to.append('0');
        }
        return to.append(digits);
    }

    /** Records a passage document just written as pending (idempotent). */
    void pending(Document passageDocument) {
        remember(passageDocument);
        pending(passageDocument.getString("_id"));
    }

    private void remember(Document passageDocument) {
        if (written.size() < 4 * config.searchSegmentReports()) {
            written.put(passageDocument.getString("_id"), passageDocument);
        }
    }

    /** Records a passage document in the store as pending (idempotent). */
    void pending(String documentId) {
        collections.searchPending().updateOne(Filters.eq("_id", documentId), Updates.setOnInsert("at", new Date()),
                new UpdateOptions().upsert(true));
    }

    /** The passage documents of these ids that exist, from {@link #written} or else the store. */
    private Map<String, Document> passageDocuments(List<String> ids) {
        Map<String, Document> found = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            Document document = written.get(id);
            if (document != null) {
                found.put(id, document);
            } else {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            collections.passages().find(Filters.in("_id", unknown)).batchSize(SearchQuery.READ_BATCH).forEach(d -> {
                found.put(d.getString("_id"), d);
                remember(d);
            });
        }
        return found;
    }

    /** Writes segments while a full one is pending; returns how many it wrote. */
    public synchronized int flush() {
        merges.finishCleanup();
        merges.clearUncommitted();
        int segments = 0;
        while (flushOne()) {
            segments++;
            if (segments % PROGRESS_EVERY == 0) {
                LOG.infof("search index: %d segment(s) written, %d passage document(s) still pending", segments,
                        collections.searchPending().countDocuments());
            }
        }
        return segments;
    }

    /** Merges segments while some level holds enough of them; returns how many merges it made. */
    public synchronized int merge() {
        merges.finishCleanup();
        merges.clearUncommitted();
        int merged = 0;
        while (merges.mergeOne()) {
            merged++;
            if (merged % PROGRESS_EVERY == 0) {
                LOG.infof("search index: %d merge(s) made, %d segment(s) live", merged, live(state(collections)).size());
            }
        }
        return merged;
    }

    private boolean flushOne() {
        Document state = state(collections);
        int segment = next(state);
        int size = Math.max(1, config.searchSegmentReports());
        Document unfinished = collections.searchSegments().find(Filters.eq("_id", segment)).first();
        List<String> ids;
        if (unfinished != null) {
            ids = unfinished.getList(DOCUMENTS, String.class);
        } else {
            ids = choosePending(size);
            if (ids.size() < size) {
                return false;
            }
            collections.searchSegments().insertOne(new Document("_id", segment).append(DOCUMENTS, ids)
                    .append(PASSAGE_COUNTS, List.of()).append(RETIRED, List.of()));
        }
        Map<String, Document> found = passageDocuments(ids);
        SearchPostings.Builder builder = new SearchPostings.Builder(word -> true);
        List<Integer> retired = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Document document = found.get(ids.get(i));
            if (document == null) {
                // Replaced and dropped since it was chosen: it keeps its ordinal, with no postings, as retired.
                retired.add(i);
                document = new Document("_id", ids.get(i));
            }
            builder.add(document);
        }
        Map<String, byte[]> postings = builder.postings();
        writePostings(segment, postings);
        List<Integer> counts = builder.passageCounts();
        collections.searchSegments().updateOne(Filters.eq("_id", segment), Updates.combine(
                Updates.set(PASSAGE_COUNTS, counts), Updates.addEachToSet(RETIRED, retired)));
        List<WriteModel<Document>> indexed = ids.stream().<WriteModel<Document>>map(id -> new ReplaceOneModel<>(Filters.eq("_id", id),
                new Document("_id", id).append(SEGMENT, segment), new ReplaceOptions().upsert(true))).toList();
        collections.searchIndexed().bulkWrite(indexed, new BulkWriteOptions().ordered(false));
        long passages = counts.stream().mapToLong(Integer::longValue).sum();
        Map<Integer, Integer> live = live(state);
        live.put(segment, 0);
        collections.counters().updateOne(Filters.eq("_id", STATE), Updates.combine(Updates.set("next", segment + 1),
                Updates.set(LIVE, liveList(live)), Updates.inc(PASSAGE_COUNTS, passages)), new UpdateOptions().upsert(true));
        collections.searchPending().deleteMany(Filters.in("_id", ids));
        ids.forEach(written::remove);
        LOG.debugf("search segment %d: %d passage documents, %d words", segment, ids.size(), postings.size());
        return true;
    }

    /**
     * The oldest pending passage documents, up to {@code size}; entries of documents already in a segment (a crash
     * after the segment was counted, before its entries were forgotten) are forgotten here. Every read is by
     * {@code _id} alone: the embedded store scans a collection for any other filter.
     */
    private List<String> choosePending(int size) {
        List<String> pending = new ArrayList<>();
        collections.searchPending().find().sort(Sorts.ascending("at", "_id")).projection(Projections.include("_id"))
                .forEach(d -> pending.add(d.getString("_id")));
        if (pending.size() < size) {
            return pending;
        }
        List<String> stale = new ArrayList<>();
        collections.searchIndexed().find(Filters.in("_id", pending)).forEach(d -> stale.add(d.getString("_id")));
        if (!stale.isEmpty()) {
            collections.searchPending().deleteMany(Filters.in("_id", stale));
            pending.removeAll(stale);
        }
        return pending.stream().limit(size).toList();
    }

    private void writePostings(int segment, Map<String, byte[]> postings) {
        Map<String, Document> buckets = new TreeMap<>();
        for (Map.Entry<String, byte[]> word : new TreeMap<>(postings).entrySet()) {
            Document bucket = buckets.computeIfAbsent(postingsId(segment, word.getKey()),
                    id -> new Document("_id", id).append(WORDS, new ArrayList<String>()).append(POSTINGS, new ArrayList<byte[]>()));
            bucket.getList(WORDS, String.class).add(word.getKey());
            bucket.getList(POSTINGS, byte[].class).add(word.getValue());
        }
        List<WriteModel<Document>> batch = new ArrayList<>();
        ReplaceOptions upsert = new ReplaceOptions().upsert(true);
        for (Document bucket : buckets.values()) {
            batch.add(new ReplaceOneModel<>(Filters.eq("_id", bucket.get("_id")), bucket, upsert));
            if (batch.size() == WRITE_BATCH) {
                collections.searchPostings().bulkWrite(batch, new BulkWriteOptions().ordered(false));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            collections.searchPostings().bulkWrite(batch, new BulkWriteOptions().ordered(false));
        }
    }

    /**
     * Takes a replaced passage document out of search: in a segment it is marked retired (its postings stay and readers
     * skip them; the segment goes once all its documents are retired); pending, it is forgotten. The caller deletes the
     * document after.
     */
    void retire(String documentId) {
        written.remove(documentId);
        // A new report's document is in neither, and a flush takes only pending ones: then there is nothing to take out
        // and no cause to wait for the lock a merge may be holding. Pending first: a flush records a document as
        // indexed before it forgets it as pending, so one being flushed meanwhile is seen in one or the other.
        if (collections.searchPending().find(Filters.eq("_id", documentId)).first() != null
                || collections.searchIndexed().find(Filters.eq("_id", documentId)).first() != null) {
            retireHeld(documentId);
        }
    }

    private synchronized void retireHeld(String documentId) {
        merges.finishCleanup();
        Document indexed = collections.searchIndexed().find(Filters.eq("_id", documentId)).first();
        Integer segment = indexed == null ? null : indexed.getInteger(SEGMENT);
        if (segment != null) {
            Document held = collections.searchSegments().find(Filters.eq("_id", segment)).first();
            int ordinal = held == null ? -1 : held.getList(DOCUMENTS, String.class).indexOf(documentId);
            List<Integer> retired = held == null ? List.of() : held.getList(RETIRED, Integer.class);
            if (ordinal >= 0 && !retired.contains(ordinal)) {
                collections.searchSegments().updateOne(Filters.eq("_id", segment), Updates.addToSet(RETIRED, ordinal));
                List<Integer> counts = held.getList(PASSAGE_COUNTS, Integer.class);
                boolean finished = segment < next(state(collections));
                if (finished && ordinal < counts.size()) {
                    collections.counters().updateOne(Filters.eq("_id", STATE), Updates.inc(PASSAGE_COUNTS, -counts.get(ordinal)));
                }
                if (finished && retired.size() + 1 == held.getList(DOCUMENTS, String.class).size()) {
                    dropSegment(segment);
                }
            }
        }
        if (indexed != null) {
            collections.searchIndexed().deleteOne(Filters.eq("_id", documentId));
        }
        if (collections.searchPending().find(Filters.eq("_id", documentId)).first() != null) {
            collections.searchPending().deleteOne(Filters.eq("_id", documentId));
        }
    }

    /**
     * Deletes a finished segment whose every document is retired (a re-extraction of its reports), so that the index
     * does not grow with each re-extraction of the store; queries still ask for its ids and find none.
     */
    private void dropSegment(int segment) {
        Map<Integer, Integer> live = live(state(collections));
        live.remove(segment);
        collections.counters().updateOne(Filters.eq("_id", STATE), Updates.set(LIVE, liveList(live)));
        deleteSegment(collections, segment);
    }

    /** Deletes a segment's postings and then its document. */
    static void deleteSegment(Collections collections, int segment) {
        List<String> buckets = new ArrayList<>(BUCKETS);
        for (int bucket = 0; bucket < BUCKETS; bucket++) {
            buckets.add(bucketId(segment, bucket));
        }
        collections.searchPostings().deleteMany(Filters.in("_id", buckets));
        collections.searchSegments().deleteOne(Filters.eq("_id", segment));
    }

    /** The passage documents in a segment. */
    Set<String> indexed() {
        Set<String> ids = new HashSet<>();
        collections.searchIndexed().find().forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }

    static Document state(Collections collections) {
        return collections.counters().find(Filters.eq("_id", STATE)).first();
    }

    static int next(Document state) {
        return state == null ? 0 : state.getInteger("next", 0);
    }

    /**
     * The live segments, number to merge level, in order. A state written before segments were merged has no list:
     * there every segment below {@code next} is live at level 0 (those dropped since are read and not found).
     */
    static Map<Integer, Integer> live(Document state) {
        Map<Integer, Integer> live = new LinkedHashMap<>();
        if (state != null && state.containsKey(LIVE)) {
            for (Document segment : state.getList(LIVE, Document.class)) {
                live.put(segment.getInteger(SEGMENT), segment.getInteger(LEVEL));
            }
        } else {
            for (int segment = 0; segment < next(state); segment++) {
                live.put(segment, 0);
            }
        }
        return live;
    }

    static List<Document> liveList(Map<Integer, Integer> live) {
        List<Document> list = new ArrayList<>();
        live.forEach((segment, level) -> list.add(new Document(SEGMENT, segment).append(LEVEL, level)));
        return list;
    }

    /**
     * Reads the units holding any of the words: the pending documents first, then the live segments, so a document
     * flushed meanwhile is seen (in its segment, or pending, or both, where its segment wins), never missed. A merge
     * committed while the segments were read may have deleted some of them: then they are read again.
     */
    Snapshot read(List<String> words) {
        List<String> pendingIds = new ArrayList<>();
        collections.searchPending().find().projection(Projections.include("_id")).forEach(d -> pendingIds.add(d.getString("_id")));
        // Documents another instance put into a segment meanwhile are pending no more.
        written.keySet().retainAll(Set.copyOf(pendingIds));
        Map<String, Document> pending = passageDocuments(pendingIds);
        Document state = state(collections);
        List<Unit> units = readSegments(live(state).keySet(), words);
        for (int attempt = 0; attempt < 3; attempt++) {
            Document after = state(collections);
            if (live(after).equals(live(state))) {
                break;
            }
            state = after;
            units = readSegments(live(state).keySet(), words);
        }
        long passages = state == null ? 0 : ((Number) state.get(PASSAGE_COUNTS, 0)).longValue();
        Set<String> inSegments = new HashSet<>();
        units.forEach(unit -> inSegments.addAll(unit.documents()));
        Set<String> wanted = Set.copyOf(words);
        SearchPostings.Builder builder = new SearchPostings.Builder(wanted::contains);
        for (String id : pendingIds) {
            Document document = pending.get(id);
            if (document != null && !inSegments.contains(id)) {
                builder.add(document);
            }
        }
        if (!builder.documents().isEmpty()) {
            units.add(new Unit(builder.documents(), Set.of(), builder.postings()));
            passages += builder.passageCounts().stream().mapToLong(Integer::longValue).sum();
        }
        return new Snapshot(units, passages);
    }

    /** The segments among these that hold any of the words, with those words' postings. */
    private List<Unit> readSegments(Set<Integer> live, List<String> words) {
        Map<Integer, Map<String, byte[]>> postings = new TreeMap<>();
        Set<String> ids = new LinkedHashSet<>();
        for (int segment : live) {
            for (String word : words) {
                ids.add(postingsId(segment, word));
            }
        }
        if (!ids.isEmpty()) {
            collections.searchPostings().find(Filters.in("_id", ids)).batchSize(READ_BATCH).forEach(d -> {
                String id = d.getString("_id");
                List<String> held = d.getList(WORDS, String.class);
                List<Binary> lists = d.getList(POSTINGS, Binary.class);
                for (String word : words) {
                    int at = held.indexOf(word);
                    if (at >= 0) {
                        postings.computeIfAbsent(Integer.parseInt(id.substring(0, id.indexOf(' '))), s -> new HashMap<>())
                                .put(word, lists.get(at).getData());
                    }
                }
            });
        }
        List<Unit> units = new ArrayList<>();
        if (!postings.isEmpty()) {
            Map<Integer, Document> segments = new HashMap<>();
            collections.searchSegments().find(Filters.in("_id", postings.keySet())).forEach(d -> segments.put(d.getInteger("_id"), d));
            postings.forEach((segment, byWord) -> {
                Document held = segments.get(segment);
                if (held != null) {
                    units.add(new Unit(held.getList(DOCUMENTS, String.class), Set.copyOf(held.getList(RETIRED, Integer.class)), byWord));
                }
            });
        }
        return units;
    }
}
