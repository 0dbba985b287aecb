package io.govreport.stack;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;

/**
 * The key of a collection's data map: a document's {@code _id}, ordered and stored as MVStore's default type does,
 * except that a string is written as its UTF-8 bytes behind a tag of its own.
 *
 * <p>The default type writes a string char by char, and a commit writes every key of each page it rewrites, the inner
 * pages above every changed document included: that was 3 to 4 % of the embedded store's CPU while it stored reports.
 * Keys written by the default type (an earlier store file) start with its own tags, all below {@link #UTF8}; they are
 * still read. The order is the default type's on the decoded keys, so pages of both formats sit in one tree.
 */
final class IdKeyType extends BasicDataType<Object> {
    /** A tag no MVStore {@link ObjectDataType} value starts with (its tags end at 119; {@link BsonDocumentType} has 127). */
    static final byte UTF8 = 126;

    private final ObjectDataType defaultType = new ObjectDataType();

    @Override
    public int compare(Object a, Object b) {
        return defaultType.compare(a, b);
    }

    @Override
    public int getMemory(Object key) {
        return defaultType.getMemory(key);
    }

    @Override
    public void write(WriteBuffer out, Object key) {
        if (key instanceof String text) {
            Utf8.write(out.put(UTF8), text);
        } else {
            defaultType.write(out, key);
        }
    }

    @Override
    public Object read(ByteBuffer in) {
        if (in.get(in.position()) != UTF8) {
            return defaultType.read(in);
        }
        in.get();
        return Utf8.read(in);
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }
}
