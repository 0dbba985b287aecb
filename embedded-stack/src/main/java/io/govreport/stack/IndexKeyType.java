package io.govreport.stack;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The key of a unique index's map (an {@code _id} and the like), ordered by its values and stored as a string or BSON.
 *
 * <p>mongo-java-server's H2 backend opens its index maps with MVStore's default type, which cannot order a
 * {@link KeyValue} (it is not {@link Comparable}) other than by Java-serializing both keys on every comparison of a
 * look-up's binary search, and stores it Java-serialized: in the store's profile that was a fifth of the embedded
 * store's CPU, in every write's {@code _id} look-up and every page written. The order only has to be a total one that
 * matches {@link KeyValue#equals} on the normalized values the index holds: the backend looks keys up one by one and
 * never reads an index in order.
 */
final class IndexKeyType extends BasicDataType<KeyValue> {
    /** A key of one string in MVStore's string format, char by char: what an earlier store file holds; still read. */
    private static final byte STRING = 1;
    /** Any other key: its values as the BSON document {"0": v0, "1": v1, ...}. */
    private static final byte BSON = 2;
    /**
     * A key of one string (every {@code _id} govreport writes) as its UTF-8 bytes. MVStore's string format writes char
     * by char, and a commit writes every key of each index page it rewrites: that was 4 % of the embedded store's CPU.
     */
    private static final byte UTF8 = 3;

    private static final ValueComparator ORDER = ValueComparator.ascWithoutListHandling();

    @Override
    public int compare(KeyValue a, KeyValue b) {
        int shared = Math.min(a.size(), b.size());
        for (int i = 0; i < shared; i++) {
            int order = ORDER.compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    @Override
    public int getMemory(KeyValue key) {
        return key.size() == 1 && key.get(0) instanceof String text ? 24 + 2 * text.length() : 128;
    }

    @Override
    public void write(WriteBuffer out, KeyValue key) {
        if (key.size() == 1 && key.get(0) instanceof String text) {
            Utf8.write(out.put(UTF8), text);
            return;
        }
        Document values = new Document();
        for (int i = 0; i < key.size(); i++) {
            values.put(Integer.toString(i), key.get(i));
        }
        ByteBuf bson = Unpooled.buffer(128);
        BsonEncoder.encodeDocument(values, bson);
        out.put(BSON).put(bson.array(), bson.arrayOffset() + bson.readerIndex(), bson.readableBytes());
    }

    @Override
    public KeyValue read(ByteBuffer in) {
        byte format = in.get();
        if (format == UTF8) {
            return new KeyValue(Utf8.read(in));
        }
        if (format == STRING) {
            return new KeyValue(DataUtils.readString(in));
        }
        ByteBuf bson = Unpooled.wrappedBuffer(in.slice());
        Document values = BsonDecoder.decodeBson(bson);
        in.position(in.position() + bson.readerIndex());
        List<Object> key = new ArrayList<>(values.values());
        return new KeyValue(key);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
