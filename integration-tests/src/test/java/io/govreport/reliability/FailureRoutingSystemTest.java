package io.govreport.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.govreport.model.ReportIds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A report that cannot be extracted becomes a dead letter with its reason and a {@code failed} status while the stream
 * flows on; dead letters can be retried after a fix, and every report re-extracted, without a reader ever missing one.
 */
@ExtendWith(ReliabilitySystem.class)
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class FailureRoutingSystemTest {
    private static final Duration WITHIN = Duration.ofMinutes(2);

    private static ReliabilitySystem.Running running;
    private static Counts counts;
    private static Admin admin;

    @BeforeAll
    static void connect(ReliabilitySystem.Running system) {
        running = system;
        counts = new Counts(system.gateway());
        admin = new Admin(system.gateway(), system.system().apiKey());
    }

    @Test
    void aPoisonReportIsDeadLetteredWithItsReasonAndTheHundredAfterItAreStored() throws Exception {
        int year = 2091;
        String poisonId = ReportIds.of("poison " + UUID.randomUUID());
        Topics.publish(running.kafka(), "reports.raw", poisonId, "{\"id\": \"" + poisonId + "\", \"text\": ");
        List<String> after = new ReportStream(running.ingestUrl()).submitAll(SyntheticReports.batch(year, 100), 0, () -> { });

        JsonNode failed = counts.awaitStatus(poisonId, "failed", WITHIN);
        assertTrue(failed.path("reason").asText().contains("not a readable raw report"), "a readable reason: " + failed);
        assertEquals(100, counts.awaitReports(year, 100, WITHIN), "the reports after the poison one are stored");
        assertEquals(Set.copyOf(after), counts.reportIds(year));
    }

    @Test
    void aReportWhoseTextWasAlteredOnTheWayFailsWithTheReason() throws Exception {
        String text = SyntheticReports.report(2092, UUID.randomUUID().toString());
        String claimedId = ReportIds.of(text + "(as first sent)");
        Topics.publish(running.kafka(), "reports.raw", claimedId, rawReport(claimedId, text).toString());

        JsonNode failed = counts.awaitStatus(claimedId, "failed", WITHIN);
        assertTrue(failed.path("reason").asText().contains("is not the SHA-256 of its text"), "a readable reason: " + failed);
    }

    @Test
    void deadLettersAreRetriedAfterAFixAndStored() throws Exception {
        // A dead letter as an earlier extractor left it: the report itself is fine for the one running now.
        String text = SyntheticReports.report(2093, UUID.randomUUID().toString());
        String id = ReportIds.of(text);
        ObjectNode letter = Http.JSON.createObjectNode()
                .put("id", id)
                .put("reason", "the extractor failed on this report (IllegalStateException: an old bug)")
                .put("extractorVersion", "0.0.1")
                .put("failedAt", Instant.now().toString());
        letter.set("report", rawReport(id, text));
        Topics.publish(running.kafka(), "reports.raw.dlq", id, letter.toString());
        assertEquals("the extractor failed on this report (IllegalStateException: an old bug)",
                counts.awaitStatus(id, "failed", WITHIN).path("reason").asText());

        JsonNode retried = admin.post("/api/v1/admin/dead-letters/retry");

        assertTrue(retried.path("republished").asInt() >= 1, "the dead letter went back: " + retried);
        counts.awaitStatus(id, "stored", WITHIN);
    }

    /**
     * A report stored by an older extractor version is re-extracted into the running version's document; meanwhile a
     * reader polling the report and its batch's indicator rows always finds it whole: one document, its one target row.
     */
    @Test
    void reextractionRecordsTheNewVersionAndReadersNeverMissAReport() throws Exception {
        int year = 2094;
        List<String> ids = new ReportStream(running.ingestUrl()).submitAll(SyntheticReports.batch(year, 20), 0, () -> { });
        assertEquals(20, counts.awaitReports(year, 20, WITHIN));
        String id = ids.get(0);
        ObjectNode document = (ObjectNode) running.gateway().get("/api/v1/reports/" + id).json();
        String current = document.path("extractorVersion").asText();
        document.put("extractorVersion", "0.0.1-old");
        Topics.publish(running.kafka(), "reports.extracted", id, document.toString());
        awaitVersion(id, "0.0.1-old");

        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicBoolean reading = new AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            while (reading.get()) {
                seen.add("reports=" + counts.reports(year) + " targets=" + counts.gdpTargets(year)
                        + " document=" + running.gateway().get("/api/v1/reports/" + id).status());
            }
        });
        reader.start();
        try {
            JsonNode result = admin.post("/api/v1/admin/reextract");
            assertTrue(result.path("republished").asInt() >= 20, "every report went back: " + result);
            awaitVersion(id, current);
        } finally {
            reading.set(false);
            reader.join();
        }
        assertEquals(Set.of("reports=" + OptionalLong.of(20) + " targets=" + OptionalLong.of(20) + " document=200"), seen,
                "what the reader saw while the report was re-extracted");
    }

    private static void awaitVersion(String id, String version) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        String seen = null;
        while (System.nanoTime() < deadline) {
            seen = running.gateway().get("/api/v1/reports/" + id).json().path("extractorVersion").asText();
            if (version.equals(seen)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("report " + id + " still at extractor version " + seen + ", not " + version);
    }

    private static ObjectNode rawReport(String id, String text) {
        ObjectNode report = Http.JSON.createObjectNode().put("id", id).put("text", text).put("receivedAt", Instant.now().toString());
        report.putObject("source").put("contentType", "text/plain").put("charset", StandardCharsets.UTF_8.name());
        return report;
    }
}
