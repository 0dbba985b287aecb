package io.govreport.store.messaging;

import io.govreport.model.DeadLetter;
import io.govreport.model.RawReport;
import io.govreport.model.ReportDocument;
import io.govreport.store.store.PreparedReport;
import io.govreport.store.store.ReportWriter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The three consumed topics.
 *
 * <p>Delivery: a message (on the raw channel a batch) is acked only once MongoDB has acknowledged its writes: the raw
 * and dead-letter methods block on a worker thread (ordered per channel) until then, and an extracted report is acked
 * on the {@link OrderedWrites} lane of its report once written: the lanes write several reports at once, each report's
 * messages in the order received. (The connector's own {@code throttled.ordered=key} did the same, but once stalled the
 * channel for good after a broker restart in the reliability tests.) The Kafka connector's {@code throttled}
 * commit strategy (application.properties) then commits an offset only once every record before it in the partition
 * is acked. A crash before the commit redelivers the records, and every write is idempotent by report id, so each
 * report's effect is applied exactly once. A record whose write still fails after the retries is nacked, which fails
 * the channel (health turns DOWN) rather than skipping it.
 */
@ApplicationScoped
public class ReportConsumers {
    private static final Logger LOG = Logger.getLogger(ReportConsumers.class);

    private final ReportWriter writer;
    private final OrderedWrites writes;
    private final Retrying retrying;
    private final Counter stored;
    private final Counter deadLetters;

    public ReportConsumers(ReportWriter writer, OrderedWrites writes, Retrying retrying, MeterRegistry registry) {
        this.writer = writer;
        this.writes = writes;
        this.retrying = retrying;
        this.stored = Counter.builder("govreport.reports.stored")
                .description("Extracted reports written to the store (duplicates and replays not counted)").register(registry);
        this.deadLetters = Counter.builder("govreport.store.dead.letters")
                .description("Dead letters consumed, replays included").register(registry);
    }

    /**
     * Prepares the report here and stores it on its {@link OrderedWrites} lane, which acks the message once it is
     * written (nacks it if the write still fails after the retries): preparing the next report overlaps storing others,
     * and a report's writes keep the order of the channel.
     */
    @Incoming("extracted")
    @Blocking
    public CompletionStage<Void> onExtracted(Message<ReportDocument> message) {
        ReportDocument report = message.getPayload();
        if (report == null || report.id() == null) {
            LOG.warn("skipping an extracted message that is not a report document");
            return message.ack();
        }
        try {
            // A replay is left to store(), which finds it stored and only moves the epoch, without segmenting it.
            PreparedReport prepared = writer.isStoredAtVersion(report) ? null : writer.prepare(report);
            writes.submit(report.id(), () -> {
                try {
                    if (retrying.write(report.id(), () -> prepared == null ? writer.store(report) : writer.store(prepared))) {
                        stored.increment();
                    }
                    message.ack();
                } catch (RuntimeException e) {
                    message.nack(e);
                }
            });
            return CompletableFuture.completedFuture(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return message.nack(e);
        } catch (RuntimeException e) {
            return message.nack(e);
        }
    }

    /**
     * Raw reports come in batches (each poll's records, {@code batch=true} in application.properties), marked pending
     * in one journaled write and acked together once it returns: a raw message costs the store one small upsert, and
     * a disk commit each made the commits most of the embedded store's work while a re-extraction was published.
     */
    @Incoming("raw")
    @Blocking
    public void onRaw(List<RawReport> batch) {
        List<RawReport> raws = batch.stream().filter(raw -> raw != null && raw.id() != null).toList();
        if (raws.size() < batch.size()) {
            LOG.warnf("skipping %d raw messages that are not reports", batch.size() - raws.size());
        }
        if (!raws.isEmpty()) {
            retrying.write(raws.size() + " raw reports from " + raws.get(0).id(), () -> {
                writer.markPending(raws);
                return null;
            });
        }
    }

    @Incoming("dead-letters")
    @Blocking
    public void onDeadLetter(DeadLetter dead) {
        if (dead == null || dead.id() == null) {
            LOG.warn("skipping a dead letter without a report id");
            return;
        }
        retrying.write(dead.id(), () -> {
            writer.markFailed(dead);
            return null;
        });
        deadLetters.increment();
    }
}
