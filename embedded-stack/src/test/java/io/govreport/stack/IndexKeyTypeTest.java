package io.govreport.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.List;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

class IndexKeyTypeTest {
    private final IndexKeyType type = new IndexKeyType();

    @Test
    void stringKeysOfEveryScriptComeBackAsWritten() {
        for (String id : List.of("", "r-0001", "gdp|target|2018|河北省|3", "0000012 0345", "𠀀 supplementary, é")) {
            assertEquals(new KeyValue(id), readBack(type, new KeyValue(id)), id);
        }
    }

    @Test
    void keysOfSeveralValuesComeBackAsWritten() {
        KeyValue key = new KeyValue(List.of("r-1", 7L, 2.5));
        assertEquals(key, readBack(type, key));
    }

    @Test
    void aStringKeyInTheEarlierCharByCharFormatIsStillRead() {
        String id = "gdp|actual|2017|北京市|5";
        WriteBuffer earlier = new WriteBuffer();
        earlier.put((byte) 1).putVarInt(id.length()).putStringData(id, id.length());
        ByteBuffer in = earlier.getBuffer().flip();
        assertEquals(new KeyValue(id), type.read(in));
        assertEquals(0, in.remaining());
    }

    @Test
    void keysWrittenOneAfterAnotherAreReadOneAtATime() {
        WriteBuffer out = new WriteBuffer();
        type.write(out, new KeyValue("河北省"));
        type.write(out, new KeyValue(List.of("a", 1)));
        type.write(out, new KeyValue("r-2"));
        ByteBuffer in = out.getBuffer().flip();
        assertEquals(new KeyValue("河北省"), type.read(in));
        assertEquals(new KeyValue(List.of("a", 1)), type.read(in));
        assertEquals(new KeyValue("r-2"), type.read(in));
        assertEquals(0, in.remaining());
    }

    private static KeyValue readBack(IndexKeyType type, KeyValue key) {
        WriteBuffer out = new WriteBuffer();
        type.write(out, key);
        return type.read(out.getBuffer().flip());
    }
}
