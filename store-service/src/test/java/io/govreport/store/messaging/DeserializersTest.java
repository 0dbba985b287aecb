package io.govreport.store.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.govreport.model.DeadLetter;
import io.govreport.model.RawReport;
import io.govreport.model.Source;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DeserializersTest {
    /** As ingest-service and extract-service write them: Quarkus' mapper writes times as ISO-8601 text. */
    private static final ObjectMapper PUBLISHED = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Source SOURCE = new Source("report.html", "text/html", "GB18030");
    private static final Instant RECEIVED = Instant.parse("2026-01-16T08:30:00Z");

    @Test
    void aRawReportIsReadWithEverythingButItsText() throws Exception {
        RawReport raw = new RawReport("abc123", SOURCE, "2018年政府工作报告\n\"引号\"与\\反斜杠\n" + "正文".repeat(5000), RECEIVED);

        try (var deserializer = new Deserializers.RawReportDeserializer()) {
            RawReport read = deserializer.deserialize("reports.raw", PUBLISHED.writeValueAsBytes(raw));

            assertEquals(new RawReport("abc123", SOURCE, null, RECEIVED), read);
        }
    }

    @Test
    void aDeadLetterIsReadWithItsReasonAndItsReportWithoutText() throws Exception {
        RawReport raw = new RawReport("abc123", SOURCE, "无法抽取的文本", RECEIVED);
        DeadLetter dead = new DeadLetter("abc123", SOURCE, "no_text: the report has no text", "v7", RECEIVED, raw);

        try (var deserializer = new Deserializers.DeadLetterDeserializer()) {
            DeadLetter read = deserializer.deserialize("reports.raw.dlq", PUBLISHED.writeValueAsBytes(dead));

            assertEquals(new DeadLetter("abc123", SOURCE, "no_text: the report has no text", "v7", RECEIVED,
                    new RawReport("abc123", SOURCE, null, RECEIVED)), read);
        }
    }
}
