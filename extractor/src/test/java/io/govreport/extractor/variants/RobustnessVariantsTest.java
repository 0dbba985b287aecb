package io.govreport.extractor.variants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.govreport.extractor.Extractor;
import io.govreport.extractor.eval.GoldSet;
import io.govreport.extractor.eval.Scorer;
import io.govreport.extractor.eval.Scores;
import io.govreport.extractor.input.DecodedReport;
import io.govreport.extractor.input.ReportDecoder;
import io.govreport.model.Source;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each sample rewritten as an unseen source would give it (full-width or ASCII punctuation, a government web page
 * as HTML and as copied text, PDF text, lost heading numerals, Chinese-numeral years) must meet the seed gold as
 * well as the sample itself does (the thresholds of AccuracyGateTest), scored by the project's Scorer.
 */
class RobustnessVariantsTest {
    private static final Path SHARED = Path.of(System.getProperty("govreport.shared", "../../shared"));
    private static final Path EXTRA = Path.of("src/test/resources/gold");

    private final ObjectMapper json = new ObjectMapper();
    private final Extractor extractor = new Extractor();
    private final ReportDecoder decoder = new ReportDecoder();

    @TestFactory
    Stream<DynamicTest> everyVariantMeetsTheSeedGold() throws Exception {
        GoldSet seed = GoldSet.load(SHARED.resolve("gold"), "seed", json);
        return Variants.all().stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> {
            Scores s = score(v, seed);
            String report = v.name() + "\n" + s.report(true);
            assertAll(
                    () -> assertTrue(s.meta().value() >= 1.0, "every metadata field right\n" + report),
                    () -> assertTrue(s.headings().recall() >= 0.97, "headings recall ≥ 0.97\n" + report),
                    () -> assertTrue(s.headings().kindsRight() == s.headings().kinds(), "every part kind right\n" + report),
                    () -> assertIndicators(s, report));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyVariantMeetsTheExtraGold() throws Exception {
        GoldSet extra = GoldSet.load(EXTRA, "extra", json);
        return Variants.all().stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> {
            Scores s = score(v, extra);
            assertIndicators(s, v.name() + "\n" + s.report(true));
        }));
    }

    private Scores score(ReportVariant v, GoldSet gold) throws Exception {
        Scores s = new Scorer().score(v.gold(gold), extract(v, gold));
        System.out.println("variant " + v.name() + ": " + s.report(true));
        return s;
    }

    private static void assertIndicators(Scores s, String report) {
        assertAll(
                () -> assertTrue(s.indicators().recall() >= 0.95, "indicator recall ≥ 0.95\n" + report),
                () -> assertTrue(s.indicators().precision() >= 0.95, "indicator precision ≥ 0.95\n" + report),
                () -> assertTrue(s.targets().wanted() == 0 || s.targets().recall() >= 1.0, "every target found\n" + report));
    }

    private Map<String, JsonNode> extract(ReportVariant v, GoldSet seed) throws Exception {
        Map<String, JsonNode> docs = new HashMap<>();
        for (String file : seed.files()) {
            String sample = Files.readString(SHARED.resolve("corpus").resolve(file), StandardCharsets.UTF_8);
            JsonNode headings = seed.sections() == null ? null : seed.sections().path(file);
            String variant = v.report(sample, file, headings);
            DecodedReport in = decoder.decode(variant.getBytes(StandardCharsets.UTF_8), v.contentType(), file);
            docs.put(file, json.valueToTree(extractor.extract(in.text(), new Source(file, in.contentType(), in.charset()))));
        }
        return docs;
    }
}
