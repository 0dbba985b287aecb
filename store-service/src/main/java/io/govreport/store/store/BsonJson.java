package io.govreport.store.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * Turns the model records into BSON documents and back through their JSON form, so the stored shape is exactly
 * the JSON of shared/spec/extraction.md (the same Jackson mapping the Kafka messages use).
 */
@ApplicationScoped
public class BsonJson {
    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final ObjectMapper mapper;

    public BsonJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    Document toDocument(Object value) {
        try {
            return Document.parse(mapper.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Reads a stored document (minus any BSON-only fields, which the caller projects away) as a record. */
    <T> T fromDocument(Document document, Class<T> type) {
        try {
            return mapper.readValue(document.toJson(RELAXED), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored document does not read as " + type.getSimpleName(), e);
        }
    }
}
