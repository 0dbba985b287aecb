package io.govreport.gateway.service;

import io.govreport.model.IndicatorRow;
import io.govreport.model.Region;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Indicator rows as CSV that Excel opens cleanly: the caller writes UTF-8 with a byte-order mark (without it Excel
 * reads Chinese as mojibake), every field quoted, CRLF line ends, and text that Excel would take for a formula
 * (starting with = + - @) prefixed with an apostrophe.
 */
public final class IndicatorsCsv {
    public static final String MEDIA_TYPE = "text/csv";
    public static final char BOM = '\uFEFF';
    private static final List<String> HEADER = List.of("reportId", "region", "regionCode", "level", "reportYear", "name",
            "metric", "kind", "measure", "value", "upper", "unit", "approx", "basis", "year", "section", "evidence");

    private IndicatorsCsv() {
    }

    public static void header(Writer out) throws IOException {
        line(out, HEADER);
    }

    public static void row(Writer out, IndicatorRow r) throws IOException {
        Region region = r.region();
        List<String> fields = new ArrayList<>(HEADER.size());
        fields.add(r.reportId());
        fields.add(text(region == null ? null : region.name()));
        fields.add(region == null ? null : region.code());
        fields.add(r.level());
        fields.add(number(r.reportYear()));
        fields.add(text(r.name()));
        fields.add(r.metric());
        fields.add(r.kind());
        fields.add(r.measure());
        fields.add(number(r.value()));
        fields.add(number(r.upper()));
        fields.add(text(r.unit()));
        fields.add(r.approx());
        fields.add(r.basis());
        fields.add(number(r.year()));
        fields.add(r.section());
        fields.add(text(r.evidence() == null ? null : r.evidence().text()));
        line(out, fields);
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String field = fields.get(i);
            out.write('"');
            out.write(field == null ? "" : field.replace("\"", "\"\""));
            out.write('"');
        }
        out.write("\r\n");
    }

    private static String text(String value) {
        if (value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static String number(Number n) {
        if (n == null) {
            return null;
        }
        double d = n.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
