package io.govreport.extractor.support;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FiveYearPlansTest {

    @Test
    void plansFrom六五OnAreNamedByTheirLastYears() {
        assertEquals(List.of(1990, 1995), FiveYearPlans.lastYearsNamedIn("“七五”期间的回顾和“八五”期间的奋斗目标"));
        assertEquals(List.of(1985, 2025), FiveYearPlans.lastYearsNamedIn("六五时期,十四五规划"));
    }

    @Test
    void aBareNumeralIsNoPlan() {
        assertEquals(List.of(), FiveYearPlans.lastYearsNamedIn("七五折出售,九五成新"));
    }
}
