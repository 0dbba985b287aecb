package io.govreport.store.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /**
     * The document {@code Document.parse} would read from the value's JSON, built from Jackson's tree of it without
     * writing and scanning the text: about four times faster (a report's indicators are converted one by one, and the
     * text route was 11.6 % of store-service's profile samples while it stored reports).
     */
    Document toDocument(Object value) {
        JsonNode tree = mapper.valueToTree(value);
        if (!tree.isObject()) {
            throw new IllegalArgumentException(value.getClass().getSimpleName() + " is not a JSON object");
        }
        return document(tree);
    }

    private static Document document(JsonNode object) {
        Document document = new Document();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            document.append(field.getKey(), bsonValue(field.getValue()));
        }
        return document;
    }

    private static Object bsonValue(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> document(node);
            case ARRAY -> {
                List<Object> values = new ArrayList<>(node.size());
                node.forEach(element -> values.add(bsonValue(element)));
                yield values;
            }
            case STRING -> node.textValue();
            case BOOLEAN -> node.booleanValue();
            case NULL, MISSING -> null;
            case NUMBER -> number(node);
            default -> throw new IllegalArgumentException("no JSON text for a " + node.getNodeType() + " value");
        };
    }

    /** As the JSON text reads: an integer as int32 when it fits, else int64; any other number as a double. */
    private static Object number(JsonNode number) {
        if (number.isIntegralNumber() && number.canConvertToLong()) {
            return number.canConvertToInt() ? (Object) number.intValue() : (Object) number.longValue();
        }
        // A double as it is; a float or decimal as the text Jackson would write for it, read as a double.
        return number.isDouble() ? number.doubleValue() : Double.parseDouble(number.asText());
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
