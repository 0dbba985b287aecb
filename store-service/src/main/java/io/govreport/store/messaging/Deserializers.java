package io.govreport.store.messaging;

import io.govreport.model.DeadLetter;
import io.govreport.model.RawReport;
import io.govreport.model.ReportDocument;
import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

/** Jackson deserializers for the three consumed topics, named in application.properties. */
public final class Deserializers {
    private Deserializers() {
    }

    public static class ReportDocumentDeserializer extends ObjectMapperDeserializer<ReportDocument> {
        public ReportDocumentDeserializer() {
            super(ReportDocument.class);
        }
    }

    public static class RawReportDeserializer extends ObjectMapperDeserializer<RawReport> {
        public RawReportDeserializer() {
            super(RawReport.class);
        }
    }

    public static class DeadLetterDeserializer extends ObjectMapperDeserializer<DeadLetter> {
        public DeadLetterDeserializer() {
            super(DeadLetter.class);
        }
    }
}
