package io.govreport.store.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.Filters;
import io.govreport.model.IndicatorRow;
import io.govreport.model.Page;
import io.govreport.model.ReportStatus;
import io.govreport.store.config.StoreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Indicators across reports. With a metric (the hot query: every region's GDP target for a year) it reads the
 * metric's buckets that can hold matching rows, by {@code _id} ({@link BucketReader}), and filters, sorts and pages in
 * the service: on 64,000 reports one metric, kind and year is a few hundred small bucket documents; the answer is kept
 * until the next flip ({@link KeptAnswers}, bounded by rows: {@code govreport.store.indicator-cache-rows}), and so is
 * each page asked of it as the JSON the read API answers with. Without a metric it reads every stored report's
 * indicators ({@link ReportRows}): a scan, slow on a large store, but each report's rows are one version.
 */
@ApplicationScoped
public class IndicatorQuery {
    private final BucketDirectory directory;
    private final BucketReader buckets;
    private final ReportRows reportRows;
    private final FlipEpoch flips;
    private final KeptAnswers<IndicatorFilter, List<FoundRow>> cache;
    private final KeptAnswers<PageKey, PageJson> pages;
    private final ObjectMapper json;

    private record PageKey(IndicatorFilter filter, PageRequest page, IndicatorSort.Order order) {
    }

    /** A page's JSON, weighed by its rows like the answers it is cut from. */
    private record PageJson(byte[] bytes, int rows) {
    }

    public IndicatorQuery(BucketDirectory directory, BucketReader buckets, ReportRows reportRows, FlipEpoch flips,
                          StoreConfig config, ObjectMapper json) {
        this.directory = directory;
        this.buckets = buckets;
        this.reportRows = reportRows;
        this.flips = flips;
        this.json = json;
        this.cache = new KeptAnswers<>(config.indicatorCacheRows(), List::size);
        this.pages = new KeptAnswers<>(config.indicatorCacheRows(), page -> Math.max(1, page.rows()));
    }

    public Page<IndicatorRow> find(IndicatorFilter filter, PageRequest page) {
        return find(filter, page, IndicatorSort.REPORT_ORDER);
    }

    public Page<IndicatorRow> find(IndicatorFilter filter, PageRequest page, IndicatorSort.Order order) {
        return pageOf(matching(filter), page, order);
    }

    /**
     * One page as JSON. With a metric it is kept until the next flip: asked again, it costs a look-up, with no rows
     * walked, sorted or serialized, and little garbage for the collector to stop the service for.
     */
    public byte[] findJson(IndicatorFilter filter, PageRequest page, IndicatorSort.Order order) {
        if (filter.metric() == null) {
            return serialized(find(filter, page, order)).bytes();
        }
        FlipEpoch.Stamp now = flips.current();
        return pages.answer(new PageKey(filter, page, order), now,
                () -> serialized(pageOf(kept(filter, now), page, order))).bytes();
    }

    /**
     * The page as JSON if it is kept at the epoch's known reading, found without touching the store: a caller on an
     * I/O thread answers with it there, and hands only the rest to a worker ({@link #findJson}).
     */
    public Optional<byte[]> keptJson(IndicatorFilter filter, PageRequest page, IndicatorSort.Order order) {
        if (filter.metric() == null) {
            return Optional.empty();
        }
        return flips.known().map(now -> pages.get(new PageKey(filter, page, order), now)).map(PageJson::bytes);
    }

    private PageJson serialized(Page<IndicatorRow> page) {
        try {
            return new PageJson(json.writeValueAsBytes(page), page.items().size());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an indicator page that Jackson cannot write", e);
        }
    }

    private static Page<IndicatorRow> pageOf(List<FoundRow> rows, PageRequest page, IndicatorSort.Order order) {
        if (order.sort() != null) {
            rows = new ArrayList<>(rows);
            rows.sort(order.comparator());
        }
        List<IndicatorRow> items = new ArrayList<>();
        for (long i = page.skip(); i < rows.size() && items.size() < page.size(); i++) {
            items.add(rows.get((int) i).row());
        }
        return new Page<>(items, page.page(), page.size(), rows.size());
    }

    /** Every matching row, in report order. */
    public List<IndicatorRow> all(IndicatorFilter filter) {
        return matching(filter).stream().map(FoundRow::row).toList();
    }

    /** Every matching row in report order, in a list not to be changed (it may be the cache's). */
    private List<FoundRow> matching(IndicatorFilter filter) {
        if (filter.metric() == null) {
            List<Bson> criteria = new ArrayList<>(List.of(Filters.eq("status", ReportStatus.STORED)));
            if (filter.level() != null) {
                criteria.add(Filters.eq("meta.level", filter.level()));
            }
            if (filter.region() != null) {
                criteria.add(Criteria.region("meta.region", filter.region()));
            }
            return inReportOrder(reportRows.of(Criteria.all(criteria), filter::accepts));
        }
        return kept(filter, flips.current());
    }

    /**
     * The metric's matching rows, kept. {@code now} is read before the directory: a group listed after this reading
     * belongs to a report not yet flipped at it. A read that met a flip is kept at this reading all the same: the
     * epoch has moved past it for good.
     */
    private List<FoundRow> kept(IndicatorFilter filter, FlipEpoch.Stamp now) {
        return cache.answer(filter, now, () -> {
            List<String> ids = bucketIds(filter);
            return ids.isEmpty() ? List.of()
                    : List.copyOf(inReportOrder(buckets.read(Filters.in("_id", ids), filter::accepts, now)));
        });
    }

    private static List<FoundRow> inReportOrder(List<FoundRow> rows) {
        rows.sort(FoundRow.REPORT_ORDER);
        return rows;
    }

    /**
     * The metric's buckets whose kind and year can match; for a region that is a province, only its buckets and
     * those of reports without one (a row of that region has it as province, or is a national report's).
     */
    private List<String> bucketIds(IndicatorFilter filter) {
        List<BucketKey> keys = directory.ids(filter.metric()).stream().map(BucketKey::parse)
                .filter(k -> k.mayHold(filter)).toList();
        String region = filter.region();
        if (region != null && !Criteria.isCode(region) && keys.stream().anyMatch(k -> region.equals(k.province()))) {
            keys = keys.stream().filter(k -> k.province() == null || region.equals(k.province())).toList();
        }
        return keys.stream().flatMap(k -> k.bucketIds().stream()).toList();
    }
}
