package io.govreport.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * A MongoDB-wire-compatible server (mongo-java-server) whose documents live in one H2 MVStore file, so they survive a
 * restart, stored as BSON ({@link BsonDocumentType}).
 */
final class MongoStore implements AutoCloseable {
    private final MongoServer server;

    private MongoStore(MongoServer server) {
        this.server = server;
    }

    static MongoStore start(Path file, int port) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        // No background compaction: in H2 2.4.240 it can leave the file pointing at chunks it has dropped, and a
        // store killed then does not open again ("Chunk N not found", h2database#4247); seen in the kill -9 test.
        MVStore store = new MVStore.Builder().fileName(file.toAbsolutePath().toString()).autoCompactFillRate(0).open();
        MongoServer server = new MongoServer(new WriteThroughBackend(store));
        server.bind(StackConfig.HOST, port);
        return new MongoStore(server);
    }

    /** Stops listening and closes the backend, which writes the MVStore file. */
    @Override
    public void close() {
        server.shutdown();
    }

    /**
     * Answers a write only once it is in the file, as mongod does for a journaled write. store-service commits a
     * Kafka offset once the write has been answered; with MVStore's timed commits (it had every 100 ms) a kill -9
     * lost such a write for good: 499 of 500 reports in the reliability kill test.
     */
    private static final class WriteThroughBackend extends H2Backend {
        private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify",
                "create", "createindexes", "drop", "dropindexes", "dropdatabase", "renamecollection");

        WriteThroughBackend(MVStore store) {
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
            String command = message.getDocument().keySet().iterator().next();
            if (WRITES.contains(command.toLowerCase(Locale.ROOT))) {
                commit();
            }
            return answer;
        }

        /**
         * H2Database with its collections' documents stored as BSON. Its MVStore comes from the backend (an inner
         * class) because H2Database opens the existing collections from its constructor, before a subclass's own
         * fields are set, and H2Backend opens the existing databases from its own.
         */
        private final class BsonDatabase extends H2Database {
            BsonDatabase(String databaseName) {
                super(databaseName, getMvStore(), getCursorRegistry());
            }

            @Override
            protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
                // H2Database opens its data map by this name with the default type; an open map is returned as it is.
                getMvStore().openMap("databases." + getFullCollectionNamespace(collectionName),
                        new MVMap.Builder<Object, Document>().valueType(new BsonDocumentType()));
                return super.openOrCreateCollection(collectionName, options);
            }
        }
    }
}
