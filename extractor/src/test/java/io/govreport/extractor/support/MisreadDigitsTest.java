package io.govreport.extractor.support;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class MisreadDigitsTest {

    @Test
    void readsBackDigitsAScanMisreadInsideANumber() {
        assertEquals("地方财政收入达到103.8亿元", MisreadDigits.repaired("地方财政收入达到1〇3.8亿元"));
        assertEquals("一般预算收入41.6亿元,增长10.6%", MisreadDigits.repaired("一般预算收入4l.6亿元,增长1〇.6%"));
        assertEquals("生产总值达到1821.2亿元,就业1.08万人,收入9230元", MisreadDigits.repaired("生产总值达到l821.2亿元,就业1.〇8万人,收入923〇元"));
        assertEquals("产值1036亿元", MisreadDigits.repaired("产值1O36亿元"));
    }

    @Test
    void leavesLettersAndNumeralsThatAreNoDigits() {
        String text = "推广O2O模式,Al2O3,html5页面,二〇二三年,lO个";
        assertSame(text, MisreadDigits.repaired(text));
    }
}
