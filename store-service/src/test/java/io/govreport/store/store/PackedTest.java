package io.govreport.store.store;

import com.mongodb.MongoClientSettings;
import org.bson.ByteBuf;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackedTest {
    private static final String TEXT = "今年经济社会发展的主要预期目标是：国内生产总值增长6.5%左右；居民消费价格涨幅3%左右。\n";

    @Test
    void aValueReadsBackAsItWasWrittenAndSmallerThanItsBson() {
        List<Document> passages = List.of(
                new Document("kind", "section").append("section", "s1").append("start", 0).append("end", 12)
                        .append("terms", "经济 社会 发展"),
                new Document("kind", "sentence").append("section", null).append("start", 12).append("end", 70_000)
                        .append("terms", TEXT.repeat(400)).append("score", 0.5).append("flags", List.of(true, false)));
        Binary packed = Packed.pack(passages);
        assertEquals(passages, Packed.unpack(packed));
        int bson = new RawBsonDocument(new Document("v", passages),
                MongoClientSettings.getDefaultCodecRegistry().get(Document.class)).getByteBuffer().remaining();
        assertTrue(packed.length() * 3 < bson, packed.length() + " bytes packed from " + bson);

        assertEquals(TEXT, Packed.unpack(Packed.pack(TEXT)));
        assertNull(Packed.unpack(Packed.pack(null)));
    }

    @Test
    void aValueStoredBeforePackingReadsAsItIs() {
        List<String> plain = List.of("a", "b");
        assertSame(plain, Packed.unpack(plain));
        assertSame(TEXT, Packed.unpack(TEXT));
        assertNull(Packed.unpack(null));
    }

    @Test
    void aDamagedValueIsAnErrorNotAWrongAnswer() {
        byte[] packed = Packed.pack(TEXT.repeat(50)).getData();
        assertThrows(IllegalStateException.class, () -> Packed.unpack(new Binary(Arrays.copyOf(packed, packed.length / 2))));
        byte[] garbled = packed.clone();
        garbled[0] ^= 0x55;
        assertThrows(IllegalStateException.class, () -> Packed.unpack(new Binary(garbled)));
        // zstd's checksum catches a changed byte inside the frame, which could otherwise decode to other text
        byte[] changed = packed.clone();
        changed[changed.length / 2] ^= 0x01;
        assertThrows(IllegalStateException.class, () -> Packed.unpack(new Binary(changed)));
    }

    @Test
    void aValuePackedWithDeflateBeforeStillReads() {
        List<Document> passages = List.of(new Document("kind", "section").append("terms", "经济 社会 发展"));
        ByteBuf raw = new RawBsonDocument(new Document("v", passages),
                MongoClientSettings.getDefaultCodecRegistry().get(Document.class)).getByteBuffer();
        byte[] bson = new byte[raw.remaining()];
        raw.get(bson);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(bson);
        deflater.finish();
        byte[] zlib = new byte[bson.length + 64];
        int length = deflater.deflate(zlib);
        deflater.end();
        assertTrue(deflater.finished());
        assertEquals(passages, Packed.unpack(new Binary(Arrays.copyOf(zlib, length))));
        assertEquals(0x28, Packed.pack(passages).getData()[0], "new values are zstd frames");
    }
}
