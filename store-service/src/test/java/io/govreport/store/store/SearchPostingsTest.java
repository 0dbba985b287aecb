package io.govreport.store.store;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchPostingsTest {
    private static Document passages(String id, String... passages) {
        List<Document> list = new ArrayList<>();
        for (int i = 0; i < passages.length; i++) {
            list.add(new Document("kind", i == 0 ? Passages.SECTION : Passages.SENTENCE).append(SearchIndex.TERMS, passages[i]));
        }
        return new Document("_id", id).append(SearchIndex.PASSAGES, list);
    }

    @Test
    void entriesComeBackInDocumentAndPassageOrderWithLengthsKindsAndPositions() {
        SearchPostings.Builder builder = new SearchPostings.Builder(word -> true);
        builder.add(passages("a/v1", "大气 污染 防治", "煤 改 气 工程 煤"));
        builder.add(passages("b/v1", ""));
        builder.add(passages("c/v1", "治理", "散煤", "煤 " + "字 ".repeat(200) + "煤"));
        assertEquals(List.of("a/v1", "b/v1", "c/v1"), builder.documents());
        assertEquals(List.of(2, 1, 3), builder.passageCounts());
        Map<String, byte[]> postings = builder.postings();
        assertEquals(Set.of("大气", "污染", "防治", "煤", "改", "气", "工程", "治理", "散煤", "字"), postings.keySet());

        SearchPostings.Cursor coal = new SearchPostings.Cursor(postings.get("煤"));
        assertTrue(coal.next());
        assertEquals(0, coal.document());
        assertEquals(1, coal.passage());
        assertEquals(5, coal.length());
        assertFalse(coal.heading());
        assertEquals(2, coal.count());
        assertEquals(0, coal.position(0));
        assertEquals(4, coal.position(1));
        assertTrue(coal.next());
        assertEquals(2, coal.document());
        assertEquals(2, coal.passage());
        assertEquals(202, coal.length(), "lengths and positions past one varint byte");
        assertTrue(coal.hasPosition(201));
        assertFalse(coal.hasPosition(200));
        SearchPostings.Cursor looseCoal = new SearchPostings.Cursor(postings.get("散煤"));
        assertTrue(looseCoal.next());
        assertTrue(coal.key() > looseCoal.key(), "(document, passage) order: 2/2 after 2/1");
        assertFalse(coal.next());

        SearchPostings.Cursor air = new SearchPostings.Cursor(postings.get("大气"));
        assertTrue(air.next());
        assertTrue(air.heading());
        assertEquals(3, air.length());
    }

    @Test
    void aQueryBuilderKeepsOnlyItsWords() {
        SearchPostings.Builder builder = new SearchPostings.Builder(Set.of("煤", "缺")::contains);
        builder.add(passages("a/v1", "大气 污染", "煤 改 气"));
        assertEquals(Set.of("煤"), builder.postings().keySet());
    }

    @Test
    void remappedListsOfTwoSegmentsMergeInOrderWithoutTheDocumentsLeftOut() {
        SearchPostings.Builder first = new SearchPostings.Builder(word -> true);
        first.add(passages("a/v1", "煤 改 气"));
        first.add(passages("b/v1", "散煤", "煤 " + "字 ".repeat(200) + "煤"));
        SearchPostings.Builder second = new SearchPostings.Builder(word -> true);
        second.add(passages("c/v1", "治理", "煤"));
        SearchPostings.Bytes merged = new SearchPostings.Bytes();
        SearchPostings.appendRemapped(first.postings().get("煤"), new int[]{-1, 0}, merged);
        SearchPostings.appendRemapped(second.postings().get("煤"), new int[]{1}, merged);

        SearchPostings.Cursor coal = new SearchPostings.Cursor(merged.toArray());
        assertTrue(coal.next());
        assertEquals(0, coal.document(), "b, now first: a was left out");
        assertEquals(1, coal.passage());
        assertEquals(202, coal.length());
        assertEquals(2, coal.count());
        assertTrue(coal.hasPosition(201), "positions past one varint byte copied whole");
        assertTrue(coal.next());
        assertEquals(1, coal.document());
        assertEquals(1, coal.passage());
        assertFalse(coal.next());

        SearchPostings.Bytes none = new SearchPostings.Bytes();
        SearchPostings.appendRemapped(first.postings().get("改"), new int[]{-1, 0}, none);
        assertTrue(none.isEmpty());
    }
}
