package io.govreport.store.store;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import io.govreport.extractor.support.Simplified;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts Chinese text into search words with HanLP, the same way at index and at query time. A word is kept in
 * simplified script and lower case (so 經濟 finds 经济 and gdp finds GDP); punctuation and the stop words of
 * {@code search/stopwords.txt} are dropped.
 *
 * <p>The segmenter is HanLP's dictionary longest match (double-array trie), not its Viterbi segmenter: on the samples
 * it cut the same words but for numbers (which it splits at the point; {@link #words} joins them again), about 6 times
 * faster, and segmenting every passage was over half of store-service's CPU per stored report.
 */
@ApplicationScoped
public class Segmenter {
    private static final String STOPWORDS = "search/stopwords.txt";
    /** Names the way terms are cut; passage documents cut another way are indexed again ({@link StoreBackfill}). */
    static final int VERSION = 2;
    /** What {@link #kind} says of a word: it holds a letter or digit; lower case changes one of its characters. */
    private static final int LETTER_OR_DIGIT = 1;
    private static final int CASED = 2;

    /** A search word and where it stands in the segmented text. */
    public record Word(String term, int start, int end) {
    }

    private final Set<String> stopwords = readStopwords();

    public List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        cut(text, (term, start, end) -> words.add(new Word(term, start, end)));
        return words;
    }

    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        cut(text, (term, start, end) -> terms.add(term));
        return terms;
    }

    /** Receives a text's search words in order: the word and the span of the text it was cut from. */
    private interface WordSink {
        void accept(String term, int start, int end);
    }

    private void cut(String text, WordSink sink) {
        // In simplified script before cutting: the dictionary is simplified and cuts an unknown (traditional) word into
        // characters. Converted in one go when that keeps every offset, as it nearly always does.
        String simplified = Simplified.of(text);
        String cut = simplified.length() == text.length() ? simplified : text;
        int[] lengths = longestWords(cut.toCharArray());
        for (int start = 0; start < lengths.length; ) {
            int end = start + lengths[start];
            int next = end;
            // The dictionary cuts Latin letters and numbers into characters: G D P, 6 . 5 make one word each
            while (isLatinOrNumber(cut, start, end) && next < lengths.length
                    && isLatinOrNumber(cut, next, next + lengths[next])) {
                next += lengths[next];
                end = next;
            }
            while (end - 1 > start && cut.charAt(end - 1) == '.') {
                end--;
            }
            // punctuation and symbols are no word, and are dropped before they are copied out of the text
            int kind = kind(cut, start, end);
            if ((kind & LETTER_OR_DIGIT) != 0) {
                String term = normalize(cut.substring(start, end), kind, cut == simplified);
                if (term != null) {
                    sink.accept(term, start, end);
                }
            }
            start = next;
        }
    }

    /**
     * How long the word starting at each offset is, where one starts: HanLP's DoubleArrayTrieSegment (its core
     * dictionary, no custom one, longest match from the left, a character alone where no word starts) without the
     * term objects and linked list it builds, which were a third of what cutting cost.
     */
    static int[] longestWords(char[] chars) {
        int[] lengths = new int[chars.length];
        Arrays.fill(lengths, 1);
        DoubleArrayTrie<CoreDictionary.Attribute>.LongestSearcher searcher = CoreDictionary.trie.getLongestSearcher(chars, 0);
        while (searcher.next()) {
            lengths[searcher.begin] = searcher.length;
        }
        return lengths;
    }

    private static boolean isLatinOrNumber(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** The word as a search term, or null for a stop word; {@code kind} is the word's {@link #kind}. */
    private String normalize(String word, int kind, boolean simplified) {
        String term = simplified ? word : Simplified.of(word);
        if (!simplified || (kind & CASED) != 0) {
            term = term.toLowerCase(Locale.ROOT);
        }
        return stopwords.contains(term) ? null : term;
    }

    /**
     * {@link #LETTER_OR_DIGIT} and {@link #CASED} of a span of text, in one pass that decides a CJK ideograph of the
     * basic block (to U+9FA5) or an ASCII character without Character's tables: nearly every word is ideographs alone,
     * which need no lower-casing. Cutting passages took 13-21 % less CPU so (BENCHMARKS.md, twenty-second session).
     */
    private static int kind(String text, int start, int end) {
        int kind = 0;
        for (int i = start; i < end; ) {
            char c = text.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FA5') {
                kind |= LETTER_OR_DIGIT;
                i++;
            } else if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    kind |= LETTER_OR_DIGIT | CASED;
                } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    kind |= LETTER_OR_DIGIT;
                }
                i++;
            } else {
                // a pair of surrogates is one character only when both lie in the span
                int codePoint = Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))
                        ? Character.toCodePoint(c, text.charAt(i + 1)) : c;
                if (Character.isLetterOrDigit(codePoint)) {
                    kind |= LETTER_OR_DIGIT;
                }
                if (Character.toLowerCase(codePoint) != codePoint) {
                    kind |= CASED;
                }
                i += Character.charCount(codePoint);
            }
        }
        return kind;
    }

    private static Set<String> readStopwords() {
        Set<String> words = new HashSet<>();
        InputStream in = Segmenter.class.getClassLoader().getResourceAsStream(STOPWORDS);
        if (in == null) {
            throw new IllegalStateException(STOPWORDS + " is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
