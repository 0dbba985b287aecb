package io.govreport.store.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import io.govreport.model.Evidence;
import io.govreport.model.Indicator;
import io.govreport.model.IndicatorRow;
import io.govreport.model.Meta;
import io.govreport.model.Page;
import io.govreport.model.Region;
import io.govreport.model.RegionNode;
import io.govreport.model.ReportDocument;
import io.govreport.model.ReportIds;
import io.govreport.model.ReportStatus;
import io.govreport.model.ReportSummary;
import io.govreport.model.Source;
import io.govreport.store.EmbeddedMongo;
import io.govreport.store.config.StoreConfig;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The indicator buckets as readers see them: which version of a report counts, and the filters, orders and pages. */
@QuarkusTest
@QuarkusTestResource(EmbeddedMongo.class)
class BucketReadsTest {
    private static final Region PINGGU = new Region("北京市平谷区", "北京市", null, "平谷区", "110117");
    private static final Region FENGTAI = new Region("北京市丰台区", "北京市", null, "丰台区", "110106");
    private static final Region JINAN = new Region("济南市", "山东省", "济南市", null, "370100");
    private static final Region SHIJIAZHUANG = new Region("石家庄市", "河北省", "石家庄市", null, "130100");
    private static final IndicatorFilter GDP = filter("gdp", null, null, null, null, null);
    private static final PageRequest ALL = new PageRequest(1, PageRequest.MAX_SIZE);

    @Inject
    MongoClient mongo;

    @Inject
    ReportWriter writer;

    @Inject
    IndicatorBuckets buckets;

    @Inject
    IndicatorQuery query;

    @Inject
    BsonJson json;

    @Inject
    FlipEpoch flips;

    @Inject
    ReportQueries queries;

    @Inject
    ReportBodies bodies;

    @Inject
    Catalogue catalogue;

    @Inject
    RegionTree regions;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    Collections collections;

    @Inject
    BucketDirectory directory;

    @Inject
    BucketReader reader;

    @Inject
    ReportRows reportRows;

    @Inject
    StoreConfig config;

    @BeforeEach
    void emptyStore() {
        EmbeddedMongo.emptyStore(mongo);
    }

    @Test
    void aReportWithTwoVersionsInItsBucketsShowsItsCurrentVersionWhole() {
        ReportDocument v1 = report("two versions", PINGGU, 2018, "v1", gdp("target", 6.5, 2018), gdp("actual", 6.8, 2017));
        ReportDocument v2 = report("two versions", PINGGU, 2018, "v2", gdp("target", 7, 2018), gdp("actual", 7.1, 2017));
        writer.store(v1);

        buckets.write(v2, Set.copyOf(bucketsOf(v1)));
        assertEquals(List.of(6.5, 6.8), values(query.find(GDP, ALL)), "written ahead of the flip: still v1");

        writer.store(v2);
        buckets.write(v1, null);
        assertEquals(List.of(7.0, 7.1), values(query.find(GDP, ALL)), "flipped, v1 not retired yet: v2");
    }

    @Test
    void anEntryInABucketTheCurrentVersionHasNoRowsInWaitsForTheFlip() {
        ReportDocument v1 = report("new bucket", PINGGU, 2018, "v1", gdp("target", 6.5, 2018));
        ReportDocument v2 = report("new bucket", PINGGU, 2018, "v2", gdp("target", 6.5, 2018), pm25(59, 2017));
        writer.store(v1);
        IndicatorFilter pm25 = filter("pm25", null, 2017, null, null, null);

        buckets.write(v2, Set.copyOf(bucketsOf(v1)));
        assertEquals(0, query.find(pm25, ALL).total(), "v2's only row of the bucket, before the flip");

        writer.store(v2);
        assertEquals(List.of(59.0), values(query.find(pm25, ALL)));
        Document entry = collection("indicatorBuckets")
                .find(Filters.eq("_id", new BucketKey("pm25", "actual", 2017, "北京市").bucketId(v2.id()))).first()
                .get("reports", Document.class).get(v2.id(), Document.class).get("v2", Document.class);
        assertFalse(entry.containsKey(IndicatorBuckets.PENDING), "retiring v1 cleared the mark");
    }

