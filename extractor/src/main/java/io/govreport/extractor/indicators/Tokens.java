package io.govreport.extractor.indicators;

import com.hankcs.hanlp.seg.common.Term;
import io.govreport.extractor.support.ChineseNumerals;

import java.util.List;

/**
 * One HanLP segmentation of a sentence, indexed by character: where words start and what they are. The 年 of a year
 * written is kept with its year, and the reader of figures marks where each figure ends as a word's start.
 */
final class Tokens {

    private static final int YEAR_DIGITS = 4;

    private final boolean[] starts;
    private final String[] natures;

    Tokens(List<Term> terms, int length) {
        starts = new boolean[length + 1];
        natures = new String[length + 1];
        starts[length] = true;
        Term before = null;
        for (Term t : terms) {
            if (t.offset >= 0 && t.offset < length) {
                starts[t.offset] = true;
                natures[t.offset] = t.nature == null ? "" : t.nature.toString();
                // a word's end is a boundary though nothing was segmented after it (the mark between two clauses)
                starts[Math.min(length, t.offset + t.length())] = true;
                if (yearMarkOpens(before, t)) {
                    // 较|2005年|平均|提高: the 年 closes the year written, it opens no 年平均 (a yearly average)
                    starts[t.offset] = false;
                    if (t.length() > 1) {
                        starts[t.offset + 1] = true;
                        natures[t.offset + 1] = natures[t.offset];
                    }
                    natures[t.offset] = null;
                }
            }
            before = t;
        }
    }

    /** Whether a word opens with the 年 of a year written before it (2005|年, 2005|年平均; not 五年平均, an average over five). */
    private static boolean yearMarkOpens(Term before, Term t) {
        if (before == null || t.word.isEmpty() || t.word.charAt(0) != '年' || before.offset + before.length() != t.offset) {
            return false;
        }
        int from = before.word.length() - YEAR_DIGITS;
        return from >= 0 && ChineseNumerals.yearAt(before.word, from) >= 0
                && (from == 0 || ChineseNumerals.yearDigit(before.word.charAt(from - 1)) < 0);
    }

    /** Marks a word's start at {@code i}, where a figure read ends (百分之十二点四|下降: not the 四下 segmented). */
    void startWordAt(int i) {
        if (i > 0 && i < starts.length) {
            starts[i] = true;
        }
    }

    /** Whether a word starts at {@code i} (true at both ends of the sentence). */
    boolean startsAt(int i) {
        return i <= 0 || i >= starts.length - 1 || starts[i];
    }

    /** Whether the word at {@code i} is a verb ("v", not a verbal noun "vn"). */
    boolean verbAt(int i) {
        return i >= 0 && i < natures.length && "v".equals(natures[i]);
    }

    /** The part of speech of the word starting at {@code i}, or null where no word starts there. */
    String natureAt(int i) {
        return i >= 0 && i < natures.length - 1 && starts[i] ? natures[i] : null;
    }

    /** Start of the word ending at {@code end}, or -1 where no word ends there. */
    int wordStartBefore(int end) {
        if (end <= 0 || end >= starts.length || !starts[end]) {
            return -1;
        }
        int k = end - 1;
        while (k > 0 && !starts[k]) {
            k--;
        }
        return k;
    }

    /** Start of the last word that starts before {@code end}, whether or not it ends there (a clause's end is no word start). */
    int lastWordStart(int end) {
        int k = Math.min(end, starts.length - 1) - 1;
        while (k > 0 && !starts[k]) {
            k--;
        }
        return k;
    }

    /** End of the word starting at {@code i}. */
    int wordEnd(int i) {
        int j = i + 1;
        while (j < starts.length - 1 && !starts[j]) {
            j++;
        }
        return j;
    }
}
