package io.govreport.store.store;

import org.bson.Document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The postings of a set of passage documents: for each word, the passages holding it, as one byte string. An entry is
 * five or more unsigned varints: the passage document's ordinal in the set, the passage's index in the document, its
 * length in words times two plus one for a heading, how often the word occurs, then each occurrence's word position
 * as the gap from the one before. Entries are in (document, passage) order, so the postings of several words are
 * merged in one pass ({@link Cursor}). Positions let search find the query's words in order without the passage text.
 */
final class SearchPostings {
    private SearchPostings() {
    }

    /** Collects postings document by document; each document's ordinal is its place in the order added. */
    static final class Builder {
        private final Map<String, WordPostings> postings = new HashMap<>();
        private final Predicate<String> wanted;
        private final List<String> documents = new ArrayList<>();
        private final List<Integer> passageCounts = new ArrayList<>();
        /** The words of the passage being added, each once, in the order first met. */
        private final List<WordPostings> inPassage = new ArrayList<>();

        /** @param wanted the words to keep postings for (a query needs only its own) */
        Builder(Predicate<String> wanted) {
            this.wanted = wanted;
        }

        /**
         * Adds a document's passages: one map lookup per word occurrence, its positions gathered on the word itself,
         * as building a segment's postings is most of what the segment flush costs.
         */
        void add(Document passageDocument) {
            int ordinal = documents.size();
            List<Document> passages = SearchIndex.passageList(passageDocument);
            for (int p = 0; p < passages.size(); p++) {
                Document passage = passages.get(p);
                List<String> words = SearchIndex.words(passage);
                for (int i = 0; i < words.size(); i++) {
                    WordPostings word = postings.get(words.get(i));
                    if (word == null) {
                        if (!wanted.test(words.get(i))) {
                            continue;
                        }
                        word = new WordPostings();
                        postings.put(words.get(i), word);
                    }
                    if (word.count == 0) {
                        inPassage.add(word);
                    }
                    word.occursAt(i);
                }
                int lengthAndKind = words.size() * 2 + (Passages.SECTION.equals(passage.getString("kind")) ? 1 : 0);
                for (WordPostings word : inPassage) {
                    word.writeEntry(ordinal, p, lengthAndKind);
                }
                inPassage.clear();
            }
            documents.add(passageDocument.getString("_id"));
            passageCounts.add(passages.size());
        }

        /** The ids of the documents added, by ordinal. */
        List<String> documents() {
            return documents;
        }

        /** How many passages each document added holds, by ordinal. */
        List<Integer> passageCounts() {
            return passageCounts;
        }

        Map<String, byte[]> postings() {
            Map<String, byte[]> out = new HashMap<>();
            postings.forEach((word, collected) -> out.put(word, collected.bytes.toArray()));
            return out;
        }
    }

    /**
     * Appends a postings list's entries to {@code out} with each document ordinal {@code d} written as
     * {@code ordinals[d]}, leaving out the entries of documents mapped to -1: how segments merge. The entries keep their
     * order, so the lists of segments appended in order, their ordinals mapped to ascending ranges, stay in order.
     */
    static void appendRemapped(byte[] postings, int[] ordinals, Bytes out) {
        Cursor cursor = new Cursor(postings);
        while (cursor.next()) {
            int ordinal = ordinals[cursor.document()];
            if (ordinal >= 0) {
                out.varint(ordinal);
                out.append(postings, cursor.afterDocument, cursor.at);
            }
        }
    }

    /** Reads a word's postings entry by entry. */
    static final class Cursor {
        private final byte[] bytes;
        private int at;
        /** Where the current entry's bytes after its document ordinal start. */
        private int afterDocument;
        private int document;
        private int passage;
        private int lengthAndKind;
        private int[] positions = new int[4];
        private int count;

        Cursor(byte[] bytes) {
            this.bytes = bytes;
        }

        /** Moves to the next entry; false when there is none. */
        boolean next() {
            if (at >= bytes.length) {
                return false;
            }
            document = varint();
            afterDocument = at;
            passage = varint();
            lengthAndKind = varint();
            count = varint();
            if (positions.length < count) {
                positions = Arrays.copyOf(positions, Math.max(count, positions.length * 2));
            }
            int position = 0;
            for (int i = 0; i < count; i++) {
                position += varint();
                positions[i] = position;
            }
            return true;
        }

        int document() {
            return document;
        }

        int passage() {
            return passage;
        }

        /** The entry's (document, passage) as one sortable number. */
        long key() {
            return (long) document << 32 | passage;
        }

        int length() {
            return lengthAndKind >>> 1;
        }

        boolean heading() {
            return (lengthAndKind & 1) == 1;
        }

        /** How often the word occurs in the passage. */
        int count() {
            return count;
        }

        boolean hasPosition(int position) {
            for (int i = 0; i < count; i++) {
                if (positions[i] == position) {
                    return true;
                }
            }
            return false;
        }

        int position(int i) {
            return positions[i];
        }

        private int varint() {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[at++];
                value |= (b & 0x7f) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }
    }

    /** One word's postings as a {@link Builder} collects them, and its positions in the passage being added. */
    private static final class WordPostings {
        private final Bytes bytes = new Bytes();
        private int[] positions = new int[4];
        private int count;

        void occursAt(int position) {
            if (count == positions.length) {
                positions = Arrays.copyOf(positions, count * 2);
            }
            positions[count++] = position;
        }

        /** Writes the passage's entry (see {@link SearchPostings}) and forgets its positions. */
        void writeEntry(int document, int passage, int lengthAndKind) {
            bytes.varint(document);
            bytes.varint(passage);
            bytes.varint(lengthAndKind);
            bytes.varint(count);
            int last = 0;
            for (int i = 0; i < count; i++) {
                bytes.varint(positions[i] - last);
                last = positions[i];
            }
            count = 0;
        }
    }

    /** A growable byte string. */
    static final class Bytes {
        private byte[] bytes = new byte[16];
        private int size;

        void varint(int value) {
            reserve(5);
            while ((value & ~0x7f) != 0) {
                bytes[size++] = (byte) (value & 0x7f | 0x80);
                value >>>= 7;
            }
            bytes[size++] = (byte) value;
        }

        void append(byte[] from, int start, int end) {
            reserve(end - start);
            System.arraycopy(from, start, bytes, size, end - start);
            size += end - start;
        }

        boolean isEmpty() {
            return size == 0;
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }

        private void reserve(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
            }
        }
    }
}
