package io.govreport.store.store;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The {@code _id} of a report's row in {@code indicators} or {@code passages}: report/version/position. Every write
 * and delete of a report's rows names them by these ids, because {@code _id} is the one index every store serves
 * (the embedded one ignores the others and would scan the whole collection for a filter on {@code reportId}).
 */
final class RowIds {
    private RowIds() {
    }

    static String of(String reportId, String version, int seq) {
        return reportId + "/" + version + "/" + seq;
    }

    /** The ids of the first {@code count} rows of a report's version. */
    static List<String> first(int count, String reportId, String version) {
        return IntStream.range(0, count).mapToObj(seq -> of(reportId, version, seq)).toList();
    }
}
