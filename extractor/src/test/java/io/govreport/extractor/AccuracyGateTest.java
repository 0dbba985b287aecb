package io.govreport.extractor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.govreport.extractor.eval.GoldSet;
import io.govreport.extractor.eval.Scorer;
import io.govreport.extractor.eval.Scores;
import io.govreport.model.Source;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fails the build when extraction of the sample reports drops below the accuracy issue 3 asks for. */
class AccuracyGateTest {
    private static final Path SHARED = Path.of(System.getProperty("govreport.shared", "../../shared"));
    private static final Path CORPUS = SHARED.resolve("corpus");
    private static final Path EXTRA = Path.of("src/test/resources/gold");
    /**
     * Sentences written in the phrasings of other reports than the samples (national, provincial, city, county; full-width
     * forms, lists, brackets, falls, targets), with what the spec makes of each: a guard on how the rules generalize.
     * Some expectations read the spec where it is silent (翻番, 减少贫困人口); their fields are listed under "soft",
     * which the scorer ignores, and the known misses are why the bar is below the samples'.
     */
    private static final Path PHRASINGS = Path.of("src/test/resources/phrasings");

    private final ObjectMapper json = new ObjectMapper();
    private final Extractor extractor = new Extractor();

    @Test
    void seedMetadataAndHeadings() throws Exception {
        Scores s = score(GoldSet.load(SHARED.resolve("gold"), "seed", json), CORPUS);
        String report = s.report(true);
        assertAll(
                () -> assertTrue(s.meta().value() >= 1.0, "every metadata field right\n" + report),
                () -> assertTrue(s.headings().recall() >= 0.97, "headings recall ≥ 0.97\n" + report),
                () -> assertTrue(s.headings().kindsRight() == s.headings().kinds(), "every part kind right\n" + report));
    }

    @Test
    void seedIndicators() throws Exception {
        assertBar(score(GoldSet.load(SHARED.resolve("gold"), "seed", json), CORPUS), 0.95, 0.95, 1.0);
    }

    @Test
    void extraCases() throws Exception {
        if (!Files.exists(EXTRA.resolve("extra-cases.jsonl"))) {
            return;
        }
        assertBar(score(GoldSet.load(EXTRA, "extra", json), CORPUS), 0.95, 0.95, 1.0);
    }

    @Test
    void otherReportsPhrasings() throws Exception {
        // 266 of 277 figures found, 266 of 277 produced right, 77 of 79 targets
        assertBar(score(GoldSet.load(PHRASINGS, "phrasings", json), PHRASINGS), 0.95, 0.95, 0.97);
    }

    /** A second set written apart from the first and scored before any rule was fitted to it: 268 of 285 then. */
    @Test
    void otherReportsOrdinarySentences() throws Exception {
        // 282 of 285 figures found, 282 of 286 produced right, 71 of 72 targets
        assertBar(score(GoldSet.load(PHRASINGS, "held", json), PHRASINGS), 0.98, 0.97, 0.98);
    }

    /** A third set, written after every rule here and measured as it came: nothing was fitted to it. */
    @Test
    void otherReportsUnseenByTheRules() throws Exception {
        // 259 of 264 figures found and 259 of 264 produced right as it came; 263 and 263 now
        assertWholeSet("third", 0.99, 0.99, 1.0, 0);
    }

    /**
     * A fourth set (8 reports, national to 自治州, with a wrapped line, web-page furniture, 繁體 and full-width text),
     * written after the third set's rules: 355 of 371 figures found and 355 of 368 produced right as it came.
     */
    @Test
    void otherReportsFourthSet() throws Exception {
        // 370 of 371 found and produced right (累计建成5G基站突破10万个 is a level by the sixth set's running totals), 116 of
        // 116 targets; every metadata field and heading
        assertWholeSet("fourth", 0.99, 0.99, 1.0, 1.0);
    }

    /**
     * A fifth set (8 reports, national to 盟, regions none of the sets before has), written after extractor 0.5.0's first
     * rules: 362 of 378 figures found and 362 of 374 produced right, 69 of 72 metadata fields as it came. Two of its
     * headings (1. and 2. under a part) were written glued to the end of the paragraph before, which no rule reads as one.
     */
    @Test
    void otherReportsFifthSet() throws Exception {
        // 376 of 378 found, 376 of 378 produced right, 107 of 107 targets, 72 of 72 metadata fields, 55 of 59 headings
        assertWholeSet("fifth", 0.99, 0.99, 1.0, 0.93);
    }

    /**
     * A sixth set (8 reports of 2004–2016: 十一五 wording, 自治州 to 新区管委会, web pages, ASCII punctuation, Chinese
     * numerals), written after extractor 0.5.0: 642 of 686 figures found and 642 of 690 produced right, 65 of 70
     * metadata fields as it came.
     */
    @Test
    void otherReportsSixthSet() throws Exception {
        // 683 of 686 found, 683 of 687 produced right, 239 of 239 targets, every metadata field and heading
        assertWholeSet("sixth", 0.99, 0.99, 1.0, 1.0);
    }

    /**
     * A seventh set (8 reports of 2017–2026 as PDF converters and OCR leave them: lines wrapped inside numbers, page
     * numbers and running headers, stray spaces, every heading style, appendices), written with the sixth: 461 of 484
     * found and 461 of 487 produced right, 70 of 72 metadata fields, 62 of 68 headings as it came.
     */
    @Test
    void otherReportsSeventhSet() throws Exception {
        // 474 of 484 found, 474 of 485 produced right, 206 of 210 targets, every metadata field and heading
        assertWholeSet("seventh", 0.97, 0.97, 0.98, 1.0);
    }

    /** A set of other reports with their metadata (every field right) and headings (where annotated) as well. */
    private void assertWholeSet(String prefix, double recall, double precision, double targetRecall, double headingRecall)
            throws Exception {
        Scores s = score(GoldSet.load(PHRASINGS, prefix, json), PHRASINGS);
        assertBar(s, recall, precision, targetRecall);
        assertTrue(s.meta().value() >= 1.0, "every metadata field right\n" + s.report(true));
        assertTrue(s.headings() == null || s.headings().recall() >= headingRecall,
                "headings recall ≥ " + headingRecall + "\n" + s.report(true));
    }

    private static void assertBar(Scores s, double recall, double precision, double targetRecall) {
        String report = s.report(true);
        assertAll(
                () -> assertTrue(s.indicators().recall() >= recall, "indicator recall ≥ " + recall + "\n" + report),
                () -> assertTrue(s.indicators().precision() >= precision, "indicator precision ≥ " + precision + "\n" + report),
                () -> assertTrue(s.targets().wanted() == 0 || s.targets().recall() >= targetRecall,
                        "target recall ≥ " + targetRecall + "\n" + report));
    }

    private Scores score(GoldSet gold, Path corpus) throws Exception {
        Map<String, JsonNode> docs = new HashMap<>();
        for (String file : gold.files()) {
            String text = Files.readString(corpus.resolve(file), StandardCharsets.UTF_8);
            docs.put(file, json.valueToTree(extractor.extract(text, new Source(file, "text/plain", "UTF-8"))));
        }
        return new Scorer().score(gold, docs);
    }
}
