package io.govreport.ingest.service;

import io.govreport.ingest.messaging.RawReportPublisher;
import io.govreport.model.RawReport;
import io.govreport.model.ReportIds;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/** Gives a normalized report its id and hands it to the pipeline, counting what was accepted and rejected. */
@ApplicationScoped
public class ReportIntake {
    private final RawReportPublisher publisher;
    private final Clock clock;
    private final Counter accepted;
    private final Counter rejected;

    public ReportIntake(RawReportPublisher publisher, MeterRegistry registry) {
        this.publisher = publisher;
        this.clock = Clock.systemUTC();
        this.accepted = counter(registry, "accepted");
        this.rejected = counter(registry, "rejected");
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("govreport.reports.in")
                .description("Reports submitted to ingest-service, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    /** @return the report's id */
    public String accept(NormalizedReport report) {
        if (report.text().isBlank()) {
            throw ReportRejected.empty();
        }
        String id = ReportIds.of(report.text());
        publisher.publish(new RawReport(id, report.source(), report.text(), clock.instant()));
        accepted.increment();
        return id;
    }

    public void countRejected() {
        rejected.increment();
    }
}