    @Test
    void aReportWithOneVersionIsReadFromItsBucketsAloneAndOneWithMixedVersionsFromItsDocument() {
        ReportDocument v1 = report("one version", PINGGU, 2018, "v1", gdp("target", 6.5, 2018), gdp("actual", 6.8, 2017));
        writer.store(v1);
        // The report document no longer matches the buckets: whichever a read takes shows.
        collection("reports").updateOne(Filters.eq("_id", v1.id()), Updates.set("indicators", List.of()));
        assertEquals(List.of(6.5, 6.8), values(query.find(GDP, ALL)), "one version seen: the buckets");

        // v1 retired from the 2017 bucket, v2 in its place, the 2018 bucket still at v1: the versions seen differ.
        Bson bucket2017 = Filters.eq("_id", new BucketKey("gdp", "actual", 2017, "北京市").bucketId(v1.id()));
        collection("indicatorBuckets").updateOne(bucket2017,
                Updates.rename("reports." + v1.id() + ".v1", "reports." + v1.id() + ".v2"));
        collection("indicatorBuckets").updateOne(bucket2017,
                Updates.set("reports." + v1.id() + ".v2.version", "v2"));
        // The store's own writes move the epoch when what a read returns changes; these edits stand in for them.
        flips.bump(null);
        assertEquals(List.of(), values(query.find(GDP, ALL)), "mixed versions: the report document");
    }

    @Test
    void anAnswerIsKeptUntilTheEpochMovesAndStoringAnyReportMovesIt() {
        ReportDocument pinggu = report("kept", PINGGU, 2018, "v1", gdp("target", 6.5, 2018));
        writer.store(pinggu);
        assertEquals(List.of(6.5), values(query.find(GDP, ALL)));

        // An edit no store write makes (it leaves the epoch): the kept answer is what the next query gets.
        Bson bucket = Filters.eq("_id", new BucketKey("gdp", "target", 2018, "北京市").bucketId(pinggu.id()));
        collection("indicatorBuckets").updateOne(bucket,
                Updates.set("reports." + pinggu.id() + ".v1.rows.0.value", 9.9));
        assertEquals(List.of(6.5), values(query.find(GDP, ALL)), "kept: the buckets were not read");
        assertEquals(List.of(9.9), values(query.find(filter("gdp", "target", null, null, null, null), ALL)),
                "another filter is another answer");

        writer.store(report("another", FENGTAI, 2018, "v1", gdp("target", 7, 2018)));
        assertEquals(2, query.find(GDP, ALL).total(), "a store moved the epoch: the buckets read again");
        assertTrue(values(query.find(GDP, ALL)).contains(9.9));
    }

    @Test
    void aPageIsKeptAsItsJsonUntilTheEpochMoves() throws Exception {
        writer.store(report("paged", PINGGU, 2018, "v1", gdp("target", 6.5, 2018), gdp("actual", 6.8, 2017)));
        PageRequest first = new PageRequest(1, 1);
        byte[] page = query.findJson(GDP, first, IndicatorSort.REPORT_ORDER);
        assertArrayEquals(objectMapper.writeValueAsBytes(query.find(GDP, first)), page, "the page find gives, as JSON");
        assertSame(page, query.findJson(GDP, first, IndicatorSort.REPORT_ORDER), "kept: not cut or written again");
        assertEquals(6.8, objectMapper.readTree(query.findJson(GDP, first, IndicatorSort.parse("-value").orElseThrow()))
                .at("/items/0/value").asDouble(), "another order is another page");

        writer.store(report("another", FENGTAI, 2018, "v1", gdp("target", 7, 2018)));
        assertEquals(3, objectMapper.readTree(query.findJson(GDP, first, IndicatorSort.REPORT_ORDER)).get("total").asInt(),
                "a store moved the epoch: the page cut again");
    }

