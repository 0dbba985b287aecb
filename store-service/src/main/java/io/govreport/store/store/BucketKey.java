package io.govreport.store.store;

import io.govreport.model.Indicator;
import io.govreport.model.Meta;
import io.govreport.model.Region;

import java.util.ArrayList;
import java.util.List;

/**
 * Names one group of indicator buckets: the rows of one metric, kind, year and province from every report, whose id is
 * {@link #id()} ({@code metric|kind|year|province}, {@code -} for a missing part: no year, a national report). The
 * group's rows are spread over {@value #SHARDS} documents of {@code indicatorBuckets} by report ({@link #bucketId}), so
 * a bucket holds about a dozen reports at history scale (64,000 reports: ~100 per province and year): the embedded
 * store rewrites a whole document on every update, and one document per group grew with the store until rewriting the
 * buckets was most of the cost of storing a report. The shard is fixed by the report id, so all of a report's versions
 * share a bucket. Stores written before the shards have one document per group under the group id, still read.
 */
record BucketKey(String metric, String kind, Integer year, String province) {
    static final String NONE = "-";
    /** Part of the stored layout: a store's buckets are read under the count they were written with. */
    static final int SHARDS = 8;
    private static final String SEPARATOR = "|";

    /** The bucket of a report's indicator; null when the indicator has no metric (such rows are not bucketed). */
    static BucketKey of(Indicator indicator, Meta meta) {
        if (indicator.metric() == null) {
            return null;
        }
        Region region = meta == null ? null : meta.region();
        return new BucketKey(indicator.metric(), indicator.kind(), indicator.year(), region == null ? null : region.province());
    }

    static BucketKey parse(String id) {
        String[] parts = id.split("\\|", -1);
        return new BucketKey(parts[0], orNull(parts[1]), NONE.equals(parts[2]) ? null : Integer.valueOf(parts[2]),
                orNull(parts[3]));
    }

    /** The group's id, as the directory lists it; also the id of its one bucket in a store written before shards. */
    String id() {
        return metric + SEPARATOR + orNone(kind) + SEPARATOR + yearPart() + SEPARATOR + orNone(province);
    }

    /** The {@code metricBuckets} document that lists this group: the one of its metric and year ({@link BucketDirectory}). */
    String directoryId() {
        return directoryId(metric, yearPart());
    }

    /** The {@code metricBuckets} document that lists a metric's groups of a year, as {@link #yearPart} writes it. */
    static String directoryId(String metric, String yearPart) {
        return metric + SEPARATOR + yearPart;
    }

    /** Whether a {@code metricBuckets} id is one of {@link #directoryId}, not a metric's (metrics hold no separator). */
    static boolean isDirectoryId(String id) {
        return id.contains(SEPARATOR);
    }

    /** The year as the ids write it: {@value #NONE} for none. */
    String yearPart() {
        return year == null ? NONE : String.valueOf(year);
    }

    /** The bucket of this group that holds a report's rows: the shard is the report id's (specified) string hash. */
    String bucketId(String reportId) {
        return shardId(id(), Math.floorMod(reportId.hashCode(), SHARDS));
    }

    /** Every bucket that can hold rows of this group: its shards and the single bucket of the earlier layout. */
    List<String> bucketIds() {
        String group = id();
        List<String> ids = new ArrayList<>(SHARDS + 1);
        ids.add(group);
        for (int shard = 0; shard < SHARDS; shard++) {
            ids.add(shardId(group, shard));
        }
        return ids;
    }

    private static String shardId(String group, int shard) {
        return group + SEPARATOR + shard;
    }

    /** Whether rows of this bucket can pass the filter's kind and year (the parts a bucket id tells). */
    boolean mayHold(IndicatorFilter filter) {
        if (filter.kind() != null && !filter.kind().equals(kind)) {
            return false;
        }
        boolean yearFiltered = filter.year() != null || filter.yearFrom() != null || filter.yearTo() != null;
        if (yearFiltered && year == null) {
            return false;
        }
        return (filter.year() == null || filter.year().equals(year))
                && (filter.yearFrom() == null || year >= filter.yearFrom())
                && (filter.yearTo() == null || year <= filter.yearTo());
    }

    private static String orNone(String part) {
        return part == null ? NONE : part;
    }

    private static String orNull(String part) {
        return NONE.equals(part) ? null : part;
    }
}
