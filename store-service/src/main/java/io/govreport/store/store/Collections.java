package io.govreport.store.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import io.govreport.store.config.StoreConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;

import java.util.List;

/**
 * The collections and their indexes. Every hot read and every write goes by {@code _id}, the one index the embedded
 * mongo-java-server serves (it ignores the others and scans), and a report costs a few dozen documents, not hundreds.
 *
 * <ul>
 *   <li>{@code reports}: one document per report id: the ReportDocument's {@code id}, {@code source},
 *       {@code extractorVersion} and {@code meta}, plus {@code status}, {@code reason}, {@code receivedAt},
 *       {@code storedAt}, {@code failedAt}, {@code updatedAt}, {@code indicatorCount}, {@code indicatorBuckets} (the
 *       buckets its current version's rows are in) and {@code metricCounts} ({@link MetricCounts}). Its
 *       {@code extractorVersion} is the <em>current version</em> of the report's body, bucket entries and passages.</li>
 *   <li>{@code reportBodies}: one document per report version with the rest of the ReportDocument: text, sections,
 *       indicators, glossary, warnings, each {@link Packed} ({@link ReportBodies}).</li>
 *   <li>{@code indicatorBuckets}: the rows that have a metric, grouped by {@link BucketKey}
 *       ({@code metric|kind|year|province}) and spread over the group's shards by report; within a bucket, each
 *       report's rows under its id and version ({@link IndicatorBuckets}).</li>
 *   <li>{@code metricBuckets}: per metric its years, and per metric and year the ids of its bucket groups
 *       ({@link BucketDirectory}).</li>
 *   <li>{@code reportPassages}: one document per report version with its search passages, {@link Packed}
 *       ({@link SearchIndex}).</li>
 *   <li>{@code searchPending}, {@code searchIndexed}, {@code searchSegments}, {@code searchPostings}: the inverted
 *       index over the passage documents ({@link SearchSegments}).</li>
 *   <li>{@code counters}: {@code {_id: "indicator-flips", epoch, generation}}, bumped whenever a report's current
 *       version flips; readers use it to notice a rewrite that ran during their read ({@link BucketReader}) and to
 *       tell whether an answer they kept still holds ({@link FlipEpoch}, {@link KeptAnswers});
 *       {@code {_id: "search-segments"}}, the search index's segments.</li>
 * </ul>
 */
@ApplicationScoped
public class Collections {
    static final String REPORTS = "reports";
    /*
     * Documents per reply, by collection: the embedded store puts all of a query's documents in one reply unless told,
     * and the driver refuses a reply past 48 MB. At 64,000 reports the metric counts of every report came to 52 MB and
     * a metric's buckets of every year to 57 MB; a body is tens of kilobytes.
     */
    static final int REPORT_SCAN_BATCH = 1000;
    static final int BUCKET_READ_BATCH = 200;
    static final int BODY_READ_BATCH = 100;
    static final String BUCKETS = "indicatorBuckets";
    static final String DIRECTORY = "metricBuckets";
    static final String PASSAGES = "reportPassages";
    static final String SEARCH_PENDING = "searchPending";
    static final String SEARCH_INDEXED = "searchIndexed";
    static final String SEARCH_SEGMENTS = "searchSegments";
    static final String SEARCH_POSTINGS = "searchPostings";
    static final String BODIES = "reportBodies";
    static final String COUNTERS = "counters";
    /** The counter document whose {@code epoch} changes with every flip of a report's current version. */
    static final String FLIPS = "indicator-flips";

    private final MongoDatabase database;

    public Collections(MongoClient client, StoreConfig config) {
        this.database = client.getDatabase(config.database());
    }

    MongoCollection<Document> reports() {
        return database.getCollection(REPORTS);
    }

    MongoCollection<Document> buckets() {
        return database.getCollection(BUCKETS);
    }

    MongoCollection<Document> directory() {
        return database.getCollection(DIRECTORY);
    }

    MongoCollection<Document> bodies() {
        return database.getCollection(BODIES);
    }

    MongoCollection<Document> passages() {
        return database.getCollection(PASSAGES);
    }

    MongoCollection<Document> searchPending() {
        return database.getCollection(SEARCH_PENDING);
    }

    MongoCollection<Document> searchIndexed() {
        return database.getCollection(SEARCH_INDEXED);
    }

    MongoCollection<Document> searchSegments() {
        return database.getCollection(SEARCH_SEGMENTS);
    }

    MongoCollection<Document> searchPostings() {
        return database.getCollection(SEARCH_POSTINGS);
    }

    MongoCollection<Document> counters() {
        return database.getCollection(COUNTERS);
    }

    /** Drops those of the named collections that exist (dropping a missing one is an error on the embedded store). */
    void dropIfPresent(List<String> names) {
        for (String name : database.listCollectionNames()) {
            if (names.contains(name)) {
                database.getCollection(name).drop();
            }
        }
    }

    void createIndexes(@Observes StartupEvent startup) {
        // _id (unique by definition) serves: one report, its status, every upsert, the look-ups of reports in flux;
        // every bucket read and write (indicator queries read bucket ids from metricBuckets, then the buckets by _id);
        // every passage document write and delete, every search (postings and segments by _id) and the snippet texts
        // of a search page.
        // GET /reports: status + report year + level, sorted by year and region code.
        reports().createIndex(Indexes.ascending("status", "meta.year", "meta.level", "meta.region.code"));
        // GET /reports?region=<province name>: the districts of a province.
        reports().createIndex(Indexes.ascending("meta.region.province", "meta.year"));
        // GET /reports?region=<name>.
        reports().createIndex(Indexes.ascending("meta.region.name"));
        // searchPending is read whole (a segment's worth at most).
    }
}