    @Test
    void aKeptPageIsFoundWithoutReadingTheCounterUntilThisInstanceFlips() {
        writer.store(report("paged", PINGGU, 2018, "v1", gdp("target", 6.5, 2018), gdp("actual", 6.8, 2017)));
        // The tests' own instances read the counter every time (PT0S), which never leaves a reading to use unread.
        FlipEpoch checkedHourly = new FlipEpoch(collections, Duration.ofHours(1));
        IndicatorQuery hourly = new IndicatorQuery(directory, reader, reportRows, checkedHourly, config, objectMapper);
        PageRequest first = new PageRequest(1, 1);
        assertTrue(hourly.keptJson(GDP, first, IndicatorSort.REPORT_ORDER).isEmpty(), "no reading taken yet");

        byte[] page = hourly.findJson(GDP, first, IndicatorSort.REPORT_ORDER);
        assertSame(page, hourly.keptJson(GDP, first, IndicatorSort.REPORT_ORDER).orElseThrow(), "kept at findJson's reading");
        assertTrue(hourly.keptJson(GDP, new PageRequest(2, 1), IndicatorSort.REPORT_ORDER).isEmpty(), "a page not asked for");
        assertTrue(hourly.keptJson(filter("pm25", null, null, null, null, null), first, IndicatorSort.REPORT_ORDER).isEmpty(),
                "another metric");

        checkedHourly.bump(null);
        assertTrue(hourly.keptJson(GDP, first, IndicatorSort.REPORT_ORDER).isEmpty(),
                "a flip of this instance: the counter must be read again first");
    }

    @Test
    void theCatalogueCountsEachReportsCurrentVersionAndKeepsItsAnswerUntilTheEpochMoves() {
        ReportDocument v1 = report("counted", PINGGU, 2018, "v1", gdp("target", 6.5, 2018), pm25(59, 2017), pm25(55, 2018));
        writer.store(v1);
        writer.store(report("counted too", FENGTAI, 2018, "v1", gdp("target", 7, 2018), gdp("actual", 6.8, 2017)));
        assertEquals(Map.of("gdp", Map.of("target", 2L, "actual", 1L), "pm25", Map.of("actual", 2L)), counts());

        ReportDocument v2 = report("counted", PINGGU, 2018, "v2", gdp("target", 6.5, 2018), gdp("estimate", 6.6, 2018));
        writer.store(v2);
        assertEquals(Map.of("gdp", Map.of("target", 2L, "actual", 1L, "estimate", 1L)), counts(), "only the current version counts");
        assertEquals(query.find(GDP, ALL).total(), catalogue.metrics().stream().filter(m -> m.metric().equals("gdp"))
                .findFirst().orElseThrow().count(), "the catalogue and the indicator query agree");

        // An edit no store write makes (it leaves the epoch): the kept answer is what the next request gets.
        collection("reports").updateOne(Filters.eq("_id", v2.id()), Updates.set(MetricCounts.FIELD, new Document()));
        assertEquals(Map.of("gdp", Map.of("target", 2L, "actual", 1L, "estimate", 1L)), counts(), "kept: not read again");
        writer.store(report("third", JINAN, 2019, "v1", pm25(40, 2018)));
        assertEquals(Map.of("gdp", Map.of("target", 1L, "actual", 1L), "pm25", Map.of("actual", 1L)), counts(),
                "a store moved the epoch: the report documents read again");
    }

