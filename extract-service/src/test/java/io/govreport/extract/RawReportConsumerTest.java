package io.govreport.extract;

import io.govreport.extractor.Extractor;
import io.govreport.model.DeadLetter;
import io.govreport.model.RawReport;
import io.govreport.model.ReportDocument;
import io.govreport.model.ReportIds;
import io.govreport.model.Source;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class RawReportConsumerTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    @Any
    InMemoryConnector connector;

    private InMemorySink<ReportDocument> extracted;
    private InMemorySink<DeadLetter> deadLetters;

    @BeforeEach
    void clearSinks() {
        extracted = connector.sink("reports-extracted");
        deadLetters = connector.sink("reports-dlq");
        extracted.clear();
        deadLetters.clear();
    }

    @Test
    void extractsASampleAndPublishesTheDocumentKeyedById() throws IOException {
        RawReport raw = sample("000_bb1657dc1677307e.txt");
        AtomicBoolean ackedAfterPublish = new AtomicBoolean();
        connector.source("reports-raw").send(Message.of(raw).withAck(() -> {
            // the raw record may only be committed once its document is on the outgoing topic
            ackedAfterPublish.set(extracted.received().size() == 1);
            return CompletableFuture.completedFuture(null);
        }));

        await().atMost(WAIT).until(() -> extracted.received().size() == 1);
        Message<ReportDocument> message = extracted.received().get(0);
        ReportDocument document = message.getPayload();
        assertThat(document.id(), is(raw.id()));
        assertThat(document.source(), is(raw.source()));
        assertThat(document.extractorVersion(), is(Extractor.VERSION));
        assertThat(document.meta().year(), is(2018));
        assertThat(document.sections(), not(empty()));
        assertThat(message.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getKey(), is(raw.id()));
        await().atMost(WAIT).untilTrue(ackedAfterPublish);
        assertThat(deadLetters.received(), empty());
        given().when().get("/q/metrics").then()
                .body(containsString("govreport_reports_extracted_total"))
                .body(containsString("govreport_extraction_stage_seconds_count{stage=\"indicators\"}"));
    }

    @Test
    void aReportThatCannotBeExtractedBecomesADeadLetterAndTheStreamGoesOn() throws IOException {
        RawReport good = sample("001_c4f1182ef43108cd.txt");
        // a record whose id is not its text's: the document would be stored under an id nobody tracks
        RawReport poison = new RawReport(ReportIds.of("another text"), good.source(), good.text(), Instant.now());
        connector.source("reports-raw").send(poison);
        connector.source("reports-raw").send(good);

        await().atMost(WAIT).until(() -> deadLetters.received().size() == 1 && extracted.received().size() == 1);
        DeadLetter letter = deadLetters.received().get(0).getPayload();
        assertThat(letter.id(), is(poison.id()));
        assertThat(letter.reason(), containsString("not the SHA-256 of its text"));
        assertThat(letter.extractorVersion(), is(Extractor.VERSION));
        assertThat(letter.report(), is(poison));
        assertThat(deadLetters.received().get(0).getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getKey(),
                is(poison.id()));
        assertThat(extracted.received(), hasSize(1));
        assertThat(extracted.received().get(0).getPayload().id(), is(good.id()));
        given().when().get("/q/metrics").then()
                .body(containsString("govreport_reports_failed_total{cause=\"id_mismatch\"}"));
    }

    private static RawReport sample(String name) throws IOException {
        String text = Files.readString(Path.of("..", "samples", name));
        return new RawReport(ReportIds.of(text), new Source(name, "text/plain", "UTF-8"), text, Instant.now());
    }
}
