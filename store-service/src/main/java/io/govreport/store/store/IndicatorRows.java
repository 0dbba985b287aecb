package io.govreport.store.store;

import io.govreport.model.IndicatorRow;
import io.govreport.model.ReportDocument;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

/** The flat rows of one report's indicators, as stored in the {@code indicators} collection. */
final class IndicatorRows {
    static final String REPORT_ID = "reportId";
    static final String VERSION = "version";
    static final String SEQ = "seq";

    private IndicatorRows() {
    }

    /**
     * One document per indicator: the {@link IndicatorRow} fields plus the extractor version that produced it and
     * its position in the report; {@code _id} is {@link RowIds}, so writing the same rows again is idempotent.
     */
    static List<Document> of(ReportDocument report, BsonJson json) {
        List<Document> rows = new ArrayList<>();
        if (report.indicators() == null) {
            return rows;
        }
        for (int seq = 0; seq < report.indicators().size(); seq++) {
            Document row = json.toDocument(IndicatorRow.of(report.id(), report.meta(), report.indicators().get(seq)));
            row.put("_id", RowIds.of(report.id(), report.extractorVersion(), seq));
            row.put(VERSION, report.extractorVersion());
            row.put(SEQ, seq);
            rows.add(row);
        }
        return rows;
    }
}
