package io.govreport.extractor.indicators;

import io.govreport.extractor.support.ChineseNumerals;

/**
 * The words of one sentence as the segmentation cuts and tags them: the class a word's part of speech puts it in (noun,
 * verb, adverb, manner), whether a span holds a word or a whole cue word, where the segmenter glued a comparison's 比 or
 * 较 to the word before, and the phrases a cue opens and closes that scope a figure without naming it (剔除…因素后,
 * 受…影响), and where given marks and numbers stand. Shared by {@link SentenceFigures} and its parts; reads the
 * sentence's {@link Tokens} as they are when asked.
 */
final class SentenceWords {

    /** Marks that end a clause or a list item, which no class of things (亿元以上项目) runs across. */
    static final String CLAUSE_MARKS = "、,，;；:：。()（）";
    /** The most characters between 扣除/剔除 and the 因素/影响 that closes what they take out (留抵退税, 新冠肺炎疫情). */
    private static final int FACTOR_CHARS = 10;

    private final CueTable cues;
    private final String simp;
    private final Tokens tokens;

    SentenceWords(String simp, Tokens tokens, CueTable cues) {
        this.simp = simp;
        this.tokens = tokens;
        this.cues = cues;
    }

    static boolean isNoun(String nature) {
        return nature != null && nature.startsWith("n");
    }

    static boolean isAbbreviation(String nature) {
        return nature != null && nature.startsWith("j");
    }

    /** Whether a word of this part of speech can open a noun phrase (a noun, 区级, 高标准, 各类, the prefix 非 …). */
    static boolean isNounStart(String nature) {
        if (nature == null) {
            return true; // HanLP's word runs across the number's end (项民生): judge by the rest
        }
        return nature.startsWith("n") || nature.startsWith("b") || nature.equals("h") || nature.startsWith("j") || nature.equals("vn")
                || nature.startsWith("a") && !nature.equals("ad") || nature.startsWith("g") || nature.startsWith("s")
                || nature.equals("l") || nature.equals("x");
    }

    static boolean isVerb(String nature) {
        return nature != null && nature.startsWith("v");
    }

    /** An adverb or an adjective, which may say how a figure moved (逐步, 有序). */
    static boolean isManner(String nature) {
        return isAdverb(nature) || "a".equals(nature);
    }

    static boolean isAdverb(String nature) {
        return nature != null && (nature.equals("d") || nature.equals("ad") || nature.equals("mq"));
    }

    /** Whether {@code c} parts clauses: a clause mark or a space. */
    static boolean breaksClause(char c) {
        return CLAUSE_MARKS.indexOf(c) >= 0 || Character.isWhitespace(c);
    }

    /** Past the word at {@code k} where it says how a figure moved (有序|调减至, 逐步|调减至): where the verb starts. */
    int pastManner(int k) {
        return isManner(tokens.natureAt(k)) ? tokens.wordEnd(k) : k;
    }

