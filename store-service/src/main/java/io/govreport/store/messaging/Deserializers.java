package io.govreport.store.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.govreport.model.DeadLetter;
import io.govreport.model.RawReport;
import io.govreport.model.ReportDocument;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
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
            super(RawReport.class, withoutRawText(applicationMapper()));
        }
    }

    public static class DeadLetterDeserializer extends ObjectMapperDeserializer<DeadLetter> {
        public DeadLetterDeserializer() {
            super(DeadLetter.class, withoutRawText(applicationMapper()));
        }
    }

    /**
     * A mapper that reads a raw report without its text (null): store-service records a raw report or a dead letter
     * by id, source and times, and the text comes with the extracted document. Jackson then scans past the text
     * instead of decoding it; decoding the texts of {@code reports.raw} was a tenth of store-service's CPU while a
     * re-extraction was published.
     */
    static ObjectMapper withoutRawText(ObjectMapper base) {
        return base.copy().addMixIn(RawReport.class, TextIgnored.class);
    }

    /** The mapper Quarkus configures (as {@link ObjectMapperDeserializer} takes it), or a plain one outside Quarkus. */
    private static ObjectMapper applicationMapper() {
        ArcContainer container = Arc.container();
        return container != null ? container.instance(ObjectMapper.class).get()
                : new ObjectMapper().findAndRegisterModules().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @JsonIgnoreProperties("text")
    private interface TextIgnored {
    }
}
