package io.govreport.store.store;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts Chinese text into search words with HanLP, the same way at index and at query time. A word is kept in
 * simplified script and lower case (so 經濟 finds 经济 and gdp finds GDP); punctuation and the stop words of
 * {@code search/stopwords.txt} are dropped.
 */
@ApplicationScoped
public class Segmenter {
    private static final String STOPWORDS = "search/stopwords.txt";

    /** A search word and where it stands in the segmented text. */
    public record Word(String term, int start, int end) {
    }

    private final Segment segment = HanLP.newSegment().enableOffset(true).enableCustomDictionary(false)
            .enableNameRecognize(false).enablePlaceRecognize(false).enableOrganizationRecognize(false);
    private final Set<String> stopwords = readStopwords();

    public List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        for (Term term : segment.seg(text)) {
            String normalized = normalize(term.word);
            if (normalized != null) {
                words.add(new Word(normalized, term.offset, term.offset + term.word.length()));
            }
        }
        return words;
    }

    public List<String> terms(String text) {
        return words(text).stream().map(Word::term).toList();
    }

    private String normalize(String word) {
        if (word.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return null;
        }
        String term = HanLP.convertToSimplifiedChinese(word).toLowerCase(Locale.ROOT);
        return stopwords.contains(term) ? null : term;
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
