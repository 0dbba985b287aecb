package io.govreport.store;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.net.InetSocketAddress;
import java.util.Map;

/** A mongo-java-server (in-memory H2 backend) on a free loopback port for the test run. */
public class EmbeddedMongo implements QuarkusTestResourceLifecycleManager {
    private MongoServer server;

    @Override
    public Map<String, String> start() {
        server = new MongoServer(H2Backend.inMemory());
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        return Map.of("quarkus.mongodb.connection-string", "mongodb://127.0.0.1:" + server.getLocalAddress().getPort(),
                "quarkus.mongodb.database", "govreport-test");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.shutdown();
        }
    }
}
