package io.govreport.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** A MongoDB-wire-compatible server (mongo-java-server) whose documents live in one H2 MVStore file, so they survive a restart. */
final class MongoStore implements AutoCloseable {
    private final MongoServer server;

    private MongoStore(MongoServer server) {
        this.server = server;
    }

    static MongoStore start(Path file, int port) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        MongoServer server = new MongoServer(new H2Backend(file.toAbsolutePath().toString()));
        server.bind(StackConfig.HOST, port);
        return new MongoStore(server);
    }

    /** Stops listening and closes the backend, which writes the MVStore file. */
    @Override
    public void close() {
        server.shutdown();
    }
}
