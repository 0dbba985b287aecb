package io.govreport.extractor.indicators;

import io.govreport.extractor.support.ResourceLines;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class CueTableTest {
    private static final CueTable CUES = new CueTable("indicators/cues.tsv");
    /** Every cue word of the table in a row, then sentences where cues of several categories share first characters. */
    private static final String TEXT = ResourceLines.rows("indicators/cues.tsv").stream().map(row -> row[1].trim())
            .collect(Collectors.joining()) + "过去五年，全市地区生产总值年均增长7.1%。预计全年增长6.5%左右，力争达到7%；"
            + "“十四五”期间确保粮食产量稳定在100万吨以上，预期目标为增长5%。";

    @Test
    void aTableOfSomeCategoriesFindsWhatTheWholeTableFindsForThem() {
        for (String[] prefixes : List.of(new String[] {SentenceFigures.SPANS}, new String[] {SentenceFigures.KINDS},
                new String[] {"scope", "kind.", "filler"}, new String[] {"approx."},
                new String[] {"approx.before.", "level.", "change.", "basis.yoy", "kind.", "filler", "from"})) {
            CueTable only = CUES.only(prefixes);
            for (int k = 0; k < TEXT.length(); k++) {
                assertEquals(CUES.startingAt(TEXT, k, TEXT.length(), prefixes), only.startingAt(TEXT, k, TEXT.length(), prefixes),
                        String.join(",", prefixes) + " at " + k);
                assertEquals(CUES.endingAt(TEXT, 0, k + 1, prefixes), only.endingAt(TEXT, 0, k + 1, prefixes),
                        String.join(",", prefixes) + " ending at " + (k + 1));
            }
        }
    }

    @Test
    void aTableOfSomeCategoriesHoldsNoOther() {
        CueTable kinds = CUES.only(SentenceFigures.KINDS);
        assertNotNull(kinds.startingAt("预计全年", 0, 4, SentenceFigures.KINDS));
        assertNull(kinds.startingAt("过去五年", 0, 4, SentenceFigures.SPANS), "a span cue is not in the kinds' table");
        assertNotNull(CUES.startingAt("过去五年", 0, 4, SentenceFigures.SPANS));
    }
}
