package io.govreport.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

/** A MongoDB-wire-compatible server (mongo-java-server) whose documents live in one H2 MVStore file, so they survive a restart. */
final class MongoStore implements AutoCloseable {
    /**
     * How often writes reach the file: what a crash (kill -9) can lose. MVStore's default is a second; this matches
     * mongod's journal commit interval.
     */
    private static final int COMMIT_DELAY_MS = 100;

    private final MongoServer server;

    private MongoStore(MongoServer server) {
        this.server = server;
    }

    static MongoStore start(Path file, int port) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        // No background compaction: in H2 2.4.240 it can leave the file pointing at chunks it has dropped, and a
        // store killed then does not open again ("Chunk N not found", h2database#4247); seen in the kill -9 test.
        MVStore store = new MVStore.Builder().fileName(file.toAbsolutePath().toString()).autoCompactFillRate(0).open();
        store.setAutoCommitDelay(COMMIT_DELAY_MS);
        MongoServer server = new MongoServer(new H2Backend(store));
        server.bind(StackConfig.HOST, port);
        return new MongoStore(server);
    }

    /** Stops listening and closes the backend, which writes the MVStore file. */
    @Override
    public void close() {
        server.shutdown();
    }
}
