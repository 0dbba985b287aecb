package io.govreport.store.store;

import com.mongodb.MongoClientSettings;
import org.bson.BsonBinaryWriter;
import org.bson.BsonSerializationException;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;

/**
 * A BSON output buffer that writes a string's UTF-8 bytes in one pass into an array of its own and copies them in at
 * once. {@link org.bson.io.OutputBuffer}, and the driver's own buffer for what it sends, write a string that is not
 * ASCII byte by byte, each through a virtual call and a capacity check. For the Chinese text of a report's bodies and
 * passages this takes the BSON encoding before packing from about 1.04 to 0.86 ms per report (in process, 1,000
 * synthetic reports; BENCHMARKS.md, twenty-second session); the bucket entries gain less (0.14 to 0.13 ms). The bytes
 * are the same as the driver's: each code point encoded, a lone surrogate as three bytes, then the terminating zero.
 */
final class Utf8BsonBuffer extends BasicOutputBuffer {
    /** The driver's codec for documents, which encodes here and decodes what was encoded ({@link Packed#unpack}). */
    static final Codec<Document> CODEC = MongoClientSettings.getDefaultCodecRegistry().get(Document.class);
    private static final int INITIAL_SIZE = 16 * 1024;
    /**
     * Each thread's buffer, kept between documents: a fresh one grows by doubling from a kilobyte to the hundreds of
     * kilobytes a packed value takes, and zeroing those arrays was some 40 % of what packing cost store-service.
     */
    private static final ThreadLocal<Utf8BsonBuffer> PER_THREAD = ThreadLocal.withInitial(() -> new Utf8BsonBuffer(INITIAL_SIZE));

    private byte[] encoded = new byte[1024];

    Utf8BsonBuffer(int initialSize) {
        super(initialSize);
    }

    /** The document's BSON in this thread's buffer, from 0 to its position: valid until the thread's next call. */
    static Utf8BsonBuffer encode(Document document) {
        Utf8BsonBuffer buffer = PER_THREAD.get();
        buffer.truncateToPosition(0);
        try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
            CODEC.encode(writer, document, EncoderContext.builder().build());
        }
        return buffer;
    }

    /** The document as raw BSON, which the driver copies into a command as it is instead of encoding it value by value. */
    static RawBsonDocument raw(Document document) {
        return new RawBsonDocument(encode(document).toByteArray());
    }

    @Override
    protected int writeCharacters(String value, boolean checkForNullCharacters) {
        int length = value.length();
        if (encoded.length < length * 3 + 1) {
            encoded = new byte[Math.max(length * 3 + 1, encoded.length * 2)];
        }
        byte[] out = encoded;
        int size = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                if (c == 0 && checkForNullCharacters) {
                    throw new BsonSerializationException(String.format(
                            "BSON cstring '%s' is not valid because it contains a null character at index %d", value, i));
                }
                out[size++] = (byte) c;
            } else if (c < 0x800) {
                out[size++] = (byte) (0xC0 | c >> 6);
                out[size++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, value.charAt(++i));
                out[size++] = (byte) (0xF0 | codePoint >> 18);
                out[size++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                out[size++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                out[size++] = (byte) (0x80 | codePoint & 0x3F);
            } else {
                out[size++] = (byte) (0xE0 | c >> 12);
                out[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[size++] = (byte) (0x80 | c & 0x3F);
            }
        }
        out[size++] = 0;
        writeBytes(out, 0, size);
        return size;
    }
}
