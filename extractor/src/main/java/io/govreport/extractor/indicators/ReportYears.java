package io.govreport.extractor.indicators;

import io.govreport.model.Meta;

/**
 * The years a report's figures belong to by default: the reviewed year in a review part (the last of a five-year
 * review's, where the part spans no years), the plan year in a plan part, and what 今年/明年/去年 mean given the day it was read
 * out (a report read in December 2022 says 今年 for 2022 and plans for 2023).
 */
final class ReportYears {

    private final Integer reviewYear;
    private final Integer reviewEnd;
    private final Integer planYear;
    private final Integer deliveredYear;
    private final Integer deliveredMonth;
    /** The year before a review of several years starts (2015 of 2016-2020), or null for a review of one year. */
    private final Integer beforeReview;

    ReportYears(Meta meta) {
        this.planYear = meta == null ? null : meta.year();
        String period = meta == null ? null : meta.reviewPeriod();
        this.reviewEnd = period == null || period.length() < 4 ? null : singleYear(period.substring(period.length() - 4));
        // a review of five years whose part names its last year too (“十五”时期和2005年工作回顾) is that year's where
        // its heading does not span the years
        this.reviewYear = reviewEnd;
        this.deliveredYear = meta == null ? null : yearOfDate(meta.deliveredOn());
        this.deliveredMonth = meta == null ? null : monthOfDate(meta.deliveredOn());
        Integer reviewStart = period == null || period.length() < 9 ? null : singleYear(period.substring(0, 4));
        this.beforeReview = reviewStart == null || reviewEnd == null || reviewStart >= reviewEnd ? null : reviewStart - 1;
    }

    private static Integer singleYear(String period) {
        if (period == null || period.length() != 4) {
            return null;
        }
        try {
            return Integer.parseInt(period);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer yearOfDate(String date) {
        return date == null || date.length() < 4 ? null : singleYear(date.substring(0, 4));
    }

    private static Integer monthOfDate(String date) {
        if (date == null || date.length() < 7 || date.charAt(4) != '-') {
            return null;
        }
        try {
            return Integer.parseInt(date.substring(5, 7));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The plan year, where the report was read out in it after a part of it that ends with this month was over (a 2020
     * report read in May: 一季度 is 2020's); else null.
     */
    Integer planYearPartOver(int partEndMonth) {
        return planYear != null && planYear.equals(deliveredYear) && deliveredMonth != null && deliveredMonth > partEndMonth
                ? planYear : null;
    }

    Integer planYear() {
        return planYear;
    }

    /** The last year a review looks back on (2022 of 2018-2022), or null. */
    Integer reviewEnd() {
        return reviewEnd;
    }

    /**
     * Where a review of several years started: the year before its first (2015 of 2016-2020), whose end its figures are
     * measured from (由11.2平方公里扩大到16.8平方公里); null for a review of one year.
     */
    Integer beforeReview() {
        return beforeReview;
    }

    /** The year of a figure with no year of its own, by the kind of the part it stands in. */
    Integer byPart(String partKind) {
        if ("plan".equals(partKind)) {
            return planYear;
        }
        if ("review".equals(partKind)) {
            return reviewYear;
        }
        return null;
    }

    /**
     * The year a relative word names (今年, 明年, 去年), or null where it cannot be told. The day the report
     * was read out decides; without it, reports are taken as read out in the year they plan for, except
     * that 今年 is the year of the part it stands in (a review read out in December says 今年 for the year
     * it reviews), and a plan's 今年 is the year it plans unless its sentence names 明年 too. 全年 is the year of the part:
     * in a five-year review, the last year of it.
     */
    Integer relative(String word, String partKind, boolean nextYearNamed) {
        return switch (word) {
            // a plan read out in December for the year after says 今年 for the year it plans (2026年是开局之年,做好今年工作)
            // unless it says 明年 for that year beside it (今年新设1900家,明年力争新增2000家)
            // 本年度 is the year the part is about: a review's is the year reviewed, though read out in the next
            case "本年" -> "review".equals(partKind) && byPart(partKind) != null ? byPart(partKind)
                    : relative("今年", partKind, nextYearNamed);
            case "今年" -> "plan".equals(partKind) && planYear != null && !nextYearNamed ? planYear
                    : deliveredYear != null ? deliveredYear : byPart(partKind) != null ? byPart(partKind) : planYear;
            case "全年" -> "review".equals(partKind) ? reviewEnd : "plan".equals(partKind) ? planYear : null;
            case "明年" -> deliveredYear != null ? Integer.valueOf(deliveredYear + 1) : planYear;
            case "去年" -> deliveredYear != null ? Integer.valueOf(deliveredYear - 1) : planYear != null ? Integer.valueOf(planYear - 1) : null;
            default -> null;
        };
    }
}
