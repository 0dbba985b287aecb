package io.govreport.store;

import io.govreport.model.DeadLetter;
import io.govreport.model.Evidence;
import io.govreport.model.Indicator;
import io.govreport.model.Meta;
import io.govreport.model.RawReport;
import io.govreport.model.Region;
import io.govreport.model.ReportDocument;
import io.govreport.model.ReportIds;
import io.govreport.model.Source;
import io.govreport.model.Speaker;

import java.time.Instant;
import java.util.List;

/** Small but complete messages as the other services publish them. */
final class Samples {
    static final Region PINGGU = new Region("北京市平谷区", "北京市", null, "平谷区", "110117");
    static final Region FENGTAI = new Region("北京市丰台区", "北京市", null, "丰台区", "110106");
    static final Region JINAN = new Region("济南市", "山东省", "济南市", null, "370100");

    private Samples() {
    }

    static String text(String seed) {
        return "2018年政府工作报告 " + seed;
    }

    static RawReport raw(String text) {
        return new RawReport(ReportIds.of(text), source(), text, Instant.parse("2026-01-01T00:00:00Z"));
    }

    static DeadLetter deadLetter(String text, String reason) {
        return new DeadLetter(ReportIds.of(text), source(), reason, "v1", Instant.now(), raw(text));
    }

    static ReportDocument document(String text, Region region, String level, int year, String version,
                                   List<Indicator> indicators) {
        Meta meta = new Meta(year + "年" + region.name() + "人民政府工作报告", region, level, year, String.valueOf(year - 1),
                year + "-01-16", "第五届人民代表大会第四次会议", new Speaker("某某", "区长"), null);
        return new ReportDocument(ReportIds.of(text), source(), version, meta, List.of(), indicators, List.of(),
                List.of(), text);
    }

    static Indicator gdpTarget(double value, int year) {
        return new Indicator("地区生产总值", "gdp", "target", "change", value, null, "%", "about", "yoy", year, "s2",
                new Evidence(10, 30, "地区生产总值增长" + value + "%左右"));
    }

    static Indicator pm25(double value, int year) {
        return new Indicator("PM2.5年均浓度", "pm25", "actual", "level", value, null, "微克/立方米", null, null, year, "s1",
                new Evidence(40, 60, "PM2.5年均浓度" + value + "微克/立方米"));
    }

    private static Source source() {
        return new Source("sample.txt", "text/plain", "UTF-8");
    }
}
