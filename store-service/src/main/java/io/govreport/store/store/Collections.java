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

/**
 * The three collections and their indexes.
 *
 * <ul>
 *   <li>{@code reports}: one document per report id: the whole ReportDocument (so reading one report is one atomic
 *       document read) plus {@code status}, {@code reason}, {@code receivedAt}, {@code storedAt}, {@code failedAt},
 *       {@code updatedAt}, {@code indicatorCount}. Its {@code extractorVersion} is also the <em>current version</em>
 *       of the report's rows in {@code indicators}.</li>
 *   <li>{@code indicators}: one flat row per indicator ({@link IndicatorRows}), tagged with the report id and the
 *       extractor version that produced it, so a query across reports is one filtered scan of one collection.</li>
 *   <li>{@code counters}: {@code {_id: "indicator-flips", epoch}}, bumped whenever a report's current version flips;
 *       readers use it to notice a rewrite that ran during their scan ({@link IndicatorQuery}).</li>
 * </ul>
 *
 * The embedded mongo-java-server ignores non-unique indexes; real MongoDB uses them as listed.
 */
@ApplicationScoped
public class Collections {
    static final String REPORTS = "reports";
    static final String INDICATORS = "indicators";
    static final String COUNTERS = "counters";
    /** The counter document whose {@code epoch} changes with every flip of a report's current row version. */
    static final String FLIPS = "indicator-flips";

    private final MongoDatabase database;

    public Collections(MongoClient client, StoreConfig config) {
        this.database = client.getDatabase(config.database());
    }

    MongoCollection<Document> reports() {
        return database.getCollection(REPORTS);
    }

    MongoCollection<Document> indicators() {
        return database.getCollection(INDICATORS);
    }

    MongoCollection<Document> counters() {
        return database.getCollection(COUNTERS);
    }

    void createIndexes(@Observes StartupEvent startup) {
        // _id (unique by definition) serves: one report, its status, every upsert, the current-version look-ups of
        // IndicatorQuery; on indicators and passages, every row write and delete (RowIds), which is why no unique index
        // on (reportId, version, seq) is kept: nothing reads by it, and the embedded store would maintain it per row.
        // GET /reports: status + report year + level, sorted by year and region code.
        reports().createIndex(Indexes.ascending("status", "meta.year", "meta.level", "meta.region.code"));
        // GET /reports?region=<province name>: the districts of a province.
        reports().createIndex(Indexes.ascending("meta.region.province", "meta.year"));
        // GET /reports?region=<name>.
        reports().createIndex(Indexes.ascending("meta.region.name"));
        // The default row order of GET /indicators.
        indicators().createIndex(Indexes.ascending("reportId", "seq"));
        // GET /indicators?metric=&kind=&year=: the hot filter (every region's GDP target for a year).
        indicators().createIndex(Indexes.ascending("metric", "kind", "year"));
        // GET /indicators?region=<code prefix or province>&metric=: one region's figures over the years.
        indicators().createIndex(Indexes.ascending("region.code", "metric"));
        indicators().createIndex(Indexes.ascending("region.province", "metric"));
    }
}
