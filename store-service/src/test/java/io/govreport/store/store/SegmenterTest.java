package io.govreport.store.store;

import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.common.Term;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void foldsTheCaseOfEveryScriptAndKeepsOnlyWordsWithALetterOrDigit() {
        // full-width, Greek, Latin with diacritics, dotted capital I (two chars in lower case), CJK extension A, and
        // a character beyond the BMP, which the dictionary cuts into its two surrogates: neither is a word
        assertEquals(List.of("ｇ", "ｄ", "ｐ", "增长", "６", "５", "σ", "α", "σ", "ü", "n", "ï", "code", "i\u0307", "stanbul",
                        "㐀", "㐁", "ａ", "ｂ", "ｃ", "caf", "é", "max2025"),
                segmenter.terms("ＧＤＰ增长６．５％，ΣΑΣ Ünïcode İstanbul——㐀㐁 𠀀 ＡＢｃ，Café和MAX2025年"));
    }

    @Test
    void cutsWhereHanLPsDictionarySegmenterCuts() throws IOException {
        DoubleArrayTrieSegment hanlp = new DoubleArrayTrieSegment();
        hanlp.enableCustomDictionary(false);
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("../samples"))) {
            for (Path file : files.sorted().toList()) {
                texts.addAll(Files.readAllLines(file));
            }
        }
        texts.addAll(List.of("", "GDP增长6.5%，PM2.5浓度下降", "經濟發展 abc123 ４５６", "。。。", "\t x"));
        assertTrue(texts.size() > 100, "the samples have lines: " + texts.size());
        for (String text : texts) {
            List<String> expected = new ArrayList<>();
            for (Term term : hanlp.seg(text)) {
                expected.add(term.offset + ":" + term.word);
            }
            int[] lengths = Segmenter.longestWords(text.toCharArray());
            List<String> cut = new ArrayList<>();
            for (int start = 0; start < lengths.length; start += lengths[start]) {
                cut.add(start + ":" + text.substring(start, start + lengths[start]));
            }
            assertEquals(expected, cut, text);
        }
    }
}
