package io.govreport.extractor.support;

import com.hankcs.hanlp.HanLP;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Simplified} skips HanLP's conversion only where HanLP would change nothing. */
class SimplifiedTest {
    private static final Path SAMPLES = Path.of("../samples");

    @Test
    void everyCharacterConvertsAsHanLPConvertsIt() {
        int skipped = 0;
        for (char c = 1; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            String one = String.valueOf(c);
            assertEquals(HanLP.convertToSimplifiedChinese(one), Simplified.of(one), "U+" + Integer.toHexString(c));
            skipped += Simplified.mayConvert(one) ? 0 : 1;
        }
        assertTrue(skipped > 55_000, "most characters are no sentinel: " + skipped);
    }

    @Test
    void textWithoutKeyCharactersIsReturnedAsItIs() {
        String text = "全年地区生产总值增长6.5%，GDP达到1.2万亿元。";
        assertFalse(Simplified.mayConvert(text));
        assertSame(text, Simplified.of(text));
        assertEquals("经济发展", Simplified.of("經濟發展"));
        assertEquals("经济发展", Simplified.sameLength("經濟發展"));
    }

    @Test
    void samplesLinesAndRandomMixesConvertAsHanLPConvertsThem() throws IOException {
        List<String> lines;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            lines = files.sorted().flatMap(SimplifiedTest::lines).filter(l -> !l.isEmpty()).toList();
        }
        assertTrue(lines.size() > 100, "the samples have lines: " + lines.size());
        // Traditional phrases and characters among simplified text, so that hits of every length are tried.
        String traditional = "經濟發展國內生產總值億萬乾隆麼著於後裡髮臺灣";
        Random random = new Random(7);
        int converted = 0;
        int unconverted = 0;
        for (String line : lines) {
            assertEquals(HanLP.convertToSimplifiedChinese(line), Simplified.of(line));
            unconverted += Simplified.mayConvert(line) ? 0 : 1;
            StringBuilder mixed = new StringBuilder(line);
            for (int k = 0; k < 3; k++) {
                int at = random.nextInt(mixed.length() + 1);
                int from = random.nextInt(traditional.length() - 1);
                mixed.insert(at, traditional, from, from + 1 + random.nextInt(Math.min(4, traditional.length() - from)));
            }
            String text = mixed.toString();
            assertEquals(HanLP.convertToSimplifiedChinese(text), Simplified.of(text));
            converted += text.equals(Simplified.of(text)) ? 0 : 1;
        }
        assertTrue(converted > lines.size() / 2, "the mixed lines were converted: " + converted);
        // what the skip is for: 153 of the samples' 398 lines (paragraphs, most of them long) need no conversion
        assertTrue(unconverted > lines.size() / 4, "sample lines returned as they are: " + unconverted);
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
