package io.govreport.reliability;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Small district reports, a few hundred characters each, so hundreds go through the pipeline in seconds. All reports
 * of one batch plan for the same year (no other test uses it), so the year filter counts exactly that batch; each has
 * one GDP growth target and a marker that makes its text, and so its id, unique.
 */
final class SyntheticReports {
    private SyntheticReports() {
    }

    static List<String> batch(int year, int count) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return IntStream.range(0, count).mapToObj(n -> report(year, run + "-" + n)).toList();
    }

    static String report(int year, String marker) {
        return year + "年北京市平谷区人民政府工作报告\n"
                + "——" + year + "年1月10日在北京市平谷区第九届人民代表大会第一次会议上\n"
                + "区长 张三\n"
                + "各位代表：\n"
                + "一、" + (year - 1) + "年工作回顾\n"
                + "全区地区生产总值增长6.5%。本报告编号" + marker + "。\n"
                + "二、" + year + "年工作安排\n"
                + year + "年全区地区生产总值增长7%左右。\n";
    }
}
