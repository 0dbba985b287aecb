package io.govreport.store;

import io.govreport.model.Evidence;
import io.govreport.model.Indicator;
import io.govreport.model.Meta;
import io.govreport.model.Region;
import io.govreport.model.ReportDocument;
import io.govreport.model.ReportIds;
import io.govreport.model.Section;
import io.govreport.model.Source;
import io.govreport.store.store.SearchSegments;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** compare, regions, search and text over reports fed through the extracted channel, as the consumer stores them. */
@QuarkusTest
@QuarkusTestResource(EmbeddedMongo.class)
class QueriesTest {
    private static final Region PINGGU = new Region("北京市平谷区", "北京市", null, "平谷区", "110117");
    private static final Region JINAN = new Region("济南市", "山东省", "济南市", null, "370100");
    private static final String HEADING = "一、大气污染防治\n";

    @Inject
    @Any
    InMemoryConnector messaging;

    @Inject
    MongoClient mongo;

    @Inject
    SearchSegments segments;

    @BeforeEach
    void emptyStore() {
        EmbeddedMongo.emptyStore(mongo);
    }

    /** A report whose one section holds the sentences; indicators are found by their evidence text in it. */
    private static ReportDocument report(Region region, int year, String version, List<String> sentences,
                                         List<Indicator> figures) {
        String body = String.join("", sentences);
        String text = year + "年" + region.name() + "政府工作报告\n" + HEADING + body;
        int sectionStart = text.indexOf(HEADING);
        List<Indicator> located = new ArrayList<>();
        for (Indicator f : figures) {
            int at = text.indexOf(f.evidence().text());
            located.add(new Indicator(f.name(), f.metric(), f.kind(), f.measure(), f.value(), null, f.unit(), null, null,
                    f.year(), "s1", new Evidence(at, at + f.evidence().text().length(), f.evidence().text())));
        }
        Meta meta = new Meta(year + "年" + region.name() + "政府工作报告", region, "district", year, null, null, null, null, null);
        return new ReportDocument(ReportIds.of(text), new Source("t.txt", "text/plain", "UTF-8"), version, meta,
                List.of(new Section("s1", 1, "一", "大气污染防治", "plan", sectionStart, text.length(), List.of())),
                located, List.of(), List.of(), text);
    }

    private static Indicator gdp(String kind, double value, Integer year, String evidence) {
        return new Indicator("地区生产总值", "gdp", kind, "change", value, null, "%", null, null, year, "s1",
                new Evidence(0, 0, evidence));
    }