    @Test
    void aListedPageIsKeptUntilTheEpochMoves() {
        ReportDocument pinggu = report("listed", PINGGU, 2018, "v1", gdp("target", 6.5, 2018));
        writer.store(pinggu);
        ReportFilter all = new ReportFilter(null, null, null);
        PageRequest first = new PageRequest(1, 20);
        assertEquals(List.of(1), queries.list(all, first).items().stream().map(ReportSummary::indicatorCount).toList());

        // An edit no store write makes (it leaves the epoch): the kept page is what the next request gets.
        collection("reports").updateOne(Filters.eq("_id", pinggu.id()), Updates.set("indicatorCount", 9));
        assertEquals(List.of(1), queries.list(all, first).items().stream().map(ReportSummary::indicatorCount).toList());
        assertEquals(List.of(9), queries.list(all, new PageRequest(1, 10)).items().stream()
                .map(ReportSummary::indicatorCount).toList(), "another page is another answer");

        writer.store(report("listed too", FENGTAI, 2019, "v1"));
        Page<ReportSummary> after = queries.list(all, first);
        assertEquals(2, after.total(), "a store moved the epoch: the report documents read again");
        assertTrue(after.items().stream().anyMatch(r -> r.indicatorCount() == 9));
    }

    @Test
    void theRegionTreeIsKeptUntilTheEpochMoves() {
        ReportDocument pinggu = report("regions", PINGGU, 2018, "v1");
        writer.store(pinggu);
        assertEquals(List.of("北京市"), regions.tree().stream().map(RegionNode::name).toList());

        collection("reports").updateOne(Filters.eq("_id", pinggu.id()), Updates.set("meta.region.province", "天津市"));
        assertEquals(List.of("北京市"), regions.tree().stream().map(RegionNode::name).toList(), "kept: not read again");
        writer.store(report("regions too", JINAN, 2019, "v1"));
        assertEquals(List.of("天津市", "山东省"), regions.tree().stream().map(RegionNode::name).toList(),
                "a store moved the epoch: the report documents read again");
    }

    @Test
    void aReportStoredWithoutItsMetricCountsIsCountedByTheBackfillStep() {
        ReportDocument earlier = report("earlier", PINGGU, 2018, "v1", gdp("target", 6.5, 2018), pm25(59, 2017));
        writer.store(earlier);
        collection("reports").updateOne(Filters.eq("_id", earlier.id()), Updates.unset(MetricCounts.FIELD));
        flips.bump(null);
        assertEquals(Map.of(), counts(), "a report without counts is left out until the backfill reaches it");

        FlipEpoch.Stamp before = flips.read();
        writer.countMetrics(queries.document(earlier.id()).orElseThrow());
        assertEquals(before.epoch() + 1, flips.read().epoch(), "the catalogue changed, so the epoch moves");
        assertEquals(Map.of("gdp", Map.of("target", 1L), "pm25", Map.of("actual", 1L)), counts());

        ReportDocument v2 = report("earlier", PINGGU, 2018, "v2", gdp("actual", 6.1, 2017));
        writer.store(v2);
        collection("reports").updateOne(Filters.eq("_id", earlier.id()), Updates.unset(MetricCounts.FIELD));
        flips.bump(null);
        writer.countMetrics(earlier);
        assertEquals(Map.of(), counts(), "a version no longer current is not counted");
        writer.countMetrics(v2);
        assertEquals(Map.of("gdp", Map.of("actual", 1L)), counts());
    }

    @Test
    void aReplayOfAStoredVersionMovesTheEpoch() {
        ReportDocument v1 = report("replayed", PINGGU, 2018, "v1", gdp("target", 6.5, 2018));
        writer.store(v1);
        FlipEpoch.Stamp stored = flips.read();
        assertTrue(stored.named(), "the counter has a generation from its first bump");

        assertFalse(writer.store(v1), "nothing to write");
        FlipEpoch.Stamp replayed = flips.read();
        assertEquals(stored.generation(), replayed.generation());
        assertEquals(stored.epoch() + 1, replayed.epoch(), "a store that died between its flip and its bump is caught up");
    }

