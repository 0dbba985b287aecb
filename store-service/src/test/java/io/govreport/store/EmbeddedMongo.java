package io.govreport.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.bson.Document;

import java.net.InetSocketAddress;
import java.util.Map;

/** A mongo-java-server (in-memory H2 backend) on a free loopback port for the test run. */
public class EmbeddedMongo implements QuarkusTestResourceLifecycleManager {
    public static final String DATABASE = "govreport-test";

    private MongoServer server;

    /**
     * Empties every collection of the test database but {@code metricBuckets}: the service remembers the buckets it
     * listed there, and a listed empty bucket is harmless.
     */
    public static void emptyStore(MongoClient mongo) {
        MongoDatabase database = mongo.getDatabase(DATABASE);
        for (String collection : database.listCollectionNames()) {
            if (!collection.equals("metricBuckets")) {
                database.getCollection(collection).deleteMany(new Document());
            }
        }
    }

    @Override
    public Map<String, String> start() {
        server = new MongoServer(H2Backend.inMemory());
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        return Map.of("quarkus.mongodb.connection-string", "mongodb://127.0.0.1:" + server.getLocalAddress().getPort(),
                "quarkus.mongodb.database", DATABASE);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.shutdown();
        }
    }
}
