package io.govreport.extractor.indicators;

import io.govreport.extractor.support.ChineseNumerals;

import java.util.ArrayList;
import java.util.List;

import static io.govreport.extractor.indicators.SentenceWords.isAdverb;
import static io.govreport.extractor.indicators.SentenceWords.isManner;

/**
 * Cuts a figure's lead from the right into its cue words (同比下降, 预计完成, 分别增长, 控制在, 较2013年累计下降) and the
 * name left of them. On the way it passes over what names nothing (a circumstance, a part of the year, a month, a run of
 * years, an adverb) and keeps the years it cuts off: the year a change is measured from and the figures' own years. Made
 * once per sentence for {@link SentenceFigures}; it keeps nothing from one lead to the next.
 */
final class LeadCues {

    /**
     * A lead cut: its cue words, right to left ({@link SentenceFigures#TAIL_CUES}, and the 由 of a move from a time
     * before an event); whether work done ends the name (农房改造提升1850户); the year a change is measured from (较2013年),
     * or null; where the figure's own year mark ends, or -1; where the name ends; the years a list of figures takes in
     * turn (2015年、2016年分别…), or none.
     */
    record Cut(List<String> tail, boolean doneAtEnd, String sinceYear, int ownYearEnd, int nameEnd, List<Integer> listedYears) {
    }

    /** What the cutting of one lead has found so far, from its right end to {@link #nameEnd}. */
    private static final class Cutting {
        final List<String> tail = new ArrayList<>();
        int nameEnd;
        boolean doneAtEnd;
        String sinceYear;
        int ownYearEnd = -1;
        List<Integer> listedYears = List.of();

        Cutting(int nameEnd) {
            this.nameEnd = nameEnd;
        }
    }

    /** 2014年版: the edition of a list, of its year. */
    private static final char EDITION = '版';

    private final String simp;
    private final Tokens tokens;
    private final SentenceWords words;
    private final SentenceYears sentenceYears;
    private final CueTable cues;
    /** The cues of spans of years alone ({@link FigureRules#spans()}). */
    private final CueTable spans;

    LeadCues(FigureRules rules, String simp, Tokens tokens, SentenceWords words, SentenceYears sentenceYears) {
        this.simp = simp;
        this.tokens = tokens;
        this.words = words;
        this.sentenceYears = sentenceYears;
        this.cues = rules.cues();
        this.spans = rules.spans();
    }

    /** Cuts the lead [from, to) of {@code figures} figures in {@code unit}; {@code afterFrom}: the figures before started a move (由…). */
    Cut cut(int from, int to, Unit unit, int figures, boolean afterFrom) {
        Cutting c = new Cutting(to);
        while (true) {
            c.nameEnd = words.trimmedEnd(from, c.nameEnd);
            if (c.tail.isEmpty() && endsInWorkDone(from, c.nameEnd, unit)) {
                c.doneAtEnd = true;
                break;
            }
            if (cues.endingAt(simp, from, c.nameEnd, "name.kept_tail") != null) {
                break; // 服务业拉动经济增长3.9个百分点: the growth pulled is what is measured, not a verb
            }
            int end = cueWordCut(c, from);
            end = end >= 0 ? end : circumstanceOrTimeCut(c, from);
            end = end >= 0 ? end : adverbCut(from, c.nameEnd, afterFrom);
            end = end >= 0 ? end : basisYearCut(c, from);
            end = end >= 0 ? end : ownYearsCut(c, from, figures);
            if (end < 0) {
                break;
            }
            c.nameEnd = end;
        }
        return new Cut(c.tail, c.doneAtEnd, c.sinceYear, c.ownYearEnd, c.nameEnd, c.listedYears);
    }

    /** Whether, before any cue word is cut, the lead ends in work done, where a verb of change is none: the name keeps it. */
    private boolean endsInWorkDone(int from, int nameEnd, Unit unit) {
        if (cues.endingAt(simp, from, nameEnd, "count.verb.tail") != null) {
            return true; // 农房改造提升1850户: 提升 is no change here, and the name keeps the work done
        }
        return !unit.isPercent() && !unit.isChange() && !unit.isMoney()
                && cues.endingAt(simp, from, nameEnd, tokens::startsAt, "work.tail") != null
                && words.holdsCue(from, nameEnd, "work.done"); // 完成国土绿化提升12.6万亩: after a verb of work done, 提升 ends the work's name
    }

    /** Where the name ends without the cue word ending it (增长, 左右, 同比, 预计), which joins the tail; or -1. */
    private int cueWordCut(Cutting c, int from) {
        CueTable.Cue cue = cues.endingAt(simp, from, c.nameEnd,
                at -> tokens.startsAt(at) || words.ratioBeforeComparedWith(at) || words.comparedWithGlued(at), SentenceFigures.TAIL_CUES);
        if (cue != null
                // 合492.8亿斤: a verb so short it is one only where it is all the lead (not 整合为)
                && (!cues.is(cue.word(), "level.verb.alone") || simp.substring(from, c.nameEnd - cue.word().length()).isBlank())) {
            c.tail.add(cue.word());
            int nameEnd = c.nameEnd - cue.word().length();
            int verbTo = tokens.wordStartBefore(nameEnd);
            if (cue.word().length() == 1 && verbTo > from && words.movedToBy(verbTo, nameEnd + 1)) {
                nameEnd = verbTo; // 由18.6平方公里扩展到32平方公里: any verb moving a figure to a value is no name
            }
            return nameEnd;
        }
        return -1;
    }

