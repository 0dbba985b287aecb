package io.govreport.stack;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;

/**
 * The stored form of a collection's documents: BSON, as on the wire, behind a tag byte.
 *
 * <p>mongo-java-server's H2 backend opens its data maps with MVStore's default type, which stores a document with Java
 * serialization: in the store's profile that (writing pages, and reading documents back for every update and scan)
 * took over a third of the embedded store's CPU, and it is several times larger than BSON. Values written by that
 * default type (an earlier store file) start with its own tags, all below {@link #BSON}; they are still read, and
 * written back as BSON when their document next changes.
 */
final class BsonDocumentType extends BasicDataType<Document> {
    /** A tag no MVStore {@link ObjectDataType} value starts with (its tags end at 119). */
    static final byte BSON = 127;

    /**
     * Each committing thread's encoding buffer, kept between documents: a fresh one per document grew by doubling to
     * the document's size, a tenth of all the embedded store allocated while storing reports. One that grew past
     * {@link #KEPT_BUFFER} for an outsized document is let go after it.
     */
    private static final ThreadLocal<ByteBuf> BUFFER = ThreadLocal.withInitial(() -> Unpooled.buffer(64 * 1024));
    private static final int KEPT_BUFFER = 4 * 1024 * 1024;

    private final ObjectDataType earlierFormat = new ObjectDataType();
    private final int leafSize;
    /** Running average of the encoded sizes, MVStore's memory estimate for a page (as its default type keeps). */
    private volatile int averageSize = 1024;

    /** @param leafSize the store's page split size: every document is counted at least this large */
    BsonDocumentType(int leafSize) {
        this.leafSize = leafSize;
    }

    /**
     * At least a whole page, so that every document has a leaf page of its own: a commit writes every page changed
     * since the last one whole, and with the smaller documents (indicator buckets, report documents) several to a page,
     * each update encoded its unchanged neighbours again (BENCHMARKS.md, fifteenth session).
     */
    @Override
    public int getMemory(Document document) {
        return Math.max(averageSize, leafSize);
    }

    @Override
    public void write(WriteBuffer out, Document document) {
        ByteBuf bson = BUFFER.get().clear();
        BsonEncoder.encodeDocument(document, bson);
        int size = bson.readableBytes();
        out.put(BSON).put(bson.array(), bson.arrayOffset() + bson.readerIndex(), size);
        averageSize = (int) ((15L * averageSize + size) / 16);
        if (bson.capacity() > KEPT_BUFFER) {
            BUFFER.remove();
        }
    }

    @Override
    public Document read(ByteBuffer in) {
        if (in.get(in.position()) != BSON) {
            return (Document) earlierFormat.read(in);
        }
        in.get();
        // A BSON document starts with its own length (int32, little-endian), so the decoder reads exactly one value.
        ByteBuf bson = Unpooled.wrappedBuffer(in.slice());
        Document document = BsonDecoder.decodeBson(bson);
        in.position(in.position() + bson.readerIndex());
        return document;
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
