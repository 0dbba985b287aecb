package io.govreport.store.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.govreport.extractor.Extractor;
import io.govreport.model.Indicator;
import io.govreport.model.ReportDocument;
import io.govreport.model.Source;
import io.govreport.store.EmbeddedMongo;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The stored shape is the JSON's: a document built from Jackson's tree equals the one its JSON text reads as. */
@QuarkusTest
@QuarkusTestResource(EmbeddedMongo.class)
class BsonJsonTest {
    private static final Path SAMPLES = Path.of("../samples");

    @Inject
    BsonJson json;

    @Inject
    ObjectMapper mapper;

    @Test
    void everySampleReportAndIndicatorIsTheDocumentItsJsonTextReadsAs() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            samples = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(samples.isEmpty(), "the project's sample reports in " + SAMPLES.toAbsolutePath());
        Extractor extractor = new Extractor();
        for (Path sample : samples) {
            ReportDocument report = extractor.extract(Files.readString(sample),
                    new Source(sample.getFileName().toString(), "text/plain", "UTF-8"));
            assertEquals(parsed(report), json.toDocument(report), sample.toString());
            for (Indicator indicator : report.indicators()) {
                assertEquals(parsed(indicator), json.toDocument(indicator), sample + ": " + indicator.name());
            }
        }
    }

    /** Each kind of number the model could hold, and the types {@code Document.parse} gives them. */
    record Numbers(int small, long smallLong, long big, double whole, double fraction, float single, BigDecimal decimal,
                   Double none, List<Object> mixed, Map<String, Object> nested) {
    }

    @Test
    void numbersHaveTheTypesTheirTextReadsAs() throws Exception {
        Numbers numbers = new Numbers(6, 7L, 5_000_000_000L, 6.0, 6.5, 0.1f, new BigDecimal("6.50"), null,
                List.of(1, 2.5, "三", true), Map.of("year", 2018L, "value", 0.3f));
        Document converted = json.toDocument(numbers);
        assertEquals(parsed(numbers), converted);
        assertEquals(Integer.class, converted.get("smallLong").getClass(), "a long that fits is an int32, as read from text");
        assertEquals(0.1, converted.getDouble("single"), "a float as its text, not as its binary value widened");
    }

    private Document parsed(Object value) throws Exception {
        return Document.parse(mapper.writeValueAsString(value));
    }
}
