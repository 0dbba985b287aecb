package io.govreport.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.govreport.model.Indicator;
import io.govreport.model.IndicatorRow;
import io.govreport.model.Page;
import io.govreport.model.RawReport;
import io.govreport.model.ReportDocument;
import io.govreport.model.ReportIds;
import io.govreport.store.store.IndicatorFilter;
import io.govreport.store.store.IndicatorQuery;
import io.govreport.store.store.PageRequest;
import io.govreport.store.store.ReportWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.bson.Document;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(EmbeddedMongo.class)
class StoreServiceTest {
    @Inject
    @Any
    InMemoryConnector messaging;

    @Inject
    MongoClient mongo;

    @Inject
    ReportWriter writer;

    @Inject
    IndicatorQuery indicatorQuery;

    private MongoDatabase db() {
        return mongo.getDatabase("govreport-test");
    }

    @BeforeEach
    void emptyStore() {
        EmbeddedMongo.emptyStore(mongo);
    }

    private void extracted(ReportDocument document) {
        messaging.source("extracted").send(document);
    }

    /** The raw channel is consumed in batches: one message holds a poll's records. */
    private void raw(RawReport... raws) {
        messaging.source("raw").send(List.of(raws));
    }

    private void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().get("/reports/" + id + "/status").then().statusCode(200).body("status", equalTo(status)));
    }

    @Test
    void theSameReportStoredTwiceIsOneDocumentWithOneSetOfRows() {
        String text = Samples.text("twice");
        ReportDocument doc = Samples.document(text, Samples.PINGGU, "district", 2018, "v1",
                List.of(Samples.gdpTarget(6.5, 2018), Samples.pm25(59, 2017)));
        extracted(doc);
        awaitStatus(doc.id(), "stored");
        Object storedAt = db().getCollection("reports").find(Filters.eq("_id", doc.id())).first().get("storedAt");
        // What the consumer asks before preparing a report: only the stored version is a replay.
        assertTrue(writer.isStoredAtVersion(doc));
        assertFalse(writer.isStoredAtVersion(Samples.document(text, Samples.PINGGU, "district", 2018, "v2", List.of())));
        assertFalse(writer.isStoredAtVersion(Samples.document(Samples.text("never sent"), Samples.PINGGU, "district",
                2018, "v1", List.of())));
        extracted(doc);
        extracted(Samples.document(Samples.text("marker"), Samples.JINAN, "city", 2018, "v1", List.of()));
        // The channel is ordered, so once the marker is stored the duplicate has been handled.
        awaitStatus(ReportIds.of(Samples.text("marker")), "stored");

        assertEquals(1, db().getCollection("reports").countDocuments(Filters.eq("_id", doc.id())));
        assertEquals(List.of("v1", "v1"), rowVersions(doc.id()));
        assertEquals(storedAt, db().getCollection("reports").find(Filters.eq("_id", doc.id())).first().get("storedAt"));
        given().get("/reports/" + doc.id()).then().statusCode(200)
                .body("id", equalTo(doc.id()))
                .body("meta.region.code", equalTo("110117"))
                .body("indicators.value", contains(6.5f, 59.0f))
                .body("text", equalTo(text));
    }

    @Test
    void reportsArrivingTogetherAreEachAckedOnceAndOnlyOnceStored() {
        List<ReportDocument> docs = IntStream.range(0, 40).mapToObj(i -> Samples.document(Samples.text("together " + i),
                Samples.PINGGU, "district", 2018, "v1", List.of(Samples.gdpTarget(6, 2018)))).toList();
        Map<String, Integer> acks = new ConcurrentHashMap<>();
        Map<String, String> statusWhenAcked = new ConcurrentHashMap<>();
        for (ReportDocument doc : docs) {
            messaging.source("extracted").send(Message.of(doc).withAck(() -> {
                acks.merge(doc.id(), 1, Integer::sum);
                statusWhenAcked.put(doc.id(), db().getCollection("reports").find(Filters.eq("_id", doc.id())).first()
                        .getString("status"));
                return CompletableFuture.completedFuture(null);
            }));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> acks.size() == docs.size());
        assertTrue(acks.values().stream().allMatch(n -> n == 1), "each message acked once: " + acks);
        assertTrue(statusWhenAcked.values().stream().allMatch("stored"::equals), "acked only once stored: " + statusWhenAcked);
        assertEquals(docs.size(), db().getCollection("reports").countDocuments(Filters.and(
                Filters.in("_id", docs.stream().map(ReportDocument::id).toList()), Filters.eq("status", "stored"))));
    }

    @Test
    void aLateRawMessageNeverTurnsStoredBackToPending() {
        String text = Samples.text("late raw");
        String id = ReportIds.of(text);
        raw(Samples.raw(text));
        awaitStatus(id, "pending");
        given().get("/reports/" + id).then().statusCode(404).contentType("application/problem+json");

        extracted(Samples.document(text, Samples.FENGTAI, "district", 2018, "v1", List.of(Samples.gdpTarget(6, 2018))));
        awaitStatus(id, "stored");
        // One batch: the stored report's late copy, and twice a report not seen before.
        raw(Samples.raw(text), Samples.raw(Samples.text("raw marker")), Samples.raw(Samples.text("raw marker")));
        awaitStatus(ReportIds.of(Samples.text("raw marker")), "pending");
        assertEquals(1, db().getCollection("reports").countDocuments(Filters.eq("_id", ReportIds.of(Samples.text("raw marker")))));
        given().get("/reports/" + id + "/status").then().body("status", equalTo("stored")).body("reason", nullValue());
    }

    @Test
    void aDeadLetterMarksTheReportFailedWithItsReasonButNeverOverridesStored() {
        String text = Samples.text("poison");
        String id = ReportIds.of(text);
        raw(Samples.raw(text));
        messaging.source("dead-letters").send(Samples.deadLetter(text, "extractor: no sentences found"));
        awaitStatus(id, "failed");
        given().get("/reports/" + id + "/status").then()
                .body("reason", equalTo("extractor: no sentences found")).body("updatedAt", org.hamcrest.Matchers.notNullValue());

        String storedText = Samples.text("stored first");
        extracted(Samples.document(storedText, Samples.JINAN, "city", 2018, "v1", List.of()));
        awaitStatus(ReportIds.of(storedText), "stored");
        messaging.source("dead-letters").send(Samples.deadLetter(storedText, "late failure"));
        messaging.source("dead-letters").send(Samples.deadLetter(Samples.text("dlq marker"), "marker"));
        awaitStatus(ReportIds.of(Samples.text("dlq marker")), "failed");
        given().get("/reports/" + ReportIds.of(storedText) + "/status").then().body("status", equalTo("stored"));
    }

    @Test
    void reExtractionReplacesTheRowsWithTheNewVersion() {
        String text = Samples.text("re-extract");
        extracted(Samples.document(text, Samples.PINGGU, "district", 2018, "v1", List.of(Samples.gdpTarget(6.5, 2018))));
        awaitStatus(ReportIds.of(text), "stored");
        ReportDocument v2 = Samples.document(text, Samples.PINGGU, "district", 2018, "v2",
                List.of(Samples.gdpTarget(7, 2018), Samples.pm25(50, 2017)));
        extracted(v2);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().get("/reports/" + v2.id()).then().body("extractorVersion", equalTo("v2")));

        assertEquals(List.of("v2", "v2"), rowVersions(v2.id()));
        given().get("/indicators?metric=gdp").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].value", equalTo(7.0f));
    }

    @Test
    void rowsOfAVersionThatIsNotCurrentAreNeverReturned() {
        String text = Samples.text("half written");
        ReportDocument doc = Samples.document(text, Samples.PINGGU, "district", 2018, "v1", List.of(Samples.gdpTarget(6.5, 2018)));
        extracted(doc);
        awaitStatus(doc.id(), "stored");
        // What a crash between writing the v2 rows and the flip leaves behind.
        leftoverEntry(doc.id(), "v2", 9.9);

        given().get("/indicators?metric=gdp").then().body("total", equalTo(1)).body("items.value", contains(6.5f));
    }

    @Test
    void rowsLeftByACrashedAttemptAreReplacedWhenThatVersionIsStored() {
        String text = Samples.text("crashed before its flip");
        ReportDocument v1 = Samples.document(text, Samples.PINGGU, "district", 2018, "v1", List.of(Samples.gdpTarget(6.5, 2018)));
        writer.store(v1);
        leftoverEntry(v1.id(), "v2", 9.9);

        writer.store(Samples.document(text, Samples.PINGGU, "district", 2018, "v2", List.of(Samples.gdpTarget(7, 2018))));

        given().get("/indicators?metric=gdp").then().body("total", equalTo(1)).body("items.value", contains(7.0f));
        assertEquals(List.of("v2"), rowVersions(v1.id()));
    }

    /** A v2 GDP-target entry in the bucket of Pinggu's 2018 rows, as a store that died before its flip leaves it. */
    private void leftoverEntry(String reportId, String version, double value) {
        String bucket = db().getCollection("reports").find(Filters.eq("_id", reportId)).first()
                .getList("indicatorBuckets", String.class).get(0);
        db().getCollection("indicatorBuckets").updateOne(Filters.eq("_id", bucket),
                Updates.set("reports." + reportId + "." + version, new Document("version", version).append("rows",
                        List.of(new Document("seq", 0).append("metric", "gdp").append("kind", "target").append("year", 2018)
                                .append("name", "地区生产总值").append("value", value)))));
    }

    /** The version of each of the report's rows in every bucket. */
    private List<String> rowVersions(String reportId) {
        List<String> versions = new ArrayList<>();
        for (Document bucket : db().getCollection("indicatorBuckets").find()) {
            Document entries = bucket.get("reports", Document.class).get(reportId, Document.class);
            if (entries != null) {
                entries.values().forEach(e -> ((Document) e).getList("rows", Document.class)
                        .forEach(row -> versions.add(((Document) e).getString("version"))));
            }
        }
        return versions;
    }

    @Test
    void aReaderDuringRewritesSeesEveryRowOfExactlyOneVersion() {
        String text = Samples.text("rewritten while read");
        ReportDocument v1 = withGdpTargets(text, "v1", 1.0);
        ReportDocument v2 = withGdpTargets(text, "v2", 2.0);
        writer.store(v1);
        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicInteger rewritten = new AtomicInteger();
        CompletableFuture<Void> rewrites = CompletableFuture.runAsync(() -> {
            while (reading.get()) {
                writer.store(rewritten.get() % 2 == 0 ? v2 : v1);
                rewritten.incrementAndGet();
            }
        });
        IndicatorFilter gdp = new IndicatorFilter("gdp", null, null, null, null, null, null, null, null);
        // At least 100 reads, and on until the report has been rewritten a few times meanwhile: a read answered from
        // the kept rows can be much faster than a rewrite.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (int read = 0; (read < 100 || rewritten.get() < 3) && !rewrites.isDone() && System.nanoTime() < deadline; read++) {
            Page<IndicatorRow> page = indicatorQuery.find(gdp, new PageRequest(1, 200));
            assertEquals(50, page.total(), "every row of the current version, none missing");
            assertEquals(1, page.items().stream().map(IndicatorRow::value).distinct().count(), "one version only");
        }
        reading.set(false);
        rewrites.join();
        assertTrue(rewritten.get() >= 3, "the report was rewritten during the reads");
    }

    private static ReportDocument withGdpTargets(String text, String version, double value) {
        List<Indicator> targets = IntStream.range(0, 50).mapToObj(i -> Samples.gdpTarget(value, 2000 + i)).toList();
        return Samples.document(text, Samples.PINGGU, "district", 2018, version, targets);
    }

    @Test
    void indicatorFiltersSelectRowsAcrossReports() {
        storeThreeReports();
        given().get("/indicators?metric=gdp&kind=target").then().statusCode(200)
                .body("total", equalTo(3)).body("items.value", containsInAnyOrder(6.5f, 6.0f, 7.0f))
                .body("items.reportId", everyItem(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")));
        given().get("/indicators?metric=gdp&year=2019").then().body("items.region.code", contains("370100"));
        given().get("/indicators?metric=gdp&yearFrom=2018&yearTo=2018").then().body("total", equalTo(2));
        given().get("/indicators?region=北京市").then().body("total", equalTo(3));
        given().get("/indicators?region=1101&metric=pm25").then().body("items.value", contains(59.0f));
        given().get("/indicators?region=北京市平谷区").then().body("total", equalTo(2));
        given().get("/indicators?level=city").then().body("items.reportYear", contains(2019));
        given().get("/indicators?name=pm2.5").then().body("items.name", contains("PM2.5年均浓度"));
        given().get("/indicators?name=生产总").then().body("total", equalTo(3));
        given().get("/indicators?measure=level").then().body("total", equalTo(1));
        given().get("/indicators?size=2&page=2").then().body("items.size()", equalTo(2)).body("total", equalTo(4))
                .body("page", equalTo(2)).body("size", equalTo(2));
        given().get("/indicators?size=2&page=9").then().statusCode(200).body("items", empty()).body("total", equalTo(4));
    }

    @Test
    void reportListFiltersByRegionYearAndLevel() {
        storeThreeReports();
        given().get("/reports").then().statusCode(200).body("total", equalTo(3)).body("items[0].year", equalTo(2019));
        given().get("/reports?region=北京市&year=2018").then().body("items.region.district", containsInAnyOrder("平谷区", "丰台区"));
        given().get("/reports?region=37").then().body("items.title", contains("2019年济南市人民政府工作报告"));
        given().get("/reports?level=district&size=1").then().body("total", equalTo(2)).body("items.size()", equalTo(1))
                .body("items[0].indicatorCount", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void injectionAttemptsAreMatchedAsPlainText() {
        storeThreeReports();
        given().queryParam("region", "{\"$gt\": \"\"}").get("/indicators").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("region", "{\"$gt\": \"\"}").get("/reports").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("name", ".*").get("/indicators").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("name", "(a+)+$").get("/indicators").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("metric", "{\"$ne\":null}").get("/indicators").then().statusCode(400);
        given().queryParam("level", "{\"$ne\":null}").get("/reports").then().statusCode(400);
    }

    @Test
    void badParametersAreRefusedWithAProblem() {
        given().get("/reports/not-an-id").then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("detail", containsString("id"));
        given().get("/reports/" + "a".repeat(64)).then().statusCode(404).contentType("application/problem+json");
        given().get("/reports/" + "a".repeat(64) + "/status").then().statusCode(404);
        given().get("/reports?page=0").then().statusCode(400).body("detail", containsString("page"));
        given().get("/reports?page=x").then().statusCode(400);
        given().get("/indicators?size=201").then().statusCode(400).body("detail", containsString("size"));
        given().get("/indicators?year=20180").then().statusCode(400);
        given().get("/indicators?kind=goal").then().statusCode(400).body("detail", containsString("target"));
        given().get("/indicators?metric=nosuch").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("GET /api/v1/metrics lists them"));
        given().get("/indicators?yearFrom=2022&yearTo=2018").then().statusCode(400)
                .body("detail", equalTo("yearTo (2018) must not be before yearFrom (2022)"));
        given().get("/indicators?colour=red").then().statusCode(400).contentType(ContentType.fromContentType("application/problem+json"))
                .body("detail", containsString("colour"));
    }

    private void storeThreeReports() {
        extracted(Samples.document(Samples.text("平谷"), Samples.PINGGU, "district", 2018, "v1",
                List.of(Samples.gdpTarget(6.5, 2018), Samples.pm25(59, 2017))));
        extracted(Samples.document(Samples.text("丰台"), Samples.FENGTAI, "district", 2018, "v1",
                List.of(Samples.gdpTarget(6, 2018))));
        extracted(Samples.document(Samples.text("济南"), Samples.JINAN, "city", 2019, "v1",
                List.of(Samples.gdpTarget(7, 2019))));
        awaitStatus(ReportIds.of(Samples.text("济南")), "stored");
    }
}
