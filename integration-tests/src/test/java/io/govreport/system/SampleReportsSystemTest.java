package io.govreport.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.govreport.launcher.GatewayClient;
import io.govreport.launcher.GovreportSystem;
import io.govreport.launcher.Ports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The whole system, through the real broker and the real store: what a user of {@code ./govreport up} sees. */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class SampleReportsSystemTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STORED_WITHIN = Duration.ofMinutes(3);
    /** The gold names GDP by its Chinese name; the API's catalogue key for it is gdp. */
    private static final String GDP_NAME = "地区生产总值";

    @TempDir
    static Path dataDir;
    private static GovreportSystem system;
    private static GatewayClient gateway;

    @BeforeAll
    static void startTheSystem() throws Exception {
        system = GovreportSystem.start(root(), dataDir, Ports.free());
        gateway = system.gateway();
    }

    @AfterAll
    static void stopTheSystem() {
        if (system != null) {
            system.stop();
        }
    }

    @Test
    void theSamplesAreStoredWithTheirMetadataAndGdpTargets() throws Exception {
        Map<String, String> idByFile = new LinkedHashMap<>();
        for (Path sample : samples()) {
            idByFile.put(sample.getFileName().toString(), gateway.submit(Files.readString(sample, StandardCharsets.UTF_8)));
        }
        gateway.awaitStored(idByFile.values(), STORED_WITHIN);

        JsonNode goldMeta = JSON.readTree(shared().resolve("gold/seed-meta.json").toFile());
        List<String> mismatches = new ArrayList<>();
        idByFile.forEach((file, id) -> {
            JsonNode meta = read("/api/v1/reports/" + id).path("meta");
            JsonNode gold = goldMeta.path(file);
            compare(mismatches, file, "region", gold.path("region"), meta.path("region").path("name"));
            compare(mismatches, file, "level", gold.path("level"), meta.path("level"));
            compare(mismatches, file, "year", gold.path("year"), meta.path("year"));
            compare(mismatches, file, "deliveredOn", gold.path("deliveredOn"), meta.path("deliveredOn"));
            compare(mismatches, file, "speaker", gold.path("speaker"), meta.path("speaker").path("name"));
            compare(mismatches, file, "speakerTitle", gold.path("speakerTitle"), meta.path("speaker").path("title"));
            compare(mismatches, file, "meeting", gold.path("meeting"), meta.path("meeting"));
        });
        assertEquals(List.of(), mismatches, "metadata read back through the gateway differs from the gold");

        Map<String, Double> goldTargets = goldGdpTargets();
        assertEquals(idByFile.keySet(), goldTargets.keySet(), "the gold gives every sample's GDP target");
        JsonNode rows = gateway.get("/api/v1/indicators?metric=gdp&kind=target&size=100").path("items");
        idByFile.forEach((file, id) -> {
            List<Double> values = new ArrayList<>();
            rows.forEach(row -> {
                if (id.equals(row.path("reportId").asText())) {
                    values.add(row.path("value").asDouble());
                }
            });
            assertTrue(values.contains(goldTargets.get(file)),
                    file + ": GDP growth target " + goldTargets.get(file) + " expected among " + values);
        });
    }

    @Test
    void aReportSubmittedTwiceIsOneDocument() throws Exception {
        Path sample = samples().get(1);
        // a copy no other test submits, so the count below is this test's alone
        String report = Files.readString(sample, StandardCharsets.UTF_8) + "\n附：系统测试副本 " + UUID.randomUUID() + "\n";
        long before = totalReports();

        String first = gateway.submit(report);
        gateway.awaitStored(List.of(first), STORED_WITHIN);
        String second = gateway.submit(report);
        assertEquals(first, second, "the same text has the same id");
        gateway.awaitStored(List.of(second), STORED_WITHIN);

        // the second copy may still be on its way through extraction: watch the count while it lands
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            assertEquals(before + 1, totalReports(), "one document for a report submitted twice");
            Thread.sleep(500);
        }
        assertEquals(first, read("/api/v1/reports/" + first).path("id").asText());
    }

    private static long totalReports() throws IOException, InterruptedException {
        return gateway.get("/api/v1/reports?page=1&size=1").path("total").asLong();
    }

    private static JsonNode read(String path) {
        try {
            return gateway.get(path);
        } catch (IOException e) {
            throw new AssertionError(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** A gold null means the text does not say, so the API must give null (or leave the field out). */
    private static void compare(List<String> mismatches, String file, String field, JsonNode expected, JsonNode actual) {
        Object want = expected.isNull() || expected.isMissingNode() ? null : expected.asText();
        Object got = actual.isNull() || actual.isMissingNode() ? null : actual.asText();
        if (!Objects.equals(want, got)) {
            mismatches.add(file + " " + field + ": expected " + want + ", got " + got);
        }
    }

    /** Each sample's GDP growth target, from the gold indicator annotations. */
    private static Map<String, Double> goldGdpTargets() throws IOException {
        Map<String, Double> targets = new LinkedHashMap<>();
        for (String line : Files.readAllLines(shared().resolve("gold/seed-cases.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode annotated = JSON.readTree(line);
            for (JsonNode expect : annotated.path("expect")) {
                if (GDP_NAME.equals(expect.path("name").asText()) && "target".equals(expect.path("kind").asText())
                        && "change".equals(expect.path("measure").asText())) {
                    targets.put(annotated.path("file").asText(), expect.path("value").asDouble());
                }
            }
        }
        return targets;
    }

    private static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(root().resolve("samples"))) {
            return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static Path root() {
        return Path.of(System.getProperty("govreport.root"));
    }

    private static Path shared() {
        return Path.of(System.getProperty("govreport.shared"));
    }
}
