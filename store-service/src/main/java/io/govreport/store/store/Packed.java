package io.govreport.store.store;

import com.mongodb.MongoClientSettings;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.Binary;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A value stored as one binary value: the BSON of {@code {v: value}}, deflated. What makes a report big (its text,
 * sections and indicators in {@code reportBodies}, its passages with their search terms in {@code reportPassages}:
 * some 190 KB of BSON and ten thousand values per report) is only ever read whole by store-service, never matched
 * inside by a query, so it is stored packed, a third of the size. The embedded store then copies bytes where it
 * encoded and decoded every value of them at each write, page split and page read, and the data directory shrinks
 * (BENCHMARKS.md, eighteenth session). A value that is not packed (a store written before) reads as it is.
 */
final class Packed {
    private static final String VALUE = "v";
    private static final Codec<Document> CODEC = MongoClientSettings.getDefaultCodecRegistry().get(Document.class);
    private static final int CHUNK = 16 * 1024;
    /**
     * Each thread's BSON buffer and deflater, kept between values: a fresh buffer grows by doubling from a kilobyte to
     * the hundreds of kilobytes a value takes, and zeroing those arrays was some 40 % of what packing cost store-service.
     */
    private static final ThreadLocal<BasicOutputBuffer> BSON = ThreadLocal.withInitial(() -> new BasicOutputBuffer(CHUNK));
    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED));

    private Packed() {
    }

    /** The value packed; fastest deflate, which on reports' BSON is about three times smaller. */
    static Binary pack(Object value) {
        BasicOutputBuffer bson = BSON.get();
        bson.truncateToPosition(0);
        try (BsonBinaryWriter writer = new BsonBinaryWriter(bson)) {
            CODEC.encode(writer, new Document(VALUE, value), EncoderContext.builder().build());
        }
        Deflater deflater = DEFLATER.get();
        deflater.reset();
        ByteArrayOutputStream out = new ByteArrayOutputStream(bson.getPosition() / 2);
        deflater.setInput(bson.getInternalBuffer(), 0, bson.getPosition());
        deflater.finish();
        byte[] chunk = new byte[CHUNK];
        while (!deflater.finished()) {
            out.write(chunk, 0, deflater.deflate(chunk));
        }
        return new Binary(out.toByteArray());
    }

    /** The value a stored one holds: unpacked when it is packed, else the value itself. */
    static Object unpack(Object stored) {
        if (!(stored instanceof Binary packed)) {
            return stored;
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed.getData());
            ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length() * 4);
            byte[] chunk = new byte[CHUNK];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("a packed value is cut short (" + packed.length() + " bytes)");
                }
                out.write(chunk, 0, n);
            }
            return new RawBsonDocument(out.toByteArray()).decode(CODEC).get(VALUE);
        } catch (DataFormatException e) {
            throw new IllegalStateException("a packed value does not inflate", e);
        } finally {
            inflater.end();
        }
    }
}
