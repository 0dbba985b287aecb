package io.govreport.extractor.indicators;

import io.govreport.model.Meta;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReportYearsTest {

    private static ReportYears years(int year, String reviewPeriod, String deliveredOn) {
        return new ReportYears(new Meta(null, null, null, year, reviewPeriod, deliveredOn, null, null, null));
    }

    @Test
    void aReportReadOutInDecemberSaysThisYearForTheYearItReviews() {
        ReportYears december = years(2023, "2022", "2022-12-21");
        assertEquals(2022, december.relative("今年", "review", false));
        assertEquals(2023, december.relative("明年", "plan", false));
        assertEquals(2021, december.relative("去年", "review", false));
        assertEquals(2023, december.relative("今年", "plan", false), "its plan's 今年 is the year it plans");
        assertEquals(2022, december.relative("今年", "plan", true), "unless 明年 names that year beside it");
    }

    @Test
    void aReportReadOutInJanuarySaysThisYearForTheYearItPlans() {
        ReportYears january = years(2018, "2017", "2018-01-16");
        assertEquals(2018, january.relative("今年", "plan", false));
        assertEquals(2017, january.relative("去年", "review", false));
    }

    @Test
    void withoutTheDayThisYearIsThePartsYear() {
        ReportYears undated = years(2018, "2017", null);
        assertEquals(2017, undated.relative("今年", "review", false));
        assertEquals(2018, undated.relative("今年", "plan", false));
        assertEquals(2017, undated.relative("去年", "review", false));
    }

    @Test
    void theWholeYearOfAFiveYearReviewIsItsLast() {
        ReportYears fiveYears = years(2022, "2017-2021", "2021-12-15");
        assertEquals(2021, fiveYears.relative("全年", "review", false));
        assertEquals(2022, fiveYears.relative("全年", "plan", false));
    }

    @Test
    void defaultYearsByPart() {
        assertEquals(2017, years(2018, "2017", null).byPart("review"));
        assertEquals(2018, years(2018, "2017", null).byPart("plan"));
        assertEquals(2021, years(2022, "2017-2021", null).byPart("review"),
                "a part of a five-year review that spans no years (“十三五”时期和2021年工作回顾) is the last year's");
        assertNull(years(2022, "2017-2021", null).byPart("other"));
        assertNull(new ReportYears(null).byPart("plan"));
    }
}