    @Test
    void aReportSpreadOverShardsIsReadWholeAndABucketOfTheEarlierLayoutStillCounts() {
        List<ReportDocument> reports = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            reports.add(report("shard " + i, PINGGU, 2018, "v1", gdp("target", i, 2018)));
        }
        reports.forEach(writer::store);
        IndicatorFilter target2018 = filter("gdp", "target", 2018, null, null, null);
        assertEquals(12, query.find(target2018, ALL).total());
        Set<String> shards = new HashSet<>();
        reports.forEach(r -> shards.addAll(bucketsOf(r)));
        assertTrue(shards.size() > 1, "twelve reports of one group land in more than one bucket: " + shards);

        // A store written before the shards: the report's rows in the one bucket named by the group id.
        ReportDocument earlier = reports.get(0);
        String shard = bucketsOf(earlier).get(0);
        String group = new BucketKey("gdp", "target", 2018, "北京市").id();
        Document entries = collection("indicatorBuckets").find(Filters.eq("_id", shard)).first()
                .get("reports", Document.class).get(earlier.id(), Document.class);
        collection("indicatorBuckets").updateOne(Filters.eq("_id", shard), Updates.unset("reports." + earlier.id()));
        collection("indicatorBuckets").insertOne(new Document("_id", group).append("reports", new Document(earlier.id(), entries)));
        collection("reports").updateOne(Filters.eq("_id", earlier.id()), Updates.set(ReportWriter.BUCKETS, List.of(group)));
        assertEquals(12, query.find(target2018, ALL).total(), "the earlier layout's bucket is read");

