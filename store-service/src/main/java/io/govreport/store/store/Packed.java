package io.govreport.store.store;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdException;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.types.Binary;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A value stored as one binary value: the BSON of {@code {v: value}}, compressed. What makes a report big (its text,
 * sections and indicators in {@code reportBodies}, its passages with their search terms in {@code reportPassages}:
 * some 190 KB of BSON and ten thousand values per report) is only ever read whole by store-service, never matched
 * inside by a query, so it is stored packed, a third of the size. The embedded store then copies bytes where it
 * encoded and decoded every value of them at each write, page split and page read, and the data directory shrinks
 * (BENCHMARKS.md, eighteenth session). A value that is not packed (a store written before) reads as it is.
 *
 * <p>Compressed with zstd at level 1 (with its checksum), which packed the samples' bodies and passages as small as
 * deflate's fastest level did in about a third of the CPU: deflate was some 1.3 ms of each stored report, in native
 * code a Java profile does not show. A value packed with deflate before (a zlib stream, which can never begin with
 * zstd's magic number) still reads.
 */
final class Packed {
    private static final String VALUE = "v";
    private static final int CHUNK = 16 * 1024;
    private static final int LEVEL = 1;
    /** How every zstd frame begins (0xFD2FB528, little-endian). */
    private static final byte[] ZSTD_MAGIC = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD};
    /** Each thread's compressor, kept between values as its BSON buffer is ({@link Utf8BsonBuffer#encode}). */
    private static final ThreadLocal<ZstdCompressCtx> COMPRESSOR = ThreadLocal.withInitial(
            () -> new ZstdCompressCtx().setLevel(LEVEL).setChecksum(true).setContentSize(true));

    private Packed() {
    }

    /** The value packed. */
    static Binary pack(Object value) {
        Utf8BsonBuffer bson = Utf8BsonBuffer.encode(new Document(VALUE, value));
        int size = bson.getPosition();
        byte[] packed = new byte[(int) Zstd.compressBound(size)];
        int length = COMPRESSOR.get().compressByteArray(packed, 0, packed.length, bson.getInternalBuffer(), 0, size);
        return new Binary(Arrays.copyOf(packed, length));
    }

    /** The value a stored one holds: unpacked when it is packed, else the value itself. */
    static Object unpack(Object stored) {
        if (!(stored instanceof Binary packed)) {
            return stored;
        }
        byte[] data = packed.getData();
        byte[] bson = isZstd(data) ? decompress(data) : inflate(data);
        return new RawBsonDocument(bson).decode(Utf8BsonBuffer.CODEC).get(VALUE);
    }

    private static boolean isZstd(byte[] data) {
        return data.length >= ZSTD_MAGIC.length && Arrays.equals(data, 0, ZSTD_MAGIC.length, ZSTD_MAGIC, 0, ZSTD_MAGIC.length);
    }

    private static byte[] decompress(byte[] data) {
        long size = Zstd.getFrameContentSize(data);
        if (size < 0 || size > Integer.MAX_VALUE) {
            throw new IllegalStateException("a packed value is damaged: its frame gives no size (" + data.length + " bytes)");
        }
        try {
            byte[] bson = Zstd.decompress(data, (int) size);
            if (bson.length != size) {
                throw new IllegalStateException("a packed value is cut short (" + data.length + " bytes)");
            }
            return bson;
        } catch (ZstdException e) {
            throw new IllegalStateException("a packed value does not decompress (" + data.length + " bytes)", e);
        }
    }

    /** A value packed with deflate, as earlier versions packed them. */
    private static byte[] inflate(byte[] data) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 4);
            byte[] chunk = new byte[CHUNK];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("a packed value is cut short (" + data.length + " bytes)");
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalStateException("a packed value does not inflate", e);
        } finally {
            inflater.end();
        }
    }
}
