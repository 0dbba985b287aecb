package io.govreport.extractor.indicators;

import java.util.ArrayList;
import java.util.List;

import static io.govreport.extractor.indicators.SentenceWords.isNoun;
import static io.govreport.extractor.indicators.SentenceWords.isNounStart;

/**
 * The things the clauses without a figure name (常态化开行中欧班列, 加快棚户区改造), kept until a clause with a figure is
 * read, and the name they give a count after them that a verb alone leads (全年开行60列以上: 中欧班列开行). Made once
 * per sentence for {@link SentenceFigures}, which adds each clause without a figure and clears them after each clause
 * with figures.
 */
final class ThingsNamedBefore {

    /** Things a clause without a figure named, where they start, and the verb they were the object of (开行), or null. */
    private record ThingsNamed(String things, int start, String verb) {
    }

    /** The things the clauses without a figure since the last with one named, in order (常态化开行中欧班列). */
    private final List<ThingsNamed> thingsNamedBefore = new ArrayList<>();

    private final CueTable cues;
    private final String simp;
    private final Tokens tokens;
    private final SentenceWords words;

    ThingsNamedBefore(String simp, Tokens tokens, CueTable cues, SentenceWords words) {
        this.simp = simp;
        this.tokens = tokens;
        this.cues = cues;
        this.words = words;
    }

    /** Forgets the things named: a clause with figures was read. */
    void clear() {
        thingsNamedBefore.clear();
    }

    /** Every run of nouns a clause without a figure holds (推动中欧班列扩量提质: 中欧班列), with the verb right before it. */
    void addThingsNamedIn(int cs, int ce) {
        int k = cs;
        while (k < ce) {
            if (!tokens.startsAt(k) || !isNoun(tokens.natureAt(k))) {
                k = tokens.wordEnd(k);
                continue;
            }
            // 保障|性|住房: a bound noun (性) opens no run, it ends the verbal noun before it
            int before = tokens.wordStartBefore(k);
            int start = "ng".equals(tokens.natureAt(k)) && before >= cs && "vn".equals(tokens.natureAt(before)) ? before : k;
            int end = k;
            // 铁海|联运|班列: a verbal noun or an attribute inside the run, which ends in a noun
            while (k < ce && tokens.startsAt(k) && tokens.natureAt(k) != null && isNounStart(tokens.natureAt(k))) {
                k = Math.min(tokens.wordEnd(k), ce);
                end = isNoun(tokens.natureAt(tokens.wordStartBefore(k))) ? k : end;
            }
            int verb = tokens.wordStartBefore(start);
            if (end - start >= 2 && end - start <= SentenceFigures.MAX_NAME_OF_CLAUSE && words.onlyLettersAndDigits(start, end, false, false)) {
                thingsNamedBefore.add(new ThingsNamed(simp.substring(start, end), start,
                        verb >= cs && tokens.verbAt(verb) ? simp.substring(verb, start) : null));
            }
        }
    }

    /**
     * The name of what a verb alone in [from, to) counted in {@code unit}, named in a clause without a figure before: the
     * same verb's object with the verb (常态化开行中欧班列,全年开行60列以上: 中欧班列开行), the latest things named that end
     * in the work the verb says (加快棚户区改造,完成改造3000户: 棚户区改造), or the latest things named by the word of what
     * the unit counts, up to it (中欧班列常态化运行,全年开行42列: 中欧班列开行, counted in 列); or null. A verb of things
     * done before the work (完成改造, 开工建设) is named by the work alone. An area or a length is named so only after a
     * bare verb, and not by the unit's word (全年改造1500万平方米: 棚户区改造).
     */
    String thingsCountedBefore(int from, int to, Unit unit) {
        boolean bare = words.isBareVerb(from, to);
        if (!bare && (!unit.isCount() || !doneThenWork(from, to))) {
            return null; // an area or a length done (造林绿化6万亩) names its work itself
        }
        String verbs = simp.substring(from, to);
        for (int i = thingsNamedBefore.size() - 1; bare && i >= 0; i--) {
            if (verbs.equals(thingsNamedBefore.get(i).verb())) {
                return thingsNamedBefore.get(i).things() + verbs;
            }
        }
        String work = simp.substring(tokens.lastWordStart(to), to);
        for (int i = thingsNamedBefore.size() - 1; i >= 0; i--) {
            ThingsNamed named = thingsNamedBefore.get(i);
            int end = named.start() + named.things().length();
            int at = simp.startsWith(work, end) ? end : named.start() + named.things().lastIndexOf(work);
            if (work.length() >= 2 && at > named.start() && tokens.startsAt(at) && tokens.wordEnd(at) == at + work.length()) {
                return simp.substring(named.start(), at + work.length()); // 棚户区|改造: the work ends the run of nouns
            }
        }
        for (int i = thingsNamedBefore.size() - 1; bare && unit.isCount() && i >= 0; i--) {
            ThingsNamed named = thingsNamedBefore.get(i);
            int at = named.things().lastIndexOf(unit.base());
            // the word the unit ends (中欧班列 in 列) or opens (郑欧国际铁路货运班列 in 班), not 中欧班|列
            int end = at < 0 ? -1 : tokens.startsAt(named.start() + at + unit.base().length()) ? at + unit.base().length()
                    : tokens.startsAt(named.start() + at) ? tokens.wordEnd(named.start() + at) - named.start() : -1;
            if (end >= 2 && end <= named.things().length() && at > 0) {
                return named.things().substring(0, end) + verbs;
            }
        }
        return null;
    }

    /**
     * Whether [from, to) is a verb of things done before the work done (完成改造, 开工建设); a verb that says how
     * (提升改造, 转岗培训) makes the work a thing of its own, not one a clause before named.
     */
    private boolean doneThenWork(int from, int to) {
        int second = tokens.startsAt(from) ? tokens.wordEnd(from) : to;
        return second < to && cues.is(simp.substring(from, second), "count.verb") && words.isBareVerb(second, to);
    }
}
