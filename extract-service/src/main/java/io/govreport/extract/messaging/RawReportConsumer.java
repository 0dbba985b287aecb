package io.govreport.extract.messaging;

import io.govreport.extract.service.ExtractionFailure;
import io.govreport.extract.service.ExtractionMetrics;
import io.govreport.extract.service.ReportExtraction;
import io.govreport.model.DeadLetter;
import io.govreport.model.RawReport;
import io.govreport.model.ReportDocument;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Consumes {@code reports.raw}, publishes each report's document to {@code reports.extracted}, and a report that
 * cannot be extracted to {@code reports.raw.dlq} as a {@link DeadLetter} whose body carries the reason.
 *
 * <p>Delivery: the incoming record is acknowledged only after the broker has acknowledged the outgoing record
 * (document or dead letter), and the {@code throttled} commit strategy commits an offset only when it and every
 * offset before it on the partition are acknowledged. A crash at any point therefore replays the report rather than
 * losing it; a replay publishes the same document under the same key, which store-service's upsert makes harmless.
 * That is also why processing may run unordered on several workers: throttled commits never skip an unfinished record.
 */
@ApplicationScoped
public class RawReportConsumer {
    private static final Logger LOG = Logger.getLogger(RawReportConsumer.class);

    private final ReportExtraction extraction;
    private final ExtractionMetrics metrics;
    private final MutinyEmitter<ReportDocument> extracted;
    private final MutinyEmitter<DeadLetter> deadLetters;
    private final Clock clock = Clock.systemUTC();

    public RawReportConsumer(ReportExtraction extraction, ExtractionMetrics metrics,
                             @Channel("reports-extracted") MutinyEmitter<ReportDocument> extracted,
                             @Channel("reports-dlq") MutinyEmitter<DeadLetter> deadLetters) {
        this.extraction = extraction;
        this.metrics = metrics;
        this.extracted = extracted;
        this.deadLetters = deadLetters;
    }

    /**
     * Runs on the "extraction" worker pool, out of order across partitions and records. SmallRye hands in the next
     * record only while fewer than the pool's size are unfinished, and a record is finished only when the broker has
     * acknowledged its document (or dead letter); so the pool's size is the number of records in flight
     * (application.properties), and {@link ReportExtraction} keeps the extracting itself to one report per core. With
     * a pool of one per core the workers sat idle for each round trip to the broker. A failure to reach the broker
     * nacks the record, and the channel stops (failure-strategy=fail) so nothing after it is committed.
     */
    @Incoming("reports-raw")
    @Blocking(value = "extraction", ordered = false)
    public CompletionStage<Void> consume(Message<RawReport> message) {
        RawReport raw = message.getPayload();
        try {
            CompletionStage<Void> published;
            try {
                published = publishDocument(raw, extraction.extract(raw), message);
            } catch (ExtractionFailure failure) {
                published = deadLetter(raw, failure, message);
            }
            return published.thenCompose(ok -> message.ack()).exceptionallyCompose(message::nack);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return message.nack(e);
        } catch (RuntimeException brokerUnreachable) {
            return message.nack(brokerUnreachable);
        }
    }

    /** A document the broker refuses as too large becomes a dead letter; any other send failure fails the stage. */
    private CompletionStage<Void> publishDocument(RawReport raw, ReportDocument document, Message<RawReport> cause) {
        return Publishing.send(extracted, document.id(), document, cause).thenRun(metrics::extracted).exceptionallyCompose(e ->
                hasCause(e, RecordTooLargeException.class)
                        ? deadLetter(raw, new ExtractionFailure("too_large",
                                "the extracted document is larger than the broker accepts (" + e.getMessage() + ")", e), cause)
                        : CompletableFuture.failedFuture(e));
    }

    private CompletionStage<Void> deadLetter(RawReport raw, ExtractionFailure failure, Message<RawReport> cause) {
        String id = raw != null && raw.id() != null ? raw.id() : keyOf(cause);
        LOG.warnf("report %s goes to the dead-letter topic: %s", id, failure.getMessage());
        DeadLetter letter = new DeadLetter(id, raw == null ? null : raw.source(), failure.getMessage(),
                extraction.extractorVersion(), clock.instant(), raw);
        return Publishing.send(deadLetters, id, letter, cause).thenRun(() -> metrics.failed(failure.kind()));
    }

    /** The record key is the report id even when the value could not be read. */
    private static String keyOf(Message<?> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(meta -> meta.getKey() == null ? null : meta.getKey().toString())
                .orElse(null);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
