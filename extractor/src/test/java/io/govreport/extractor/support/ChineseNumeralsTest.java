package io.govreport.extractor.support;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ChineseNumeralsTest {

    @Test
    void readsNumeralsWithTheirMultipliers() {
        assertEquals(20, ChineseNumerals.value("二十"));
        assertEquals(15, ChineseNumerals.value("十五"));
        assertEquals(2000, ChineseNumerals.value("两千"));
        assertEquals(123, ChineseNumerals.value("一百二十三"));
        assertEquals(1005, ChineseNumerals.value("一千零五"));
        assertEquals(35_000, ChineseNumerals.value("三万五千"));
        assertEquals(1e11, ChineseNumerals.value("千亿"));
        assertEquals(1e12, ChineseNumerals.value("万亿"));
        assertEquals(120_000_000, ChineseNumerals.value("一亿两千万"));
        assertEquals(112_600_000, ChineseNumerals.value("一万一千二百六十万"), "a second 万 scales the whole");
    }

    @Test
    void digitsInARowAreNotANumber() {
        assertNull(ChineseNumerals.value("一二三四五"));
        assertNull(ChineseNumerals.value(""));
    }

    @Test
    void readsSmallOrdinalsAndYears() {
        assertEquals(12, ChineseNumerals.parse("十二"));
        assertEquals(105, ChineseNumerals.parse("一百零五"));
        assertEquals(7, ChineseNumerals.parse("7"));
        assertEquals(-1, ChineseNumerals.parse("一二"));
        assertEquals(2023, ChineseNumerals.parseYear("二〇二三"));
        assertEquals(2017, ChineseNumerals.parseYear("二○一七"));
        assertEquals(2018, ChineseNumerals.parseYear("２０１８"));
        assertEquals(2018, ChineseNumerals.yearAt("较2018年", 1));
        assertEquals(-1, ChineseNumerals.parseYear("一一二三"), "digits that are no plausible year");
        assertEquals(-1, ChineseNumerals.parseYear("两千零一"));
    }

    @Test
    void marksTheCharactersAFigureMayHold() {
        for (char c : "0９〇两万亿十".toCharArray()) {
            assertEquals(true, ChineseNumerals.mayBeFigure(c), String.valueOf(c));
        }
        for (char c : "年a.%○".toCharArray()) {
            assertEquals(false, ChineseNumerals.mayBeFigure(c), String.valueOf(c));
        }
    }

    @Test
    void readsDecimalsWrittenWithPoint() {
        assertEquals(3.5, ChineseNumerals.decimalValue("三点五"));
        assertEquals(12.0, ChineseNumerals.decimalValue("十二"));
        assertEquals(0.25, ChineseNumerals.decimalValue("零点二五"));
        assertEquals(3.5, ChineseNumerals.decimalValue("3.5"));
        assertNull(ChineseNumerals.decimalValue("三点"));
        assertNull(ChineseNumerals.decimalValue(""));
    }

    @Test
    void scalesADecimalAmountExactly() {
        assertEquals(56000.0, ChineseNumerals.decimalAmount("五点六万"));
        assertEquals(31_240_000_000.0, ChineseNumerals.decimalAmount("三百一十二点四亿"), "not 31239999999.999996");
    }
}
