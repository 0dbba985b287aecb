package io.govreport.extractor.support;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.dictionary.StringDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary;

import java.util.BitSet;
import java.util.Comparator;
import java.util.Map;

/** Traditional → simplified script, for matching rules only: the stored text is never converted. */
public final class Simplified {
    /**
     * For each key of HanLP's traditional → simplified dictionary that changes the text (not those mapped to themselves,
     * such as 乾隆, which only keep a shorter key from matching inside them), one of its characters, chosen to be rare in
     * simplified text: a traditional one if it has one, else the one HanLP's core dictionary counts least as a word.
     * A text holding none of them matches no such key, so HanLP would give it back unchanged, and it is returned as it
     * is. Text in simplified script nearly always is, and HanLP's conversion (a trie walk and a copy of every
     * character) was 3 % of extract-service's CPU and 4 % of store-service's.
     */
    private static final BitSet SENTINELS = sentinels();

    private Simplified() {
    }

    public static String of(String text) {
        return text == null || text.isEmpty() || !mayConvert(text) ? text : HanLP.convertToSimplifiedChinese(text);
    }

    /**
     * {@code text} in simplified script, the same length as the original so offsets carry over: where a phrase
     * conversion changes the length, the text is converted character by character.
     */
    public static String sameLength(String text) {
        String simp = of(text);
        if (simp.length() == text.length()) {
            return simp;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String one = Character.isSurrogate(c) ? null : of(String.valueOf(c));
            sb.append(one != null && one.length() == 1 ? one.charAt(0) : c);
        }
        return sb.toString();
    }

    /** Whether the text holds some key's sentinel character (false means it converts to itself). */
    static boolean mayConvert(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (SENTINELS.get(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static BitSet sentinels() {
        String path = HanLP.Config.tcDictionaryRoot + "t2s.txt";
        StringDictionary dictionary = new StringDictionary("=");
        if (!dictionary.load(path) || dictionary.size() == 0) {
            throw new IllegalStateException("HanLP's traditional-to-simplified dictionary " + path + " did not load");
        }
        // A character that is a key alone (a traditional one) first, then the one counted least often as a word.
        BitSet traditional = new BitSet(Character.MAX_VALUE + 1);
        dictionary.entrySet().stream().filter(e -> e.getKey().length() == 1 && !e.getKey().equals(e.getValue()))
                .forEach(e -> traditional.set(e.getKey().charAt(0)));
        Comparator<Integer> rarestFirst = Comparator.<Integer>comparingInt(c -> traditional.get(c) ? 0 : 1)
                .thenComparingInt(Simplified::wordFrequency).thenComparingInt(c -> c);
        BitSet sentinels = new BitSet(Character.MAX_VALUE + 1);
        for (Map.Entry<String, String> entry : dictionary.entrySet()) {
            String key = entry.getKey();
            if (!key.equals(entry.getValue())) {
                sentinels.set(key.chars().boxed().min(rarestFirst).orElseThrow());
            }
        }
        return sentinels;
    }

    /** A numeral (一, 千) is common though the dictionary does not count it: HanLP reads numbers by their characters. */
    private static int wordFrequency(int c) {
        if (ChineseNumerals.isNumeral((char) c)) {
            return Integer.MAX_VALUE;
        }
        return Character.isSurrogate((char) c) ? 0 : CoreDictionary.getTermFrequency(String.valueOf((char) c));
    }
}