        // Its next version goes to its shard, and the earlier bucket's entry is retired.
        writer.store(report("shard 0", PINGGU, 2018, "v2", gdp("target", 100, 2018)));
        assertEquals(List.of(100.0, 11.0, 10.0, 9.0, 8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0),
                values(query.find(target2018, ALL, IndicatorSort.parse("-value").orElseThrow())));
        assertEquals(new Document(), collection("indicatorBuckets").find(Filters.eq("_id", group)).first()
                .get("reports", Document.class));
    }

    @Test
    void theDirectoryListsAMetricsGroupsByYearAndReadsTheEarlierLayoutsList() {
        writer.store(report("directory", PINGGU, 2018, "v1", pm25(40, 2016), pm25(45, 2017), gdp("target", 6, null)));
        Document pm25 = collection("metricBuckets").find(Filters.eq("_id", "pm25")).first();
        assertTrue(pm25.getList(BucketDirectory.YEARS, String.class).containsAll(List.of("2016", "2017")));
        assertEquals(List.of(new BucketKey("pm25", "actual", 2016, "北京市").id()), collection("metricBuckets")
                .find(Filters.eq("_id", "pm25|2016")).first().getList(BucketDirectory.IDS, String.class));
        assertTrue(directory.ids("pm25").containsAll(List.of(new BucketKey("pm25", "actual", 2016, "北京市").id(),
                new BucketKey("pm25", "actual", 2017, "北京市").id())));
        assertTrue(directory.ids("gdp").contains(new BucketKey("gdp", "target", null, "北京市").id()), "no year: -");

        // A store written before: every group of the metric in its metric document.
        String earlier = new BucketKey("earlier-metric", "actual", 2015, "北京市").id();
        collection("metricBuckets").insertOne(new Document("_id", "earlier-metric").append(BucketDirectory.IDS, List.of(earlier)));
        assertEquals(List.of(earlier), directory.ids("earlier-metric"));
        BucketKey laterYear = new BucketKey("earlier-metric", "actual", 2016, "北京市");
        directory.list(List.of(laterYear));
        assertEquals(List.of(earlier, laterYear.id()), directory.ids("earlier-metric"), "both layouts read");
    }

    @Test
    void aYearDocumentItsMetricDoesNotNameYetIsNamedByTheNextListing() {
        // A crash between the two writes of a listing: the year's document holds the group, the metric names no year.
        BucketKey key = new BucketKey("crashed-metric", "target", 2019, "北京市");
        collection("metricBuckets").insertOne(new Document("_id", key.directoryId()).append(BucketDirectory.IDS, List.of(key.id())));
        collection("metricBuckets").insertOne(new Document("_id", "crashed-metric").append(BucketDirectory.YEARS, List.of()));
        assertEquals(List.of(), directory.ids("crashed-metric"));

        BucketDirectory restarted = new BucketDirectory(collections);
        restarted.list(List.of(key));
        assertEquals(List.of(key.id()), restarted.ids("crashed-metric"), "the group is not taken as listed");
    }

    @Test
    void filtersSortsAndPagesAcrossBuckets() {
        writer.store(report("平谷", PINGGU, 2018, "v1", gdp("target", 6.5, 2018), gdp("actual", 6.8, 2017), gdp("target", 6, null)));
        writer.store(report("丰台", FENGTAI, 2018, "v1", gdp("target", 6, 2018)));
        writer.store(report("济南", JINAN, 2019, "v1", gdp("target", 7, 2019), gdp("actual", 6.4, 2018)));
        writer.store(report("石家庄", SHIJIAZHUANG, 2018, "v1", gdp("target", 7.5, 2018), pm25(59, 2017)));

        assertEquals(7, query.find(GDP, ALL).total());
        assertEquals(Set.of(6.5, 6.0, 7.5), Set.copyOf(values(query.find(filter("gdp", "target", 2018, null, null, null), ALL))));
        assertEquals(Set.of(6.5, 6.8, 6.0), Set.copyOf(values(query.find(filter("gdp", null, null, "北京市", null, null), ALL))));
        assertEquals(4, query.find(filter("gdp", null, null, "1101", null, null), ALL).total());
        assertEquals(List.of(7.0, 6.4), values(query.find(filter("gdp", null, null, "济南市", null, null), ALL)));
        assertEquals(3, query.find(filter("gdp", null, null, null, "city", null), ALL).total());
        assertEquals(0, query.find(filter("gdp", null, null, null, "county", null), ALL).total());
        assertEquals(5, query.find(new IndicatorFilter("gdp", null, null, null, null, 2018, 2019, null, null), ALL).total());
        assertEquals(7, query.find(filter("gdp", null, null, null, null, "生产总"), ALL).total());
        assertEquals(0, query.find(new IndicatorFilter("gdp", null, null, "level", null, null, null, null, null), ALL).total());
        assertEquals(0, query.find(filter("gdp", null, null, ".*", null, null), ALL).total());

        IndicatorSort.Order byValueDescending = IndicatorSort.parse("-value").orElseThrow();
        List<Double> sorted = values(query.find(GDP, ALL, byValueDescending));
        assertEquals(List.of(7.5, 7.0, 6.8, 6.5, 6.4, 6.0, 6.0), sorted);
        List<IndicatorRow> pages = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            Page<IndicatorRow> answer = query.find(GDP, new PageRequest(page, 2), byValueDescending);
            assertEquals(7, answer.total());
            pages.addAll(answer.items());
        }
        assertEquals(query.find(GDP, ALL, byValueDescending).items(), pages, "pages neither overlap nor skip a row");
        assertEquals(null, query.find(GDP, ALL, IndicatorSort.parse("year").orElseThrow()).items().get(0).year(),
                "a row without a year sorts first ascending");
        assertEquals(List.of(59.0), values(query.find(filter(null, null, 2017, "河北省", null, null), ALL)),
                "without a metric the report documents are read");
    }

    @Test
    void reshapeWritesTheBucketsOfAReportStoredByTheEarlierShapeUnlessItWasReplacedSince() {
        ReportDocument old = report("earlier shape", PINGGU, 2018, "v1", gdp("target", 6.5, 2018));
        collection("reports").insertOne(json.toDocument(old).append("_id", old.id()).append("status", ReportStatus.STORED));
        flips.bump(null); // as any store that has stored reports has: answers are kept from here on
        assertEquals(0, query.find(GDP, ALL).total());

        writer.reshape(old);
        assertEquals(List.of(6.5), values(query.find(GDP, ALL)));
        assertNotNull(collection("reportPassages").find(Filters.eq("_id", old.id() + "/v1")).first());

        ReportDocument replaced = report("earlier shape 2", PINGGU, 2018, "v1", gdp("target", 5, 2018));
        collection("reports").insertOne(json.toDocument(replaced).append("_id", replaced.id()).append("status", ReportStatus.STORED)
                .append("extractorVersion", "v2"));
        writer.reshape(replaced);
        assertEquals(List.of(6.5), values(query.find(GDP, ALL)), "a report no longer at the version read is left alone");
    }

    @Test
    void reindexRewritesPassagesCutByAnEarlierSegmenterUnlessTheReportWasReplacedSince() {
        ReportDocument v1 = report("earlier terms", PINGGU, 2018, "v1", gdp("target", 6.5, 2018));
        writer.store(v1);
        String v1Passages = v1.id() + "/v1";
        List<Document> fresh = SearchIndex.passageList(collection("reportPassages").find(Filters.eq("_id", v1Passages)).first());
        assertFalse(fresh.isEmpty());
        fresh.forEach(p -> assertInstanceOf(String.class, p.get(SearchIndex.TERMS), "a passage's terms are stored as one string"));
        // As an earlier segmenter left it: other terms, in a list not yet packed.
        List<Document> earlier = fresh.stream().map(p -> new Document(p).append(SearchIndex.TERMS, List.of("旧"))).toList();
        collection("reportPassages").updateOne(Filters.eq("_id", v1Passages), Updates.combine(
                Updates.set(SearchIndex.TERMS_VERSION, 1), Updates.set(SearchIndex.PASSAGES, earlier)));
        assertEquals(earlier, SearchIndex.passageList(collection("reportPassages").find(Filters.eq("_id", v1Passages)).first()));

        writer.reindex(v1);
        Document rewritten = collection("reportPassages").find(Filters.eq("_id", v1Passages)).first();
        assertEquals(Segmenter.VERSION, rewritten.getInteger(SearchIndex.TERMS_VERSION));
        assertInstanceOf(Binary.class, rewritten.get(SearchIndex.PASSAGES), "stored packed");
        assertEquals(fresh, SearchIndex.passageList(rewritten));

        writer.store(report("earlier terms", PINGGU, 2018, "v2", gdp("target", 7, 2018)));
        writer.reindex(v1);
        assertEquals(null, collection("reportPassages").find(Filters.eq("_id", v1Passages)).first(),
                "the passages of a replaced version do not come back");
    }

    @Test
    void aReportIsReadWholeFromItsCurrentBodyAndAReportDocumentHoldingItsBodyIsReadAsItIsUntilMoved() {
        ReportDocument v1 = report("bodies", PINGGU, 2018, "v1", gdp("target", 6.5, 2018));
        writer.store(v1);
        Document stored = collection("reports").find(Filters.eq("_id", v1.id())).first();
        assertFalse(stored.containsKey("text") || stored.containsKey("indicators"), "the report document is small");
        assertEquals(v1, queries.document(v1.id()).orElseThrow());
        Document body = collection("reportBodies").find(Filters.eq("_id", v1.id() + "/v1")).first();
        ReportBodies.FIELDS.forEach(field -> assertInstanceOf(Binary.class, body.get(field), field + " is stored packed"));
        // A body written before its fields were packed reads as it is.
        Document plain = new Document("_id", body.get("_id"));
        Document whole = json.toDocument(v1);
        ReportBodies.FIELDS.forEach(field -> plain.append(field, whole.get(field)));
        collection("reportBodies").replaceOne(Filters.eq("_id", body.get("_id")), plain);
        assertEquals(v1, queries.document(v1.id()).orElseThrow());

        ReportDocument v2 = report("bodies", PINGGU, 2018, "v2", gdp("target", 7, 2018));
        writer.store(v2);
        assertEquals(v2, queries.document(v2.id()).orElseThrow());
        assertEquals(List.of(v1.id() + "/v2"), collection("reportBodies").find().map(d -> d.getString("_id")).into(new ArrayList<>()),
                "the replaced version's body is gone");

        ReportDocument inline = report("inline body", JINAN, 2019, "v1", gdp("target", 7.5, 2019));
        collection("reports").insertOne(json.toDocument(inline).append("_id", inline.id()).append("status", ReportStatus.STORED)
                .append(ReportWriter.BUCKETS, List.of()));
        assertEquals(inline, queries.document(inline.id()).orElseThrow());
        writer.moveBody(inline);
        assertFalse(collection("reports").find(Filters.eq("_id", inline.id())).first().containsKey("text"));
        assertEquals(inline, queries.document(inline.id()).orElseThrow());
    }

    @Test
    void aReaderWhoseBodyWasRetiredByAReextractionReadsTheReportAgain() {
        ReportDocument v1 = report("retired body", PINGGU, 2018, "v1", gdp("target", 6.5, 2018));
        writer.store(v1);
        Bson projection = Projections.include("extractorVersion", "indicators");
        List<Document> readBeforeTheFlip = collection("reports").find(Filters.eq("_id", v1.id())).projection(projection)
                .into(new ArrayList<>());
        writer.store(report("retired body", PINGGU, 2018, "v2", gdp("target", 7, 2018)));

        List<Document> complete = bodies.complete(readBeforeTheFlip, projection, List.of("indicators"));
        assertEquals("v2", complete.get(0).getString("extractorVersion"));
        assertEquals(7.0, complete.get(0).getList("indicators", Document.class).get(0).get("value", Number.class).doubleValue());
    }

    private MongoCollection<Document> collection(String name) {
        return mongo.getDatabase("govreport-test").getCollection(name);
    }

    private List<String> bucketsOf(ReportDocument report) {
        return collection("reports").find(Filters.eq("_id", report.id())).first().getList(ReportWriter.BUCKETS, String.class);
    }

    /** The catalogue's counts by kind of every metric that has any. */
    private Map<String, Map<String, Long>> counts() {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        catalogue.metrics().stream().filter(m -> m.count() > 0).forEach(m -> counts.put(m.metric(), m.byKind()));
        return counts;
    }

    private static List<Double> values(Page<IndicatorRow> page) {
        return page.items().stream().map(IndicatorRow::value).toList();
    }

    private static IndicatorFilter filter(String metric, String kind, Integer year, String region, String level, String name) {
        return new IndicatorFilter(metric, name, kind, null, year, null, null, region, level);
    }

    private static ReportDocument report(String seed, Region region, int year, String version, Indicator... indicators) {
        String text = year + "年政府工作报告 " + seed;
        String level = region.district() != null ? "district" : "city";
        Meta meta = new Meta(year + "年" + region.name() + "政府工作报告", region, level, year, null, null, null, null, null);
        return new ReportDocument(ReportIds.of(text), new Source("t.txt", "text/plain", "UTF-8"), version, meta, List.of(),
                List.of(indicators), List.of(), List.of(), text);
    }

    private static Indicator gdp(String kind, double value, Integer year) {
        return new Indicator("地区生产总值", "gdp", kind, "change", value, null, "%", null, null, year, "s1",
                new Evidence(0, 4, "地区生产总值"));
    }

    private static Indicator pm25(double value, int year) {
        return new Indicator("PM2.5年均浓度", "pm25", "actual", "level", value, null, "微克/立方米", null, null, year, "s1",
                new Evidence(0, 4, "PM2.5"));
    }
}
