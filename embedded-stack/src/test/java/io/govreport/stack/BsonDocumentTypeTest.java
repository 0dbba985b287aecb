package io.govreport.stack;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BsonDocumentTypeTest {

    @Test
    void documentsWrittenOneAfterAnotherReadBackEach() {
        BsonDocumentType type = new BsonDocumentType(MongoStore.PAGE_SPLIT_SIZE);
        // small, larger than the kept buffer, then small again: no bytes of one document may reach the next
        List<Document> documents = List.of(
                new Document("_id", "a").append("n", 1).append("名称", "地区生产总值"),
                new Document("_id", "big").append("text", "经济社会发展".repeat(400_000)).append("list", List.of(1, 2, 3)),
                new Document("_id", "b").append("nested", new Document("x", 2.5).append("y", List.of("甲", "乙"))),
                new Document("_id", "c"));
        WriteBuffer out = new WriteBuffer();
        for (Document document : documents) {
            type.write(out, document);
        }
        ByteBuffer in = out.getBuffer();
        in.flip();
        List<Document> read = new ArrayList<>();
        while (in.hasRemaining()) {
            read.add(type.read(in));
        }
        assertEquals(documents, read);
    }
}
