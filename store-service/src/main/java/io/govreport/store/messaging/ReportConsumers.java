package io.govreport.store.messaging;

import io.govreport.model.DeadLetter;
import io.govreport.model.RawReport;
import io.govreport.model.ReportDocument;
import io.govreport.store.store.ReportWriter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * The three consumed topics.
 *
 * <p>Delivery: each method takes the payload and blocks on a worker thread (ordered per channel) until MongoDB has
 * acknowledged the write; only when it returns is the message acked. (Storing several extracted reports at once, by
 * the connector's {@code throttled.ordered=key}, stored ~1.6 times faster, but once stalled the channel for good after
 * a broker restart in the reliability tests, so it is not used.) The Kafka connector's {@code throttled} commit
 * strategy (application.properties) then commits an offset only once every record before it in the partition is
 * acked. A crash before the commit redelivers the records, and every write is idempotent by report id, so each
 * report's effect is applied exactly once. A record whose write still fails after the retries is nacked, which fails
 * the channel (health turns DOWN) rather than skipping it.
 */
@ApplicationScoped
public class ReportConsumers {
    private static final Logger LOG = Logger.getLogger(ReportConsumers.class);

    private final ReportWriter writer;
    private final Retrying retrying;
    private final Counter stored;
    private final Counter deadLetters;

    public ReportConsumers(ReportWriter writer, Retrying retrying, MeterRegistry registry) {
        this.writer = writer;
        this.retrying = retrying;
        this.stored = Counter.builder("govreport.reports.stored")
                .description("Extracted reports written to the store (duplicates and replays not counted)").register(registry);
        this.deadLetters = Counter.builder("govreport.store.dead.letters")
                .description("Dead letters consumed, replays included").register(registry);
    }

    @Incoming("extracted")
    @Blocking
    public void onExtracted(ReportDocument report) {
        if (report == null || report.id() == null) {
            LOG.warn("skipping an extracted message that is not a report document");
            return;
        }
        if (retrying.write(report.id(), () -> writer.store(report))) {
            stored.increment();
        }
    }

    @Incoming("raw")
    @Blocking
    public void onRaw(RawReport raw) {
        if (raw == null || raw.id() == null) {
            LOG.warn("skipping a raw message that is not a report");
            return;
        }
        retrying.write(raw.id(), () -> {
            writer.markPending(raw);
            return null;
        });
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
