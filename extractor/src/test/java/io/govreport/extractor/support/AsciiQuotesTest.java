package io.govreport.extractor.support;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class AsciiQuotesTest {

    @Test
    void pairsAsciiQuotesInOrder() {
        assertEquals("“九五”期间,建成“两品一标”农产品基地12个",
                AsciiQuotes.curled("\"九五\"期间,建成\"两品一标\"农产品基地12个"));
    }

    @Test
    void leavesAnOddMarkAndTextWithoutMarks() {
        assertEquals("“十五”计划 3\"", AsciiQuotes.curled("\"十五\"计划 3\""));
        String plain = "全年地区生产总值增长6.5%";
        assertSame(plain, AsciiQuotes.curled(plain));
    }

    @Test
    void aNameReadsWithTheQuotesItsSourceWrote() {
        assertEquals("\"两品一标\"农产品", AsciiQuotes.asIn("“两品一标”农产品", "认证\"两品一标\"农产品35个"));
        assertEquals("“两品一标”农产品", AsciiQuotes.asIn("“两品一标”农产品", "认证“两品一标”农产品35个"));
        assertEquals("“两品一标”农产品", AsciiQuotes.asIn("“两品一标”农产品", "“两品一标”农产品35个,\"三品\"12个"),
                "where the source mixes both, the curly ones are kept");
    }
}
