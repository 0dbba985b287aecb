package io.govreport.extractor.indicators;

import io.govreport.extractor.support.ResourceLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.Map;

/**
 * The cue words of {@code indicators/cues.tsv} (approximation, basis, change and level verbs, kind,
 * scope words, ...), each under a category such as {@code approx.before.over}. Looked up by the first
 * or last character, longest word first. Immutable after construction, so thread-safe.
 */
final class CueTable {

    /** A cue word found in the text. */
    record Cue(String word, String category) {
        String categoryTail(String prefix) {
            return category.substring(prefix.length());
        }
    }

    /** Every cue, in the file's order (which decides between cues of one length starting or ending alike). */
    private final List<Cue> all;
    private final CuesByChar byFirst;
    private final CuesByChar byLast;

    CueTable(String resource) {
        this(ResourceLines.rows(resource).stream().map(row -> new Cue(row[1].trim(), row[0].trim()))
                .toList());
    }

    private CueTable(List<Cue> cues) {
        this.all = cues;
        this.byFirst = new CuesByChar(cues, true);
        this.byLast = new CuesByChar(cues, false);
    }

    /**
     * The table of the cues in a category starting with one of {@code prefixes}, which finds what this one finds for
     * them: for the scans that look for a cue at every offset of a sentence, where the whole table's lists of cues
     * starting with a common character were most of the scan.
     */
    CueTable only(String... prefixes) {
        return new CueTable(all.stream().filter(cue -> inCategory(cue, prefixes)).toList());
    }

    /** The longest cue of a category starting with one of {@code prefixes} that starts at {@code pos}, or null. */
    Cue startingAt(String text, int pos, int limit, String... prefixes) {
        if (pos >= limit) {
            return null;
        }
        for (Cue cue : byFirst.get(text.charAt(pos))) {
            if (pos + cue.word.length() <= limit && text.startsWith(cue.word, pos) && inCategory(cue, prefixes)) {
                return cue;
            }
        }
        return null;
    }

    /** The longest cue of a category starting with one of {@code prefixes} that ends at {@code end}, or null. */
    Cue endingAt(String text, int from, int end, String... prefixes) {
        return endingAt(text, from, end, start -> true, prefixes);
    }

    /** The same, of the cues that start where {@code startsWord} allows (at a word: not the 年 of 2005|年平均). */
    Cue endingAt(String text, int from, int end, IntPredicate startsWord, String... prefixes) {
        if (end <= from) {
            return null;
        }
        for (Cue cue : byLast.get(text.charAt(end - 1))) {
            int start = end - cue.word.length();
            if (start >= from && text.startsWith(cue.word, start) && inCategory(cue, prefixes) && startsWord.test(start)) {
                return cue;
            }
        }
        return null;
    }

    /** Where the first cue of a category starting with one of {@code prefixes} starts in {@code text}, or -1. */
    int indexIn(String text, String... prefixes) {
        for (int k = 0; k < text.length(); k++) {
            if (startingAt(text, k, text.length(), prefixes) != null) {
                return k;
            }
        }
        return -1;
    }

    /** Whether {@code word} is listed under a category starting with one of {@code prefixes}. */
    boolean is(String word, String... prefixes) {
        if (word.isEmpty()) {
            return false;
        }
        for (Cue cue : byFirst.get(word.charAt(0))) {
            if (cue.word.equals(word) && inCategory(cue, prefixes)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inCategory(Cue cue, String[] prefixes) {
        for (String p : prefixes) {
            if (cue.category.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cues by their first or last character, longest first, in pages of 256 characters: the scans ask at every
     * offset of a sentence, and a map keyed by {@code Character} boxed every Chinese character it was asked for.
     */
    private static final class CuesByChar {
        private static final Cue[] NONE = {};
        private final Cue[][][] pages = new Cue[256][][];

        CuesByChar(List<Cue> cues, boolean first) {
            Map<Character, List<Cue>> lists = new HashMap<>();
            for (Cue cue : cues) {
                char key = cue.word.charAt(first ? 0 : cue.word.length() - 1);
                lists.computeIfAbsent(key, k -> new ArrayList<>()).add(cue);
            }
            Comparator<Cue> longestFirst = Comparator.comparingInt((Cue c) -> c.word.length()).reversed();
            lists.forEach((key, list) -> {
                list.sort(longestFirst);
                if (pages[key >>> 8] == null) {
                    pages[key >>> 8] = new Cue[256][];
                }
                pages[key >>> 8][key & 0xff] = list.toArray(NONE);
            });
        }

        Cue[] get(char c) {
            Cue[][] page = pages[c >>> 8];
            Cue[] cues = page == null ? null : page[c & 0xff];
            return cues == null ? NONE : cues;
        }
    }
}
