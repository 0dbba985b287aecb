package io.govreport.store.store;

import io.govreport.model.ReportDocument;
import org.bson.Document;

import java.util.List;
import java.util.Map;

/**
 * An extracted report with what storing it writes worked out ({@link ReportWriter#prepare}): the report as a document,
 * its passage document ({@link SearchIndex#passages}) and its indicator rows by bucket group.
 */
public record PreparedReport(ReportDocument report, Document whole, Document passages,
                             Map<BucketKey, List<Document>> bucketRows) {
}
