package io.govreport.store.store;

import io.govreport.model.Indicator;
import io.govreport.model.Meta;
import io.govreport.model.Region;

/**
 * Names one indicator bucket: the rows of one metric, kind, year and province from every report, in one document of
 * {@code indicatorBuckets} whose {@code _id} is {@link #id()} ({@code metric|kind|year|province}, {@code -} for a
 * missing part: no year, a national report). The province keeps a bucket to about a hundred reports at history scale.
 */
record BucketKey(String metric, String kind, Integer year, String province) {
    static final String NONE = "-";
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

    String id() {
        return metric + SEPARATOR + orNone(kind) + SEPARATOR + (year == null ? NONE : year) + SEPARATOR + orNone(province);
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
