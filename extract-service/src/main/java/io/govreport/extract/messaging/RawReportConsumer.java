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
     * Extraction is CPU-bound, so it runs on the bounded "extraction" worker pool (one thread per core, see
     * application.properties), out of order across partitions and records; a failure to reach the broker nacks the
     * record, and the channel stops (failure-strategy=fail) so nothing after it is committed.
     */
    @Incoming("reports-raw")
    @Blocking(value = "extraction", ordered = false)
    public CompletionStage<Void> consume(Message<RawReport> message) {
        RawReport raw = message.getPayload();
        try {
            try {
                publishDocument(extraction.extract(raw), message);
                metrics.extracted();
            } catch (ExtractionFailure failure) {
                deadLetter(raw, keyOf(message), failure, message);
            }
            return message.ack();
        } catch (RuntimeException brokerUnreachable) {
            return message.nack(brokerUnreachable);
        }
    }

    private void publishDocument(ReportDocument document, Message<RawReport> cause) {
        try {
            Publishing.sendAndAwait(extracted, document.id(), document, cause);
        } catch (RuntimeException e) {
            if (hasCause(e, RecordTooLargeException.class)) {
                throw new ExtractionFailure("too_large",
                        "the extracted document is larger than the broker accepts (" + e.getMessage() + ")", e);
            }
            throw e;
        }
    }

    private void deadLetter(RawReport raw, String key, ExtractionFailure failure, Message<RawReport> cause) {
        String id = raw != null && raw.id() != null ? raw.id() : key;
        LOG.warnf("report %s goes to the dead-letter topic: %s", id, failure.getMessage());
        DeadLetter letter = new DeadLetter(id, raw == null ? null : raw.source(), failure.getMessage(),
                extraction.extractorVersion(), clock.instant(), raw);
        Publishing.sendAndAwait(deadLetters, id, letter, cause);
        metrics.failed(failure.kind());
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