    private void store(ReportDocument report) {
        messaging.source("extracted").send(report);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/reports/" + report.id() + "/status")
                .then().statusCode(200).body("status", equalTo("stored")));
    }

    @Test
    void compareSetsEachYearsTargetBesideItsActualAndLeavesMultiYearFiguresOut() {
        store(report(PINGGU, 2018, "v1", List.of("2017年地区生产总值增长7%。", "今年地区生产总值增长6.5%左右。", "五年地区生产总值年均增长6%。"),
                List.of(gdp("actual", 7, 2017, "地区生产总值增长7%"), gdp("target", 6.5, 2018, "地区生产总值增长6.5%左右"),
                        gdp("target", 6, null, "地区生产总值年均增长6%"))));
        store(report(PINGGU, 2019, "v1", List.of("2018年地区生产总值增长6.6%。", "今年地区生产总值增长6%以上。"),
                List.of(gdp("actual", 6.6, 2018, "地区生产总值增长6.6%"), gdp("target", 6, 2019, "地区生产总值增长6%以上"))));

        JsonPath table = given().get("/compare?metric=gdp").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(2017, 2018, 2019), table.getList("years"));
        assertEquals("地区生产总值", table.getString("name"));
        assertEquals(1, table.getList("rows").size());
        assertEquals(7.0f, table.getFloat("rows[0].cells[0].actual.value"));
        assertEquals(6.5f, table.getFloat("rows[0].cells[1].target.value"));
        assertEquals(6.6f, table.getFloat("rows[0].cells[1].actual.value"), "2018: the target beside what was achieved");
        assertEquals(6.0f, table.getFloat("rows[0].cells[2].target.value"));

        JsonPath targets = given().get("/compare?metric=gdp&kind=target").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(2018, 2019), targets.getList("years"), "the five-year average has no year of its own");
        given().get("/compare?kind=target").then().statusCode(400);
        given().get("/compare?metric=gdp&kind=someday").then().statusCode(400);
        given().get("/compare?metric=nosuch").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("GET /api/v1/metrics lists them"));
    }

    @Test
    void regionsFormAProvinceCityDistrictTree() {
        store(report(PINGGU, 2018, "v1", List.of("推进煤改气。"), List.of()));
        store(report(JINAN, 2018, "v1", List.of("推进煤改电。"), List.of()));
        List<Map<String, Object>> tree = given().get("/regions").then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(List.of("北京市", "山东省"), tree.stream().map(n -> n.get("name")).toList());
        JsonPath json = given().get("/regions").then().extract().jsonPath();
        assertEquals("110000", json.getString("[0].code"));
        assertEquals("北京市平谷区", json.getString("[0].children[0].name"));
        assertEquals(1, json.getInt("[0].children[0].reports"));
        assertEquals("济南市", json.getString("[1].children[0].name"));
        assertEquals("370100", json.getString("[1].children[0].code"));
    }

    @Test
    void searchRanksThePhraseFirstMarksItAndFollowsReextraction() {
        ReportDocument first = report(PINGGU, 2018, "v1",
                List.of("完成煤改气工程。", "压减散煤，改用清洁能源。", "植树造林。"), List.of());
        store(first);
        JsonPath hits = given().get("/search?q=煤改气").then().statusCode(200).extract().jsonPath();
        assertTrue(hits.getList("items.snippet").stream().noneMatch("植树造林。"::equals), "a sentence without the words is no hit");
        String snippet = hits.getString("items[0].snippet");
        assertEquals("完成煤改气工程", snippet, "the sentence, without its stop");
        assertEquals("煤改气", snippet.substring(hits.getInt("items[0].marks[0].start"), hits.getInt("items[0].marks[0].end")));
        int start = hits.getInt("items[0].start");
        assertEquals(snippet, first.text().substring(start, hits.getInt("items[0].end")));
        assertEquals("s1", hits.getString("items[0].section"));
        assertTrue(hits.getString("items[0].link").contains("at=" + start));

        JsonPath heading = given().get("/search?q=大气污染").then().statusCode(200).extract().jsonPath();
        assertEquals("section", heading.getString("items[0].kind"));

        // read pending above; the same answers from the inverted index's segment
        String pending = given().get("/search?q=煤改气").then().extract().asString();
        assertEquals(1, segments.flush(), "one passage document, one segment (test profile)");
        assertEquals(pending, given().get("/search?q=煤改气").then().extract().asString());

        // a re-extraction replaces the passages: still one hit per passage, none twice
        ReportDocument again = new ReportDocument(first.id(), first.source(), "v2", first.meta(), first.sections(),
                first.indicators(), first.glossary(), first.warnings(), first.text());
        messaging.source("extracted").send(again);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/reports/" + first.id()).then().body("extractorVersion", equalTo("v2")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertEquals(0, mongo.getDatabase(EmbeddedMongo.DATABASE).getCollection("reportPassages")
                        .countDocuments(new Document("version", "v1"))));
        assertEquals(pending, given().get("/search?q=煤改气").then().extract().asString(), "v1 retired, v2 pending");
        var db = mongo.getDatabase(EmbeddedMongo.DATABASE);
        assertEquals(0, db.getCollection("searchSegments").countDocuments(), "v1's segment, all retired, is deleted");
        assertEquals(0, db.getCollection("searchPostings").countDocuments(), "and its postings with it");
        assertEquals(1, segments.flush());
        assertEquals(pending, given().get("/search?q=煤改气").then().extract().asString(), "v2 in a segment of its own");

        given().get("/search").then().statusCode(400);
        given().get("/search?q=" + "煤".repeat(101)).then().statusCode(400);
        given().get("/search?q=煤改气&sort=x").then().statusCode(400);
    }

    @Test
    void aSegmentLeftHalfWrittenIsWrittenAgainWithTheDocumentsItNamed() {
        ReportDocument pinggu = report(PINGGU, 2018, "v1", List.of("完成煤改气工程。"), List.of());
        ReportDocument jinan = report(JINAN, 2019, "v1", List.of("推进煤改电，煤改气。"), List.of());
        store(pinggu);
        store(jinan);
        String gas = given().get("/search?q=煤改气").then().statusCode(200).extract().asString();
        String power = given().get("/search?q=煤改电").then().statusCode(200).extract().asString();

        // A flush stopped after writing segment 0's document (naming Pinggu and a document since dropped) and a
        // postings document for a word Pinggu lacks, pointing at the dropped one.
        var db = mongo.getDatabase(EmbeddedMongo.DATABASE);
        db.getCollection("searchSegments").insertOne(new Document("_id", 0)
                .append("documents", List.of(pinggu.id() + "/v1", "gone/v1")).append("passages", List.of()).append("retired", List.of()));
        String leftover = SearchSegments.postingsId(0, "电");
        db.getCollection("searchPostings").insertOne(new Document("_id", leftover)
                .append("words", List.of("电")).append("p", List.of(new byte[]{1, 0, 2, 1, 0})));

        assertEquals(2, segments.flush(), "segment 0 again, then Jinan's");
        assertEquals(List.of("电"), db.getCollection("searchPostings").find(new Document("_id", leftover)).first().getList("words", String.class),
                "no word of Pinggu's in that bucket: the leftover stays, pointing at the dropped document");
        assertEquals(0, db.getCollection("searchPending").countDocuments());
        assertEquals(List.of(1), db.getCollection("searchSegments").find(new Document("_id", 0)).first().getList("retired", Integer.class));
        assertEquals(gas, given().get("/search?q=煤改气").then().extract().asString());
        assertEquals(power, given().get("/search?q=煤改电").then().extract().asString());
    }

    private Map<String, String> answers(List<String> queries) {
        Map<String, String> answers = new LinkedHashMap<>();
        queries.forEach(q -> answers.put(q, given().get("/search?q=" + q + "&size=50").then().statusCode(200).extract().asString()));
        return answers;
    }

    @Test
    void mergedSegmentsAnswerAsTheirSourcesDidAndFollowReextraction() {
        List<ReportDocument> reports = List.of(
                report(PINGGU, 2018, "v1", List.of("完成煤改气工程。", "推进煤改电。"), List.of()),
                report(JINAN, 2018, "v1", List.of("推进煤改电，煤改气。"), List.of()),
                report(PINGGU, 2019, "v1", List.of("压减散煤，完成煤改气。"), List.of()),
                report(JINAN, 2019, "v1", List.of("植树造林。", "煤改气全面完成。"), List.of()));
        reports.forEach(this::store);
        List<String> queries = List.of("煤改气", "煤改电", "植树造林", "大气污染", "散煤");
        Map<String, String> pending = answers(queries);
        assertEquals(4, segments.flush());
        assertEquals(pending, answers(queries));

        var db = mongo.getDatabase(EmbeddedMongo.DATABASE);
        // A merge a stop left uncommitted: segment 4 (next) naming its sources, with a postings document of its own.
        db.getCollection("searchSegments").insertOne(new Document("_id", 4).append("documents", List.of("x/v1"))
                .append("passages", List.of(1)).append("retired", List.of()).append("level", 1).append("sources", List.of(0, 1)));
        db.getCollection("searchPostings").insertOne(new Document("_id", SearchSegments.postingsId(4, "伪"))
                .append("words", List.of("伪")).append("p", List.of(new byte[]{0, 0, 2, 1, 0})));

        assertEquals(3, segments.merge(), "0+1 -> 4, 2+3 -> 5, 4+5 -> 6 (test profile: factor 2; two levels)");
        assertEquals(0, segments.merge(), "level 2 is the top");
        Document state = db.getCollection("counters").find(new Document("_id", "search-segments")).first();
        assertEquals(List.of(new Document("segment", 6).append("level", 2)), state.getList("live", Document.class));
        assertEquals(7, state.getInteger("next"));
        assertEquals(List.of(6), db.getCollection("searchSegments").distinct("_id", Integer.class).into(new ArrayList<>()));
        assertEquals(0, db.getCollection("searchPostings").countDocuments(new Document("words", "伪")), "the stray merge is gone");
        assertEquals(0, db.getCollection("searchPostings").countDocuments(new Document("_id", new Document("$not",
                java.util.regex.Pattern.compile("^0000006 ")))), "the sources' postings are deleted");
        assertEquals(List.of(6), db.getCollection("searchIndexed").distinct("segment", Integer.class).into(new ArrayList<>()));
        assertEquals(pending, answers(queries), "the merged segment answers as its sources did");

        // A merge committed and stopped before its cleanup: a source left behind, a document still pointing at it.
        String moved = reports.get(0).id() + "/v1";
        db.getCollection("searchSegments").insertOne(new Document("_id", 4).append("documents", List.of(moved))
                .append("passages", List.of(3)).append("retired", List.of()).append("level", 1).append("sources", List.of(0, 1)));
        db.getCollection("searchIndexed").replaceOne(new Document("_id", moved), new Document("_id", moved).append("segment", 4));
        db.getCollection("counters").updateOne(new Document("_id", "search-segments"), new Document("$set", new Document("cleanup", 6)));

        // a re-extraction retires its document in the merged segment, the cleanup finished first
        ReportDocument jinan = reports.get(1);
        messaging.source("extracted").send(new ReportDocument(jinan.id(), jinan.source(), "v2", jinan.meta(), jinan.sections(),
                jinan.indicators(), jinan.glossary(), jinan.warnings(), jinan.text()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(0,
                db.getCollection("reportPassages").countDocuments(new Document("_id", jinan.id() + "/v1"))));
        assertEquals(List.of(6), db.getCollection("searchSegments").distinct("_id", Integer.class).into(new ArrayList<>()));
        assertEquals(6, db.getCollection("searchIndexed").find(new Document("_id", moved)).first().getInteger("segment"));
        int ordinal = db.getCollection("searchSegments").find().first().getList("documents", String.class).indexOf(jinan.id() + "/v1");
        assertEquals(List.of(ordinal), db.getCollection("searchSegments").find().first().getList("retired", Integer.class));
        assertEquals(pending, answers(queries), "v1 retired in the merged segment, v2 pending");
        assertEquals(1, segments.flush());
        assertEquals(0, segments.merge(), "one segment at level 0");
        assertEquals(pending, answers(queries), "v2 in a segment of its own beside the merged one");
    }

    @Test
    void textsCarryTheirIndicatorsOffsets() {
        ReportDocument report = report(PINGGU, 2018, "v1", List.of("今年地区生产总值增长6.5%左右。"),
                List.of(gdp("target", 6.5, 2018, "地区生产总值增长6.5%左右")));
        store(report);
        JsonPath whole = given().get("/reports/" + report.id() + "/text").then().statusCode(200).extract().jsonPath();
        assertEquals(report.text(), whole.getString("text"));
        assertEquals(report.indicators().get(0).evidence().start(), whole.getInt("indicators[0].start"));

        JsonPath section = given().get("/reports/" + report.id() + "/sections/s1/text").then().statusCode(200).extract().jsonPath();
        int offset = section.getInt("start");
        assertTrue(section.getString("text").startsWith(HEADING));
        assertEquals("地区生产总值增长6.5%左右",
                section.getString("text").substring(section.getInt("indicators[0].start"), section.getInt("indicators[0].end")));
        assertEquals(report.indicators().get(0).evidence().start(), offset + section.getInt("indicators[0].start"));
        given().get("/reports/" + report.id() + "/sections/s9/text").then().statusCode(404);
        given().get("/reports/" + report.id() + "/sections/$x/text").then().statusCode(400);
    }
}
