package io.govreport.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdKeyTypeTest {
    private final IdKeyType type = new IdKeyType();

    @TempDir
    Path dataDir;

    @Test
    void idsOfEveryKindComeBackAsWrittenAndStringsAsUtf8() {
        for (Object id : List.of("", "r-0001", "gdp|target|2018|河北省|3", "𠀀 supplementary, é", 7, 7L, 2.5, new ObjectId())) {
            WriteBuffer out = new WriteBuffer();
            type.write(out, id);
            ByteBuffer in = out.getBuffer().flip();
            assertEquals(id instanceof String, in.get(0) == IdKeyType.UTF8, String.valueOf(id));
            assertEquals(id, type.read(in), String.valueOf(id));
            assertEquals(0, in.remaining());
        }
    }

    @Test
    void idsAreOrderedAsTheDefaultTypeOrdersThem() {
        ObjectDataType defaultType = new ObjectDataType();
        List<Object> ids = List.of("a", "b", "河北省", "r-1", "r-10", 1, 2L, 3.5, "");
        for (Object a : ids) {
            for (Object b : ids) {
                assertEquals(Integer.signum(defaultType.compare(a, b)), Integer.signum(type.compare(a, b)), a + " vs " + b);
            }
        }
    }

    /** A store file whose keys the default type wrote (an earlier embedded store) reads, and takes new keys in order. */
    @Test
    void aMapWrittenByTheDefaultTypeKeepsItsOrderWithNewKeysBetweenItsOwn() {
        String file = dataDir.resolve("keys.mv").toString();
        Map<String, String> expected = new TreeMap<>();
        MVStore earlier = new MVStore.Builder().fileName(file).pageSplitSize(MongoStore.PAGE_SPLIT_SIZE).open();
        MVMap<Object, Object> written = earlier.openMap("data");
        for (int i = 0; i < 3000; i += 2) {
            written.put(key(i), "earlier " + i);
            expected.put(key(i), "earlier " + i);
        }
        earlier.close();

        for (int pass = 0; pass < 2; pass++) {
            MVStore store = new MVStore.Builder().fileName(file).pageSplitSize(MongoStore.PAGE_SPLIT_SIZE).open();
            MVMap<Object, Object> map = store.openMap("data", new MVMap.Builder<>().keyType(new IdKeyType()));
            expected.forEach((id, value) -> assertEquals(value, map.get(id), id));
            if (pass == 0) {
                for (int i = 1; i < 3000; i += 2) {
                    map.put(key(i), "new " + i);
                    expected.put(key(i), "new " + i);
                }
                map.put(key(0), "rewritten");
                expected.put(key(0), "rewritten");
            }
            assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(map.keySet()));
            assertTrue(map.getRootPage().getTotalCount() > 100 && map.getRootPage().getKeyCount() < map.getRootPage().getTotalCount(),
                    "the keys span many pages");
            store.close();
        }
    }

    private static String key(int i) {
        return String.format("gdp|target|%d|河北省|%d", 2000 + i / 8, i % 8);
    }
}
