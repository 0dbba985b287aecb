package io.govreport.store.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the model records into BSON documents and back through their JSON form, so the stored shape is exactly
 * the JSON of shared/spec/extraction.md (the same Jackson mapping the Kafka messages use).
 */
@ApplicationScoped
public class BsonJson {
    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final ObjectMapper mapper;
    /** Writes a value as {@code valueToTree} would: never wrapped in a root name. */
    private final ObjectWriter writer;

    public BsonJson(ObjectMapper mapper) {
        this.mapper = mapper;
        this.writer = mapper.writer().without(SerializationFeature.WRAP_ROOT_VALUE);
    }

    /**
     * The document {@code Document.parse} would read from the value's JSON, built from the tokens Jackson writes for it
     * without writing and scanning the text (about four times faster; a report's indicators are converted one by one,
     * and the text route was 11.6 % of store-service's profile samples while it stored reports), nor building
     * Jackson's tree of them first ({@code valueToTree}, which took about as long again as reading it).
     */
    Document toDocument(Object value) {
        try (TokenBuffer tokens = new TokenBuffer(mapper, false)) {
            writer.writeValue(tokens, value);
            try (JsonParser parser = tokens.asParser()) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new IllegalArgumentException(value.getClass().getSimpleName() + " is not a JSON object");
                }
                return document(parser);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The object the parser stands at the start of, read to its end. */
    private static Document document(JsonParser object) throws IOException {
        Document document = new Document();
        while (object.nextToken() == JsonToken.FIELD_NAME) {
            String name = object.currentName();
            object.nextToken();
            document.append(name, bsonValue(object));
        }
        return document;
    }

    private static Object bsonValue(JsonParser value) throws IOException {
        return switch (value.currentToken()) {
            case START_OBJECT -> document(value);
            case START_ARRAY -> {
                List<Object> values = new ArrayList<>();
                while (value.nextToken() != JsonToken.END_ARRAY) {
                    values.add(bsonValue(value));
                }
                yield values;
            }
            case VALUE_STRING -> value.getText();
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            case VALUE_NULL -> null;
            case VALUE_NUMBER_INT -> integer(value);
            // A double as it is; a float or decimal as the text Jackson would write for it, read as a double.
            case VALUE_NUMBER_FLOAT -> value.getNumberType() == JsonParser.NumberType.DOUBLE
                    ? (Object) value.getDoubleValue() : (Object) Double.parseDouble(value.getText());
            default -> throw new IllegalArgumentException("no JSON text for a " + value.currentToken() + " token");
        };
    }

    /** As the JSON text reads: an int32 when it fits, else an int64, else (beyond 64 bits) a double. */
    private static Object integer(JsonParser number) throws IOException {
        if (number.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            BigInteger big = number.getBigIntegerValue();
            if (big.bitLength() >= Long.SIZE) {
                return Double.parseDouble(big.toString());
            }
        }
        long whole = number.getLongValue();
        return whole == (int) whole ? (Object) (int) whole : (Object) whole;
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
