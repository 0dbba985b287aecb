package io.govreport.stack;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * A collection's {@code _id} index, which for a string id is the collection's own data map: that map is keyed by the
 * {@code _id} already, so mongo-java-server's separate index map (id → id) was a second tree to search on every look-up
 * by id and to write again, leaf and inner pages, at the commit after every insert and delete. Ids of other types (a
 * number equals its other numeric types, which the data map's keys do not) keep an index map of their own,
 * {@code others}; no string id equals a value of another type, so the two never overlap.
 *
 * <p>Positions are what mongo-java-server's H2 backend makes them: the document's {@code _id} itself.
 */
final class IdIndex extends AbstractUniqueIndex<Object> {
    static final String ID = "_id";

    private final MVMap<Object, Document> documents;
    private final MVMap<KeyValue, Object> others;

    IdIndex(String name, List<IndexKey> keys, boolean sparse, MVMap<Object, Document> documents,
            MVMap<KeyValue, Object> others) {
        super(name, keys, sparse);
        this.documents = documents;
        this.others = others;
    }

    /** Whether an index on these keys is the {@code _id} index. */
    static boolean isIdIndex(List<IndexKey> keys) {
        return keys.size() == 1 && ID.equals(keys.get(0).getKey());
    }

    /**
     * Puts the ids that are not strings of a data map written before into {@code others}: the data map orders its keys
     * by type first (MVStore's default order, which {@link IdKeyType} keeps), strings in one run between the other
     * types, so only its two ends are read, not its documents.
     */
    void addOtherIds(MongoCollection<Object> collection) {
        addUntilString(documents.keyIterator(null), collection);
        addUntilString(documents.keyIteratorReverse(null), collection);
    }

    private void addUntilString(Iterator<Object> ids, MongoCollection<Object> collection) {
        while (ids.hasNext()) {
            Object id = ids.next();
            if (id instanceof String) {
                return;
            }
            super.add(documents.get(id), id, collection);
        }
    }

    /** A string id is in the index once its document is in the data map, which mongo-java-server writes first. */
    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        if (!(position instanceof String)) {
            super.add(document, position, collection);
        }
    }

    /** The position of a removed document: the data map removes a string id's document itself, after this. */
    @Override
    protected Object removeDocument(KeyValue key) {
        String id = stringId(key);
        return id == null ? others.remove(key) : stored(id);
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        return stringId(key) != null || others.putIfAbsent(key, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Object getPosition(KeyValue key) {
        String id = stringId(key);
        return id == null ? others.get(key) : stored(id);
    }

    private Object stored(String id) {
        return documents.containsKey(id) ? id : null;
    }

    /**
     * Every id, for a pattern on {@code _id}: the data map's keys, whose pages hold the documents too, so such a query
     * reads the whole collection (none of govreport's does).
     */
    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return () -> {
            Stream<Map.Entry<KeyValue, Object>> strings = StreamSupport.stream(
                            Spliterators.spliteratorUnknownSize(documents.keyIterator(null), 0), false)
                    .filter(String.class::isInstance).map(id -> Map.entry(new KeyValue(id), id));
            return Stream.concat(strings, others.entrySet().stream()).iterator();
        };
    }

    @Override
    public long getCount() {
        return documents.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return documents.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    private static String stringId(KeyValue key) {
        return key.size() == 1 && key.get(0) instanceof String id ? id : null;
    }
}
