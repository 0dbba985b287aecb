package io.govreport.store.store;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SegmenterTest {
    private final Segmenter segmenter = new Segmenter();

    @Test
    void cutsWordsWithTheirPlaceInTheText() {
        String text = "全面推进“煤改气”工程，地区生产总值增长6.5%左右。";
        List<Segmenter.Word> words = segmenter.words(text);
        assertEquals(List.of("全面", "推进", "煤", "改", "气", "工程", "地区", "生产总值", "增长", "6.5", "左右"),
                words.stream().map(Segmenter.Word::term).toList(), "punctuation and stop words dropped, a number is one word");
        for (Segmenter.Word word : words) {
            assertEquals(word.term(), text.substring(word.start(), word.end()));
        }
    }

    @Test
    void aNumberEndingASentenceLosesItsPointAndScriptAndCaseFold() {
        assertEquals(List.of("2018", "gdp", "pm2.5", "经济", "发展"), segmenter.terms("2018. GDP，PM2.5 經濟發展"));
    }
}
