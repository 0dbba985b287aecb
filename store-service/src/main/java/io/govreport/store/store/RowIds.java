package io.govreport.store.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;

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

    /**
     * Inserts a report's rows. Rows with these ids exist only when an attempt at the same version crashed before its
     * flip; then they are deleted by id and the rows inserted again. Deleting first every time would cost an index
     * look-up per row for nothing in the usual case.
     */
    static void insert(MongoCollection<Document> collection, List<Document> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try {
            collection.insertMany(rows);
        } catch (MongoBulkWriteException e) {
            boolean leftovers = e.getWriteErrors().stream()
                    .anyMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
            if (!leftovers) {
                throw e;
            }
            collection.deleteMany(Filters.in("_id", rows.stream().map(row -> row.get("_id")).toList()));
            collection.insertMany(rows);
        }
    }
}
