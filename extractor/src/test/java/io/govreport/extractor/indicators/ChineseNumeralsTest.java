package io.govreport.extractor.indicators;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ChineseNumeralsTest {

    @Test
    void readsNumeralsWithTheirMultipliers() {
        assertEquals(20, ChineseNumerals.parse("二十"));
        assertEquals(15, ChineseNumerals.parse("十五"));
        assertEquals(2000, ChineseNumerals.parse("两千"));
        assertEquals(123, ChineseNumerals.parse("一百二十三"));
        assertEquals(1005, ChineseNumerals.parse("一千零五"));
        assertEquals(35_000, ChineseNumerals.parse("三万五千"));
        assertEquals(1e11, ChineseNumerals.parse("千亿"));
        assertEquals(1e12, ChineseNumerals.parse("万亿"));
        assertEquals(120_000_000, ChineseNumerals.parse("一亿两千万"));
    }

    @Test
    void digitsInARowAreNotANumber() {
        assertNull(ChineseNumerals.parse("一二三四五"));
        assertNull(ChineseNumerals.parse(""));
    }
}