    /** Whether [from, to) holds nothing but adverbs (继续, 再次), or nothing. */
    boolean onlyAdverbs(int from, int to) {
        for (int k = from; k < to; k = tokens.wordEnd(k)) {
            if (!tokens.startsAt(k) || !isAdverb(tokens.natureAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Where [from, to) ends without the spaces that close it. */
    int trimmedEnd(int from, int to) {
        int end = to;
        while (end > from && Character.isWhitespace(simp.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Whether a word in [from, to) is a noun. */
    boolean holdsNoun(int from, int to) {
        for (int k = from; k < to; k = tokens.wordEnd(k)) {
            if (tokens.startsAt(k) && isNoun(tokens.natureAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** Start of the run of nouns (and words that open one) ending at {@code end}, no earlier than {@code from}. */
    int nounPhraseStart(int from, int end) {
        int k = end;
        for (int w = tokens.wordStartBefore(k); w >= from; w = tokens.wordStartBefore(k)) {
            String nature = tokens.natureAt(w);
            if (nature == null || !isNounStart(nature)) {
                break;
            }
            k = w;
        }
        return k < end ? k : from;
    }

    /**
     * Whether the one-character verb at {@code k} opens a noun with the one-character noun after it, a noun following
     * them (8家入|园|企业, 入|库|项目), a word of two characters: a verb so short is otherwise the clause's own.
     */
    boolean opensCompoundNoun(int k, int to) {
        int second = k + 1;
        int third = second + 1;
        return tokens.wordEnd(k) == second && third < to && tokens.startsAt(second) && tokens.wordEnd(second) == third
                && isNoun(tokens.natureAt(second)) && tokens.startsAt(third) && isNoun(tokens.natureAt(third))
                && tokens.wordEnd(third) - third >= 2; // not 11个设|区|市: a verb before a noun of one character is one
    }

    /** A name that is only a verb (启动, 完成): the thing counted is written after the number. */
    boolean isBareVerb(int from, int to) {
        return tokens.startsAt(from) && tokens.wordEnd(from) == to
                && (tokens.verbAt(from) || cues.is(simp.substring(from, to), "count.verb"));
    }

    /** Whether [from, to) is a verb and 到 or 至: what the figure before moved to by any verb (扩展到, 压降至). */
    boolean movedToBy(int from, int to) {
        return to - 1 > from && "到至".indexOf(simp.charAt(to - 1)) >= 0 && tokens.startsAt(from)
                && tokens.wordEnd(from) == to - 1 && isVerb(tokens.natureAt(from));
    }

    /** Whether the word at {@code k} is 及 or 和 joining the name before it to more name, no figure's (城乡低保及特困家庭). */
    boolean joins(int k, int to) {
        int next = k + 1;
        return tokens.wordEnd(k) == next && "及和".indexOf(simp.charAt(k)) >= 0 && next < to
                && Character.UnicodeScript.of(simp.charAt(next)) == Character.UnicodeScript.HAN
                && !ChineseNumerals.isNumeral(simp.charAt(next));
    }

    /**
     * 粗钢产量比上年压减285万吨: the segmenter reads 产量比 as one noun, but 比 opens the comparison, unless the word is a
     * ratio's name (城乡居民收入比).
     */
    boolean comparedWithGlued(int at) {
        return simp.charAt(at) == '比' && !tokens.startsAt(at) && tokens.startsAt(at + 1)
                && cues.endingAt(simp, 0, at + 1, "ratio.name") == null;
    }

    /** 存贷比较上年提高: the segmenter reads 比较, but 比 ends a ratio's name (存贷比) and 较 opens the comparison. */
    boolean ratioBeforeComparedWith(int at) {
        return at > 0 && simp.charAt(at) == '较' && simp.charAt(at - 1) == '比' && tokens.startsAt(at - 1);
    }

    int indexOfWord(int from, int to, String word) {
        for (int k = from; k + word.length() <= to; k++) {
            if (simp.startsWith(word, k) && tokens.startsAt(k) && tokens.startsAt(k + word.length())) {
                return k;
            }
        }
        return -1;
    }

    int lastIndexOfWord(int from, int to, String word) {
        for (int k = to - word.length(); k >= from; k--) {
            if (simp.startsWith(word, k) && tokens.startsAt(k) && tokens.startsAt(k + word.length())) {
                return k;
            }
        }
        return -1;
    }

    /** Whether a cue of the category starts at a word of the text between {@code from} and {@code to}. */
    boolean holdsCue(int from, int to, String category) {
        for (int k = from; k < to; k++) {
            CueTable.Cue noun = cues.startingAt(simp, k, to, "noun.of_verb");
            if (noun != null) {
                k += noun.word().length() - 1; // 建成区: a noun that opens with a verb holds no cue
            } else if (tokens.startsAt(k) && cues.startingAt(simp, k, to, category) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cue of the categories is the whole word at {@code k}, not the opening of a longer one (在 of 在建项目). */
    boolean wholeWordCueAt(int k, int to, String... categories) {
        CueTable.Cue cue = cues.startingAt(simp, k, to, categories);
        return cue != null && tokens.wordEnd(k) <= k + cue.word().length();
    }

    /** End of a factor taken out (剔除留抵退税因素后, 扣除疫情影响) starting at {@code s}, or -1: it scopes a figure, names none. */
    int factorTakenOutEnd(int s, int to) {
        CueTable.Cue open = cues.startingAt(simp, s, to, "factor.open");
        if (open == null) {
            return -1;
        }
        int limit = Math.min(to, s + open.word().length() + FACTOR_CHARS);
        for (int k = s + open.word().length() + 1; k < limit; k++) {
            char c = simp.charAt(k);
            if (CLAUSE_MARKS.indexOf(c) >= 0) {
                return -1;
            }
            CueTable.Cue close = cues.startingAt(simp, k, to, "factor.close");
            if (close != null) {
                return k + close.word().length();
            }
        }
        return -1;
    }

    /** Start of a factor or circumstance (受干旱影响, 在疫情冲击下) ending at {@code end}, or -1. */
    int factorEndingAt(int from, int end) {
        CueTable.Cue close = cues.endingAt(simp, from, end, "factor.close");
        if (close == null) {
            return -1;
        }
        int closeStart = end - close.word().length();
        for (int k = closeStart - 1; k >= Math.max(from, closeStart - FACTOR_CHARS); k--) {
            if (CLAUSE_MARKS.indexOf(simp.charAt(k)) >= 0) {
                return -1;
            }
            if (tokens.startsAt(k) && factorTakenOutEnd(k, end) == end) {
                return k;
            }
        }
        return -1;
    }

    /** The first of {@code chars} at or after {@code from}, or -1. */
    int firstIndexOf(String chars, int from) {
        for (int k = from; k < simp.length(); k++) {
            if (chars.indexOf(simp.charAt(k)) >= 0) {
                return k;
            }
        }
        return -1;
    }

    /** The last of {@code chars} in [from, to), or -1. */
    int lastIndexOf(String chars, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            if (chars.indexOf(simp.charAt(k)) >= 0) {
                return k;
            }
        }
        return -1;
    }

    /** Whether a digit or a Chinese numeral stands between {@code from} and {@code to}. */
    boolean holdsNumber(int from, int to) {
        for (int k = from; k < to; k++) {
            if (numberAt(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a digit or a Chinese numeral stands at {@code k}. */
    boolean numberAt(int k) {
        return k < simp.length() && (Character.isDigit(simp.charAt(k)) || ChineseNumerals.isNumeral(simp.charAt(k)));
    }

    /**
     * Only letters and digits, and where {@code listMarks}, 、 between them (城镇、农村常住居民人均可支配收入); where
     * {@code quotes}, quotation marks too (“三公”经费).
     */
    boolean onlyLettersAndDigits(int from, int to, boolean listMarks, boolean quotes) {
        int open = 0;
        for (int k = from; k < to; k++) {
            char c = simp.charAt(k);
            if (quotes && SentenceFigures.OPENING_QUOTES.indexOf(c) >= 0 && open == 0) {
                open++;
                continue;
            }
            if (quotes && SentenceFigures.CLOSING_QUOTES.indexOf(c) >= 0 && open == 1) {
                open--;
                continue;
            }
            boolean listMark = listMarks && c == '、' && k > from && k + 1 < to && Character.isLetterOrDigit(simp.charAt(k - 1));
            if (!Character.isLetterOrDigit(c) && !listMark) {
                return false;
            }
        }
        return open == 0; // 受“营改 (of 营改增): cut inside its quotes, no name
    }
}
