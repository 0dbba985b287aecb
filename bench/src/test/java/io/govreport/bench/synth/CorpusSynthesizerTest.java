package io.govreport.bench.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusSynthesizerTest {
    private static final Path SAMPLES = Path.of(System.getProperty("govreport.samples", "../samples"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int COUNT = 40;

    private final CorpusSynthesizer synthesizer = new CorpusSynthesizer(SAMPLES);

    @Test
    void theSameSeedWritesTheSameBytes(@TempDir Path first, @TempDir Path second) throws IOException {
        synthesizer.write(COUNT, 42, first);
        synthesizer.write(COUNT, 42, second);
        List<Path> files = files(first);
        assertEquals(COUNT + 3, files.size());
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(second.resolve(first.relativize(f))), f.toString());
        }
    }

    @Test
    void anotherSeedWritesAnotherCorpus() {
        assertNotEquals(synthesizer.report(1, 0).text(), synthesizer.report(2, 0).text());
        assertNotEquals(synthesizer.report(1, 0).text(), synthesizer.report(1, 1).text());
    }

    @Test
    void everyPlantedSentenceAndFigureIsInItsReport(@TempDir Path out) throws IOException {
        synthesizer.write(COUNT, 7, out);
        List<String> cases = Files.readAllLines(out.resolve("gold/synth-cases.jsonl"));
        assertEquals(COUNT * 3, cases.size());
        for (String line : cases) {
            JsonNode c = JSON.readTree(line);
            String text = Files.readString(out.resolve("corpus").resolve(c.get("file").asText()), StandardCharsets.UTF_8);
            String sentence = c.get("sentence").asText();
            assertTrue(text.contains(sentence), sentence);
            assertFalse(c.get("expect").isEmpty());
            for (JsonNode e : c.get("expect")) {
                assertTrue(sentence.contains(e.get("name").asText()), e + " in " + sentence);
            }
        }
    }

    @Test
    void metadataAndHeadingsAreWrittenInTheText(@TempDir Path out) throws IOException {
        synthesizer.write(COUNT, 9, out);
        JsonNode meta = JSON.readTree(out.resolve("gold/synth-meta.json").toFile());
        JsonNode sections = JSON.readTree(out.resolve("gold/synth-sections.json").toFile());
        assertEquals(COUNT, meta.size());
        meta.fields().forEachRemaining(entry -> {
            String text = read(out.resolve("corpus").resolve(entry.getKey()));
            JsonNode m = entry.getValue();
            for (String field : List.of("region", "speaker", "meeting")) {
                assertTrue(text.contains(m.get(field).asText()), field + " of " + entry.getKey());
            }
            assertTrue(text.contains(m.get("speakerTitle").asText() + "  " + m.get("speaker").asText()));
            assertTrue(text.startsWith(m.get("year").asText()) || text.contains(m.get("year").asText() + "年政府工作报告"));
            for (JsonNode heading : sections.get(entry.getKey())) {
                assertTrue(text.contains(")" + heading.get(2).asText() + "\n") || text.contains("、" + heading.get(2).asText() + "\n"),
                        heading.toString());
            }
        });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
