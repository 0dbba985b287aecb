package io.govreport.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoStoreTest {
    @TempDir
    Path dataDir;

    @Test
    void everyValueTypeComesBackUnchangedAfterARestart() {
        Path file = dataDir.resolve("mongo.mv");
        List<Document> written = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            written.add(document(i));
        }
        withStore(file, reports -> reports.insertMany(written));
        withStore(file, reports -> {
            assertEquals(written, reports.find().sort(Sorts.ascending("_id")).into(new ArrayList<>()));
            reports.updateOne(Filters.eq("_id", "r-0007"), Updates.set("meta.year", 2019));
        });
        withStore(file, reports -> assertEquals(2019,
                reports.find(Filters.eq("_id", "r-0007")).first().get("meta", Document.class).getInteger("year")));
    }

    @Test
    void aStoreWrittenInMongoJavaServersOwnFormatStillOpensAndTakesUpdates() {
        Path file = dataDir.resolve("mongo.mv");
        MongoServer earlier = new MongoServer(new H2Backend(new MVStore.Builder().fileName(file.toString()).open()));
        int port = FreePorts.next();
        earlier.bind(StackConfig.HOST, port);
        try (MongoClient client = MongoClients.create("mongodb://" + StackConfig.HOST + ":" + port)) {
            reports(client).insertMany(List.of(document(1), document(2)));
        } finally {
            earlier.shutdown();
        }

        withStore(file, reports -> {
            assertEquals(List.of(document(1), document(2)), reports.find().sort(Sorts.ascending("_id")).into(new ArrayList<>()));
            // The _id index was written in the earlier format too: it is built again, and still keeps ids unique.
            assertEquals(document(2), reports.find(Filters.eq("_id", "r-0002")).first());
            assertThrows(MongoWriteException.class, () -> reports.insertOne(document(1)));
            reports.updateOne(Filters.eq("_id", "r-0002"), Updates.set("status", "failed"));
            reports.insertOne(document(3));
        });
        withStore(file, reports -> assertEquals(List.of(document(1), document(2).append("status", "failed"), document(3)),
                reports.find().sort(Sorts.ascending("_id")).into(new ArrayList<>())));
    }

    @Test
    void idsOfEveryKindAreFoundAndKeptUniqueAfterARestart() {
        Path file = dataDir.resolve("mongo.mv");
        List<Object> ids = List.of("r-1", 7L, 2.5, new ObjectId(1_700_000_000, 3), new Document("report", "r-1").append("version", 2),
                new Date(1_700_000_000_000L));
        withStore(file, reports -> ids.forEach(id -> reports.insertOne(new Document("_id", id).append("n", ids.indexOf(id)))));
        withStore(file, reports -> {
            for (Object id : ids) {
                assertEquals(ids.indexOf(id), reports.find(Filters.eq("_id", id)).first().getInteger("n"), "id " + id);
                assertThrows(MongoWriteException.class, () -> reports.insertOne(new Document("_id", id)), "id " + id);
            }
            // The same number as another type is the same id, as in MongoDB.
            assertThrows(MongoWriteException.class, () -> reports.insertOne(new Document("_id", 7.0)));
            assertEquals(2, reports.countDocuments(Filters.in("_id", "r-1", 2.5, "r-2")));
        });
    }

    /**
     * The _id index of an earlier file, in mongo-java-server's own format or in the one before {@link IdIndex} (every
     * id, keyed by {@link IndexKeyType}), is rebuilt with the ids that are not strings alone; string ids are found in the
     * documents' own map. Numbers sort before the strings and the other types after them, so both ends are rebuilt.
     */
    @Test
    void anEarlierFilesIdIndexIsRebuiltWithTheIdsThatAreNotStrings() {
        List<Object> ids = List.of("r-1", 7L, 2.5, new ObjectId(1_700_000_000, 3), new Document("report", "r-1"),
                new Date(1_700_000_000_000L), "r-2");
        Path file = dataDir.resolve("mongo.mv");
        MongoServer earlier = new MongoServer(new H2Backend(new MVStore.Builder().fileName(file.toString()).open()));
        int port = FreePorts.next();
        earlier.bind(StackConfig.HOST, port);
        try (MongoClient client = MongoClients.create("mongodb://" + StackConfig.HOST + ":" + port)) {
            ids.forEach(id -> reports(client).insertOne(new Document("_id", id).append("n", ids.indexOf(id))));
        } finally {
            earlier.shutdown();
        }
        for (int format = 0; format < 2; format++) {
            withStore(file, reports -> {
                for (Object id : ids) {
                    assertEquals(ids.indexOf(id), reports.find(Filters.eq("_id", id)).first().getInteger("n"), "id " + id);
                    assertThrows(MongoWriteException.class, () -> reports.insertOne(new Document("_id", id)), "id " + id);
                }
                assertThrows(MongoWriteException.class, () -> reports.insertOne(new Document("_id", 7.0)));
                assertEquals(ids.size(), reports.countDocuments());
            });
            assertEquals(ids.size() - 2, idIndexSize(file), "the ids that are not strings");
            // Then as the embedded store left its files before IdIndex: the string ids in the index too, unmarked.
            MVStore store = new MVStore.Builder().fileName(file.toString()).open();
            store.openMap(ID_INDEX, new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()))
                    .put(new KeyValue("r-1"), "r-1");
            store.openMap("govreport.idIndexesOfOtherIds").clear();
            store.close();
        }
    }

    @Test
    void stringIdsAreFoundUniqueAndDeletedWithoutAnIndexEntry() {
        Path file = dataDir.resolve("mongo.mv");
        withStore(file, reports -> {
            reports.insertMany(List.of(document(1), document(2), document(3)));
            assertThrows(MongoWriteException.class, () -> reports.insertOne(document(2)));
            assertEquals(1, reports.deleteOne(Filters.eq("_id", "r-0002")).getDeletedCount());
            reports.insertOne(document(2).append("again", true));
            assertEquals(true, reports.find(Filters.eq("_id", "r-0002")).first().getBoolean("again"));
            assertEquals(3, reports.countDocuments(Filters.in("_id", "r-0001", "r-0002", "r-0003", "r-0004")));
            // A pattern on _id walks the index: here the ids of the data map.
            List<String> matched = reports.find(Filters.regex("_id", "^r-000[12]$")).map(d -> d.getString("_id"))
                    .into(new ArrayList<>());
            matched.sort(null);
            assertEquals(List.of("r-0001", "r-0002"), matched);
        });
        assertEquals(0, idIndexSize(file));
    }

    private static final String ID_INDEX = "govreport.reports._index__id_";

    private static long idIndexSize(Path file) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            return store.openMap(ID_INDEX, new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType())).sizeAsLong();
        } finally {
            store.close();
        }
    }

    @Test
    void aListOfIdsFindsAndDeletesExactlyTheDocumentsItNames() {
        withStore(dataDir.resolve("mongo.mv"), reports -> {
            for (int i = 0; i < 50; i++) {
                reports.insertOne(new Document("_id", "r-" + i).append("n", i));
            }
            reports.insertOne(new Document("_id", 7L).append("n", 107));
            reports.insertOne(new Document("_id", "x-7").append("n", 207));
            List<String> listed = List.of("r-3", "r-10", "r-49", "r-50");
            assertEquals(List.of(3, 10, 49), ns(reports.find(Filters.in("_id", listed))), "only the ids that exist");
            assertEquals(List.of(3, 10, 107), ns(reports.find(Filters.in("_id", "r-3", "r-10", 7.0))), "a number beside the strings");
            assertEquals(2, reports.countDocuments(Filters.in("_id", "x-7", 7)), "a string and a number id");
            assertEquals(List.of(3, 30, 31), ns(reports.find(Filters.or(Filters.in("_id", "r-3"), Filters.regex("_id", "^r-3[01]$")))),
                    "other shapes keep the general matcher");

            assertEquals(3, reports.deleteMany(Filters.in("_id", listed)).getDeletedCount());
            assertEquals(49, reports.countDocuments(), "the other documents stay");
            assertEquals(List.of(), ns(reports.find(Filters.in("_id", listed))));
        });
    }

    private static List<Integer> ns(Iterable<Document> found) {
        List<Integer> ns = new ArrayList<>();
        found.forEach(d -> ns.add(d.getInteger("n")));
        ns.sort(null);
        return ns;
    }

    /** A copy of the file taken right after a write is answered is what a kill -9 of the store would leave. */
    @Test
    void aJournaledWriteIsInTheFileWhenAnsweredWithEveryWriteBeforeIt() {
        Path file = dataDir.resolve("mongo.mv");
        Path killed = dataDir.resolve("killed.mv");
        withStore(file, reports -> {
            reports.insertMany(List.of(document(1), document(2)));
            reports.withWriteConcern(WriteConcern.JOURNALED).insertOne(document(3));
            copy(file, killed);
        });
        withStore(killed, reports -> assertEquals(List.of(document(1), document(2), document(3)),
                reports.find().sort(Sorts.ascending("_id")).into(new ArrayList<>())));
    }

    @Test
    void aWriteNotJournaledIsInTheFileWithinTwoSeconds() {
        Path file = dataDir.resolve("mongo.mv");
        Path killed = dataDir.resolve("killed.mv");
        withStore(file, reports -> {
            reports.insertOne(document(1));
            try {
                Thread.sleep(2_500);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            copy(file, killed);
        });
        withStore(killed, reports -> assertEquals(List.of(document(1)), reports.find().into(new ArrayList<>())));
    }

    @Test
    void anUpdateLeavesTheDocumentInstanceTheStoreHoldsAsItWas() {
        // The instance in the map is what a commit on another thread writes while the update runs: changed in place, that
        // commit failed and closed the store for good.
        MVStore store = new MVStore.Builder().open();
        MongoServer server = new MongoServer(MongoStore.backend(store));
        int port = FreePorts.next();
        server.bind(StackConfig.HOST, port);
        try (MongoClient client = MongoClients.create("mongodb://" + StackConfig.HOST + ":" + port)) {
            MongoCollection<Document> reports = reports(client);
            reports.insertOne(new Document("_id", "r-1").append("status", "pending").append("attempt", 1));
            MVMap<Object, de.bwaldvogel.mongo.bson.Document> held = store.openMap("databases.govreport.reports");

            de.bwaldvogel.mongo.bson.Document byId = held.get("r-1");
            de.bwaldvogel.mongo.bson.Document byIdBefore = byId.cloneDeeply();
            reports.updateOne(Filters.eq("_id", "r-1"), Updates.combine(Updates.set("status", "stored"),
                    Updates.set("counts", new Document("gdp", 1)), Updates.unset("attempt")));
            assertEquals(byIdBefore, byId, "an update by _id");

            de.bwaldvogel.mongo.bson.Document scanned = held.get("r-1");
            de.bwaldvogel.mongo.bson.Document scannedBefore = scanned.cloneDeeply();
            reports.updateMany(Filters.eq("status", "stored"), Updates.set("checked", true));
            assertEquals(scannedBefore, scanned, "an update found by a scan");

            assertEquals(new Document("_id", "r-1").append("status", "stored").append("counts", new Document("gdp", 1))
                    .append("checked", true), reports.find().first());
        } finally {
            server.shutdown();
        }
    }

    @Test
    void everyDocumentHasALeafPageOfItsOwn() {
        // A commit writes a changed page whole: documents sharing a page with a changed one would be encoded again.
        // (A store in memory splits its pages by key count, a store in a file by size: a file, as MongoStore opens.)
        MVStore store = new MVStore.Builder().fileName(dataDir.resolve("leaves.mv").toString())
                .pageSplitSize(MongoStore.PAGE_SPLIT_SIZE).open();
        MongoServer server = new MongoServer(MongoStore.backend(store));
        int port = FreePorts.next();
        server.bind(StackConfig.HOST, port);
        try (MongoClient client = MongoClients.create("mongodb://" + StackConfig.HOST + ":" + port)) {
            MongoCollection<Document> reports = reports(client);
            for (int i = 0; i < 40; i++) {
                reports.insertOne(new Document("_id", "r-" + i).append("status", "stored"));
            }
            MVMap<Object, de.bwaldvogel.mongo.bson.Document> held = store.openMap("databases.govreport.reports");
            List<Integer> leafSizes = new ArrayList<>();
            leaves(held.getRootPage(), leafSizes);
            assertEquals(40, leafSizes.size(), "leaves holding " + leafSizes + " documents");
        } finally {
            server.shutdown();
            store.close();
        }
    }

    private static void leaves(Page<?, ?> page, List<Integer> sizes) {
        if (page.isLeaf()) {
            sizes.add(page.getKeyCount());
            return;
        }
        for (int i = 0; i < page.getRawChildPageCount(); i++) {
            leaves(page.getChildPage(i), sizes);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(int i) {
        return new Document("_id", String.format("r-%04d", i))
                .append("status", "stored")
                .append("meta", new Document("title", "北京市平谷区政府工作报告").append("year", 2005 + i % 20)
                        .append("region", new Document("code", "110117").append("province", null)))
                .append("indicators", List.of(
                        new Document("value", 6.5 + i).append("unit", "%").append("seq", 0L + i).append("target", true),
                        new Document("value", new Decimal128(i)).append("values", List.of(1, 2.5, "三"))))
                .append("receivedAt", new Date(1_700_000_000_000L + i))
                .append("object", new ObjectId(1_700_000_000 + i, i))
                .append("text", "一、过去五年工作回顾\n".repeat(1 + i % 50));
    }

    /** Starts the store on the file, lets {@code use} work on its reports collection, and stops it. */
    private static void withStore(Path file, Consumer<MongoCollection<Document>> use) {
        int port = FreePorts.next();
        try (MongoStore store = MongoStore.start(file, port);
                MongoClient client = MongoClients.create("mongodb://" + StackConfig.HOST + ":" + port)) {
            use.accept(reports(client));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MongoCollection<Document> reports(MongoClient client) {
        return client.getDatabase("govreport").getCollection("reports");
    }
}
