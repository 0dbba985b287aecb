package io.govreport.store.store;

import com.mongodb.MongoClientSettings;
import org.bson.BsonBinaryWriter;
import org.bson.BsonSerializationException;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.bson.io.OutputBuffer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class Utf8BsonBufferTest {
    /**
     * ASCII, two-byte, CJK, full-width, a pair of surrogates (𠀀, four bytes), then lone surrogates of either kind (which
     * read back as U+FFFD, whichever buffer wrote them).
     */
    private static final List<String> STRINGS = List.of("", "GDP 6.5%", "é±ß", "国内生产总值增长６．５％左右",
            "𠀀增长𠀀", "\uD840", "a\uDC00b", "\uDC00\uD840", "x\uD840", "长".repeat(2_000));

    @Test
    void writesTheBytesTheDriversOwnBufferWrites() {
        for (String value : STRINGS) {
            assertArrayEquals(written(new BasicOutputBuffer(), value), written(new Utf8BsonBuffer(16), value), value);
        }
    }

    @Test
    void aNameWithANullCharacterIsRefusedAsTheDriverRefusesIt() {
        Utf8BsonBuffer buffer = new Utf8BsonBuffer(16);
        BsonSerializationException thrown = assertThrows(BsonSerializationException.class,
                () -> buffer.writeCString("a\u0000b"));
        assertEquals("BSON cstring 'a\u0000b' is not valid because it contains a null character at index 1",
                thrown.getMessage());
        buffer.writeString("a\u0000b");
        assertEquals(4 + 4, buffer.getPosition());
    }

    @Test
    void aRawDocumentHoldsTheDriversBsonOfItAndReadsBackEqual() {
        Codec<Document> codec = MongoClientSettings.getDefaultCodecRegistry().get(Document.class);
        Document row = new Document("name", "国内生产总值").append("value", 6.5).append("unit", "%")
                .append("text", STRINGS.subList(0, 5)).append("period", new Document("year", 2024).append("span", null))
                .append("seq", 7L).append("target", true);
        BasicOutputBuffer driver = new BasicOutputBuffer();
        try (BsonBinaryWriter writer = new BsonBinaryWriter(driver)) {
            codec.encode(writer, row, EncoderContext.builder().build());
        }
        RawBsonDocument raw = Utf8BsonBuffer.raw(row);
        byte[] bytes = new byte[raw.getByteBuffer().remaining()];
        raw.getByteBuffer().get(bytes);
        assertArrayEquals(driver.toByteArray(), bytes);
        assertEquals(row, raw.decode(codec));
    }

    /** Each string as a BSON string (length, bytes, zero) and as a name (bytes, zero), twice in a row. */
    private static byte[] written(OutputBuffer buffer, String value) {
        for (int i = 0; i < 2; i++) {
            buffer.writeString(value);
            if (value.indexOf(0) < 0) {
                buffer.writeCString(value);
            }
        }
        return buffer.toByteArray();
    }
}