    /**
     * Where the name ends without the circumstance or the time it ends in (在疫情冲击下, 一季度, 由改革前的, 在4月底,
     * 连续5年, 五年), which name nothing; or -1.
     */
    private int circumstanceOrTimeCut(Cutting c, int from) {
        int nameEnd = c.nameEnd;
        int factor = words.factorEndingAt(from, nameEnd);
        if (factor > from) {
            return factor; // 地区生产总值在疫情冲击下(仍)增长3.1%: the circumstance names nothing
        }
        CueTable.Cue part = cues.endingAt(simp, from, nameEnd, "year.part");
        if (part != null && nameEnd - part.word().length() > from && tokens.startsAt(nameEnd - part.word().length())) {
            return nameEnd - part.word().length(); // 经济增速一季度-6.8%: the part of the year, not what was measured
        }
        int before = sentenceYears.fromBeforeEventEndingAt(from, nameEnd);
        if (before >= 0) {
            c.tail.add(simp.substring(before, before + 1)); // 农民负担总额由改革前的8400万元减少到…: moved from, when is no name
            return before;
        }
        int month = sentenceYears.monthSaidEndingAt(from, nameEnd);
        if (month >= 0) {
            return month; // 复工率在4月底基本达到100%: when in the year, not what
        }
        int span = sentenceYears.runOfYearsEndingAt(from, nameEnd);
        if (span >= 0) {
            return span; // 粮食总产量…,连续5年稳定在1300万吨以上: how long, not what (多年 is no adverb here)
        }
        CueTable.Cue spanned = spans.endingAt(simp, from, nameEnd, tokens::startsAt, SentenceFigures.SPAN_OPENING);
        if (spanned != null && namesAnything(from, nameEnd - spanned.word().length())) {
            return nameEnd - spanned.word().length(); // 死亡人数五年分别下降38.5%: over how long, not what
        }
        return -1;
    }

    /** Where the name ends without the adverb ending it (首次), which says how, not what; or -1. */
    private int adverbCut(int from, int nameEnd, boolean afterFrom) {
        int adverb = tokens.wordStartBefore(nameEnd);
        // (从3838.6万吨有序调减至3001万吨: after the figure moved from, an adjective alone says how too)
        if (adverb >= from && adverb < nameEnd && (isAdverb(tokens.natureAt(adverb))
                || afterFrom && adverb == from && isManner(tokens.natureAt(adverb)))) {
            return adverb; // 全口径税费收入首次超120亿元: 首次 is not part of the name
        }
        return -1;
    }

    /** Where the name ends without the year a change is measured from (较2013年, 比“十一五”末), kept as the basis; or -1. */
    private int basisYearCut(Cutting c, int from) {
        int nameEnd = c.nameEnd;
        int yearStart = sentenceYears.basisYearEndingAt(from, nameEnd);
        if (yearStart >= 0) {
            c.sinceYear = String.valueOf(ChineseNumerals.yearAt(simp, yearStart + 1));
            return yearStart;
        }
        SentenceYears.PlanEnd planEnd = nameEnd - 1 > from && simp.charAt(nameEnd - 1) == '末' ? sentenceYears.planEndBefore(nameEnd - 1) : null;
        if (planEnd != null && planEnd.start() - 1 >= from && SentenceYears.COMPARED_WITH.indexOf(simp.charAt(planEnd.start() - 1)) >= 0) {
            c.sinceYear = String.valueOf(planEnd.year()); // 比“十一五”末提高14个百分点: since 2010, the plan's last year
            return planEnd.start() - 1;
        }
        return -1;
    }

    /** Where the name ends without the years its figures are of (2015年、2016年, 到2022年), which are kept; or -1. */
    private int ownYearsCut(Cutting c, int from, int figures) {
        int nameEnd = c.nameEnd;
        SentenceYears.YearList years = figures > 1 && c.listedYears.isEmpty() ? sentenceYears.yearListEndingAt(from, nameEnd) : null;
        if (years != null && years.years().size() == figures) {
            c.listedYears = years.years(); // 一般公共预算收入2015年、2016年分别下降33.4%和3.4%: each figure's year, not the name
            return years.start();
        }
        // 由2017年的35%提高到2022年的42%, 城镇化率2022年为65%: the figure's own year (its year mark), not its name
        // (由2015年底的27.4%下降到2019年底的1.6%: the year's end is the year's)
        // 由2013年版的190条缩减到2014年版的139条: a list's edition is of its year as well
        int yearEnd = nameEnd - 1 >= from && (SentenceYears.YEAR_EDGE.indexOf(simp.charAt(nameEnd - 1)) >= 0
                || simp.charAt(nameEnd - 1) == EDITION) ? nameEnd - 1 : nameEnd;
        int ownYear = yearEnd - 5;
        if (ownYear >= from && sentenceYears.yearWordEnd(ownYear, yearEnd) == yearEnd && tokens.startsAt(ownYear)) {
            c.ownYearEnd = yearEnd; // where its year mark ends (the 年 of 2017年底)
            return ownYear; // 森林覆盖率到2025年达到25%: the 到 left is a cue (level.verb), cut as the tail's
        }
        return -1;
    }

    /** Whether the text from {@code from} to {@code to} holds a letter: more than quotes and marks (“十三五”期间). */
    private boolean namesAnything(int from, int to) {
        return simp.substring(from, Math.max(from, to)).codePoints().anyMatch(Character::isLetter);
    }
}
