package io.govreport.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB-wire-compatible server (mongo-java-server) whose documents live in one H2 MVStore file, so they survive a
 * restart, stored as BSON ({@link BsonDocumentType}).
 */
final class MongoStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MongoStore.class);
    /** How often changes not journaled reach the file: MVStore's own default. */
    private static final long COMMIT_EVERY_MS = 1000;
    /** The size past which MVStore splits a page; {@link BsonDocumentType} makes every document fill a leaf page. */
    static final int PAGE_SPLIT_SIZE = 4096;

    private final MongoServer server;
    private final ScheduledExecutorService committer;

    private MongoStore(MongoServer server, ScheduledExecutorService committer) {
        this.server = server;
        this.committer = committer;
    }

    static MongoStore start(Path file, int port) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        // No background compaction: in H2 2.4.240 it can leave the file pointing at chunks it has dropped, and a
        // store killed then does not open again ("Chunk N not found", h2database#4247); seen in the kill -9 test.
        // 4 KB pages instead of 16: a write rewrites the whole page of the document it changes at the next commit, and
        // dead pages stay in the file (no compaction), so smaller pages wrote a 1,000-report store in 0.91 GB, not 1.26.
        // Commits timed by a thread of our own, not MVStore's background writer: that one also runs housekeeping ten
        // times a second, which walks every chunk of the file twice to weigh a compaction that is off here; on the
        // 32,000-report store (25 GB) that was 37 % of the stack's profile samples while it answered searches.
        MVStore store = new MVStore.Builder().fileName(file.toAbsolutePath().toString()).autoCompactFillRate(0)
                .autoCommitDisabled().pageSplitSize(PAGE_SPLIT_SIZE).open();
        MongoServer server = new MongoServer(backend(store));
        server.bind(StackConfig.HOST, port);
        ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "mongo-store-commit");
            thread.setDaemon(true);
            return thread;
        });
        committer.scheduleWithFixedDelay(() -> {
            try {
                if (!store.isClosed()) {
                    store.commit();
                }
            } catch (RuntimeException e) {
                LOG.warn("committing the store's file failed; tried again in a second", e);
            }
        }, COMMIT_EVERY_MS, COMMIT_EVERY_MS, TimeUnit.MILLISECONDS);
        return new MongoStore(server, committer);
    }

    /** The backend over an open MVStore: documents as BSON, journaled writes committed before they are answered. */
    static MongoBackend backend(MVStore store) {
        return new JournalingBackend(store);
    }

    /** Stops the timed commits, stops listening and closes the backend, which writes the MVStore file. */
    @Override
    public void close() {
        committer.shutdownNow();
        server.shutdown();
    }

    /**
     * A collection that does not keep its data size (collStats' {@code dataSize}, which nothing here reads):
     * mongo-java-server sizes a document by encoding it to BSON, on every insert and twice on every update, and writes
     * the total to the collection's meta map each time, which took a tenth of the embedded store's CPU.
     *
     * <p>It also answers queries with copies of its stored documents, never the instances its map holds. mongo-java-server applies
     * an update by changing the document it read in place and then storing it again; that instance still sits in a page
     * a commit on another thread may be writing, which then fails (ConcurrentModificationException) and closes the
     * MVStore for good: every later command failed with "This store is closed" (a 64,000-report run, after 49,340
     * reports). A copy of the top level is enough: the update builds every changed value anew.
     */
    private static final class UnsizedCollection extends H2Collection {
        UnsizedCollection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
                          MVMap<String, Object> meta, CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        @Override
        protected boolean tracksDataSize() {
            return false;
        }

        /**
         * {@code {_id: {$in: [...]}}}, the shape every batch read and delete of store-service takes: the {@code _id}
         * index finds the listed documents, and mongo-java-server then matches each one against the whole list again,
         * normalizing both values at every comparison. With a few hundred ids that was a sixth of the embedded store's
         * CPU while it stored reports. A string id matches when the list holds it; only a list with other values (a
         * number equals its other types, a regular expression matches strings) is left to the general matcher.
         */
        @Override
        protected boolean documentMatchesQuery(Document document, Document query) {
            if (query.size() == 1 && query.get(IdIndex.ID) instanceof Document condition && condition.size() == 1
                    && condition.get("$in") instanceof Collection<?> ids && document.get(IdIndex.ID) instanceof String id) {
                IdList list = IdList.of(ids);
                if (list.strings().contains(id)) {
                    return true;
                }
                if (list.allStrings()) {
                    return false;
                }
            }
            return super.documentMatchesQuery(document, query);
        }

        /**
         * The string ids of an {@code $in} list as a set, kept for the documents after the first that the same query
         * matches (each against the same list): looking each up in the list itself cost a query of a few hundred ids
         * a quadratic number of comparisons. Per thread, as the store answers each query on one thread.
         */
        private record IdList(Collection<?> ids, Set<String> strings, boolean allStrings) {
            private static final ThreadLocal<IdList> LAST = new ThreadLocal<>();

            static IdList of(Collection<?> ids) {
                IdList last = LAST.get();
                if (last == null || last.ids != ids) {
                    Set<String> strings = new HashSet<>();
                    ids.forEach(value -> {
                        if (value instanceof String text) {
                            strings.add(text);
                        }
                    });
                    last = new IdList(ids, strings, ids.stream().allMatch(String.class::isInstance));
                    LAST.set(last);
                }
                return last;
            }
        }

        /** What queries, updates and findAndModify find: copies, so what they change in place is not in a page. */
        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                             Document fieldSelector) {
            QueryResult found = super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
            List<Document> copies = new ArrayList<>();
            found.forEach(document -> copies.add(new Document(document)));
            return new QueryResult(copies, found.getCursorId());
        }
    }

    /**
     * Answers a journaled write ({@code writeConcern: {j: true}}) only once it is in the file, as mongod answers it once
     * it is in its journal; the file then also holds every write answered before it. Other writes reach the file with
     * MVStore's timed commit (within a second), as mongod's reach its journal within 100 ms. store-service journals
     * the last write it makes for a Kafka message, whose offset it commits once the write has been answered: with
     * timed commits alone a kill -9 lost such writes for good (499 of 500 reports in the reliability kill test), and
     * committing after every write cost the embedded store a third of its CPU (every commit writes the pages changed
     * since the last, and a report takes about eight writes). Changes to collections and indexes are committed at once.
     */
    private static final class JournalingBackend extends H2Backend {
        /** The names of the index maps keyed by {@link IndexKeyType} (and, but for {@code _id} indexes, whole). */
        private static final String INDEXES_KEYED = "govreport.indexesKeyed";
        /** The names of the {@code _id} index maps that hold only the ids that are not strings ({@link IdIndex}). */
        private static final String ID_INDEXES_OF_OTHER_IDS = "govreport.idIndexesOfOtherIds";
        private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify");
        private static final Set<String> SCHEMA_CHANGES = Set.of("create", "createindexes", "drop", "dropindexes",
                "dropdatabase", "renamecollection");

        JournalingBackend(MVStore store) {
            super(store);
        }

        @Override
        protected MongoDatabase openOrCreateDatabase(String databaseName) {
            return new BsonDatabase(databaseName);
        }

        /** Every client command arrives here (OP_MSG); its first key names it. */
        @Override
        public Document handleMessage(MongoMessage message) {
            Document answer = super.handleMessage(message);
            Document command = message.getDocument();
            String name = command.keySet().iterator().next().toLowerCase(Locale.ROOT);
            if (SCHEMA_CHANGES.contains(name) || WRITES.contains(name) && journaled(command)) {
                commit();
            }
            return answer;
        }

        private static boolean journaled(Document command) {
            return command.get("writeConcern") instanceof Document concern
                    && (Boolean.TRUE.equals(concern.get("j")) || Boolean.TRUE.equals(concern.get("fsync")));
        }

        /**
         * H2Database with its collections' documents stored as BSON and its unique indexes keyed by
         * {@link IndexKeyType}. Its MVStore comes from the backend (an inner class) because H2Database opens the
         * existing collections from its constructor, before a subclass's own fields are set, and H2Backend opens the
         * existing databases from its own.
         */
        private final class BsonDatabase extends H2Database {
            BsonDatabase(String databaseName) {
                super(databaseName, getMvStore(), getCursorRegistry());
            }

            @Override
            protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
                return new UnsizedCollection(this, collectionName, options, dataMap(collectionName),
                        getMvStore().openMap("meta." + getFullCollectionNamespace(collectionName)), getCursorRegistry());
            }

            /**
             * The {@link IdIndex}, its map of the ids that are not strings under the index map's own name (which
             * dropping the index or the collection removes). An earlier file's map there holds every id, in the default
             * type's format or, marked {@value #INDEXES_KEYED}, in {@link IndexKeyType}'s: it is removed as written and
             * the other ids put in a new one, marked {@value #ID_INDEXES_OF_OTHER_IDS} once whole, so a store killed
             * midway does it again.
             */
            private Index<Object> openIdIndex(String collectionName, String indexName, String name, List<IndexKey> keys,
                                              boolean sparse) {
                MVStore store = getMvStore();
                MVMap<String, Boolean> keyed = store.openMap(INDEXES_KEYED);
                MVMap<String, Boolean> othersOnly = store.openMap(ID_INDEXES_OF_OTHER_IDS);
                boolean build = !othersOnly.containsKey(name);
                if (build && store.hasMap(name)) {
                    store.removeMap(keyed.containsKey(name) ? indexMap(name) : store.openMap(name));
                }
                MVMap<KeyValue, Object> others = indexMap(name);
                keyed.put(name, true);
                IdIndex index = new IdIndex(indexName, keys, sparse, dataMap(collectionName), others);
                if (build) {
                    index.addOtherIds(resolveCollection(collectionName, false));
                    othersOnly.put(name, true);
                }
                return index;
            }

            private MVMap<KeyValue, Object> indexMap(String name) {
                return getMvStore().openMap(name, new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
            }

            /** The map H2Database keeps a collection's documents in, by the same name, keyed by their {@code _id}. */
            private MVMap<Object, Document> dataMap(String collectionName) {
                return getMvStore().openMap("databases." + getFullCollectionNamespace(collectionName),
                        new MVMap.Builder<Object, Document>().keyType(new IdKeyType())
                                .valueType(new BsonDocumentType(PAGE_SPLIT_SIZE)));
            }

            @Override
            protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                            boolean sparse) {
                // H2Database opens the index map by this name with the default type; an open map is returned as it is.
                String name = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
                MVStore store = getMvStore();
                if (IdIndex.isIdIndex(keys)) {
                    return openIdIndex(collectionName, indexName, name, keys, sparse);
                }
                MVMap<String, Boolean> keyed = store.openMap(INDEXES_KEYED);
                boolean build = !keyed.containsKey(name);
                if (build && store.hasMap(name)) {
                    // Written by the default type (an earlier file), in an order IndexKeyType does not keep.
                    store.removeMap(name);
                }
                indexMap(name);
                Index<Object> index = super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
                if (build) {
                    // Filled from the collection's documents here rather than by mongo-java-server (it fills an empty
                    // index), so that the map is marked keyed only once whole: a store killed midway builds it again.
                    MongoCollection<Object> collection = resolveCollection(collectionName, false);
                    dataMap(collectionName).forEach((position, document) -> index.add(document, position, collection));
                    keyed.put(name, true);
                }
                return index;
            }
        }
    }
}
