package io.govreport.ingest.messaging;

import io.govreport.model.RawReport;
import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes accepted reports to {@code reports.raw}, keyed by report id. */
@ApplicationScoped
public class RawReportPublisher {
    private final MutinyEmitter<RawReport> raw;

    public RawReportPublisher(@Channel("reports-raw") MutinyEmitter<RawReport> raw) {
        this.raw = raw;
    }

    /**
     * Returns once the broker has acknowledged the record (acks=all), so a report answered with 202 is never lost;
     * the key keeps every copy of one report on one partition. The request's trace context rides along explicitly,
     * because the Kafka sink may run on another thread than this request.
     */
    public void publish(RawReport report) {
        Message<RawReport> message = Message.of(report)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(report.id()).build())
                .addMetadata(TracingMetadata.withCurrent(Context.current()));
        try {
            raw.sendMessageAndAwait(message);
        } catch (RuntimeException e) {
            throw new PublishFailed(report.id(), e);
        }
    }
}
