package io.govreport.store.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import io.govreport.model.Page;
import io.govreport.model.Region;
import io.govreport.model.ReportDocument;
import io.govreport.model.ReportStatus;
import io.govreport.model.ReportSummary;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads of the {@code reports} collection, and of a report's body ({@link ReportBodies}). Each answer comes from
 * single-document reads of one version, so it is never half-written.
 */
@ApplicationScoped
public class ReportQueries {
    /** A report document's share of a ReportDocument; the rest is its body's ({@link ReportBodies}). */
    private static final Bson DOCUMENT = Projections.include(
            Stream.concat(Stream.of("id", "source", "extractorVersion", "meta", "status"), ReportBodies.FIELDS.stream()).toList());
    private static final Bson SUMMARY = Projections.include("meta", "extractorVersion", "indicatorCount", "storedAt");
    // Served by the index (status, meta.year, meta.level, meta.region.code).
    private static final Bson LIST_ORDER = Sorts.orderBy(Sorts.descending("meta.year"), Sorts.ascending("meta.region.code", "_id"));

    /**
     * Summaries of listed pages kept between flips (which alone change what a page lists): at history scale a page
     * costs a count and a sort of every stored report document, seconds on the embedded store.
     */
    private static final int SUMMARIES_KEPT = 20_000;

    private record ListKey(ReportFilter filter, PageRequest page) {
    }

    private final Collections collections;
    private final ReportBodies bodies;
    private final BsonJson json;
    private final FlipEpoch flips;
    private final KeptAnswers<ListKey, Page<ReportSummary>> listed =
            new KeptAnswers<>(SUMMARIES_KEPT, page -> Math.max(1, page.items().size()));

    public ReportQueries(Collections collections, ReportBodies bodies, BsonJson json, FlipEpoch flips) {
        this.collections = collections;
        this.bodies = bodies;
        this.json = json;
        this.flips = flips;
    }

    /** Stored reports matching the filter; a page past the last one is empty. */
    public Page<ReportSummary> list(ReportFilter filter, PageRequest page) {
        return listed.answer(new ListKey(filter, page), flips.current(), () -> read(filter, page));
    }

    private Page<ReportSummary> read(ReportFilter filter, PageRequest page) {
        List<Bson> criteria = new ArrayList<>();
        criteria.add(Filters.eq("status", ReportStatus.STORED));
        if (filter.year() != null) {
            criteria.add(Filters.eq("meta.year", filter.year()));
        }
        if (filter.level() != null) {
            criteria.add(Filters.eq("meta.level", filter.level()));
        }
        if (filter.region() != null) {
            criteria.add(Criteria.region("meta.region", filter.region()));
        }
        Bson query = Criteria.all(criteria);
        long total = collections.reports().countDocuments(query);
        List<ReportSummary> items = new ArrayList<>();
        for (Document d : collections.reports().find(query).projection(SUMMARY).sort(LIST_ORDER)
                .skip((int) Math.min(page.skip(), Integer.MAX_VALUE)).limit(page.size())) {
            items.add(summary(d));
        }
        return new Page<>(List.copyOf(items), page.page(), page.size(), total);
    }

    /** The full document of a stored report. */
    public Optional<ReportDocument> document(String id) {
        // By _id alone: mongo-java-server uses its _id index only for a query on _id alone, and scans for {_id, status}.
        Document d = collections.reports().find(Filters.eq("_id", id)).projection(DOCUMENT).first();
        boolean stored = d != null && ReportStatus.STORED.equals(d.getString("status"));
        List<Document> whole = stored ? bodies.complete(List.of(d), DOCUMENT, ReportBodies.FIELDS) : List.of();
        if (whole.isEmpty()) {
            return Optional.empty();
        }
        Document found = whole.get(0);
        found.remove("_id");
        found.remove("status");
        return Optional.of(json.fromDocument(found, ReportDocument.class));
    }

    public Optional<ReportStatus> status(String id) {
        Document d = collections.reports().find(Filters.eq("_id", id))
                .projection(Projections.include("status", "reason", "updatedAt")).first();
        return Optional.ofNullable(d).map(found -> new ReportStatus(id, found.getString("status"),
                found.getString("reason"), instant(found.getDate("updatedAt"))));
    }

    private ReportSummary summary(Document d) {
        Document meta = d.get("meta", Document.class);
        Document region = meta == null ? null : meta.get("region", Document.class);
        return new ReportSummary(
                d.getString("_id"),
                meta == null ? null : meta.getString("title"),
                region == null ? null : json.fromDocument(region, Region.class),
                meta == null ? null : meta.getString("level"),
                meta == null ? null : meta.getInteger("year"),
                meta == null ? null : meta.getString("deliveredOn"),
                d.getString("extractorVersion"),
                d.getInteger("indicatorCount", 0),
                instant(d.getDate("storedAt")));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
