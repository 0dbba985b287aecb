package io.govreport.extractor.indicators;

import io.govreport.extractor.indicators.SentenceFigures.Context;
import io.govreport.extractor.indicators.SentenceFigures.Mark;
import io.govreport.extractor.support.ChineseNumerals;
import io.govreport.extractor.support.FiveYearPlans;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.govreport.extractor.indicators.SentenceWords.breaksClause;
import static io.govreport.extractor.indicators.SentenceWords.isManner;

/**
 * The time of one sentence's figures: the years it names (2018年, 今年, 到“十二五”末, a span such as 过去五年) as
 * {@link Mark}s, the year it or its introduction opens with, and the words of time a lead holds that name nothing
 * (a year, a month, a part of the year, a basis year 较2013年, a run of years 连续五年, the years a list takes in turn).
 */
final class SentenceYears {

    /** What may follow a year to name its end or start: 2015年底, 2019年末, 比2013年初. */
    static final String YEAR_EDGE = "底末初";
    /** The time before or at an event a move starts from (由改革前的, 从开发开放之初的). */
    private static final List<String> EVENT_TIMES = List.of("前", "之初");
    /** Between the months of a span (1—11月). */
    private static final String MONTH_RANGE = "-—–~至到";
    /** What opens a month said of a figure: 在4月底, 到3月底, 至6月末. */
    static final String MONTH_PREPOSITIONS = "在到至";
    /** The longest event a time before or at it is told by (由改革前的, 由易地搬迁前, 从开发开放之初的): 改革, 开发开放. */
    private static final int MAX_EVENT = 6;
    /** The cues of a part of the year, by the month it ends in (year.part_end.3: 一季度). */
    private static final String PART_END = "year.part_end.";
    /** How many years a run lasted, where no number says (连续多年, 连续几年). */
    private static final String MANY_YEARS = "多几";
    /** 在2013年(的)基础上: the year a change is measured on. */
    private static final char ON = '在';
    private static final List<String> BASE_OF = List.of("的基础上", "基础上");
    /** A span of years written out (2003年至2007年, 2016—2020年), whose years a list after it may take in turn. */
    private static final Pattern YEAR_RANGE = Pattern.compile("((?:19|20)\\d{2})年?(?:至|到|—|－|-|~|～)((?:19|20)\\d{2})年");
    /** Years listed, one for each figure after them (一般公共预算收入2015年、2016年分别下降33.4%和3.4%). */
    private static final Pattern YEAR_LIST = Pattern.compile("(?:19|20)\\d{2}年(?:[、和及与](?:19|20)\\d{2}年)+");
    /** What a comparison opens with: 较2013年, 比上年, 与去年相比. */
    static final String COMPARED_WITH = "较比与";
    /** How far after a year its 以来 may come (1961年有完整气象记录以来). */
    private static final int MAX_SINCE_WORDS = 12;
    /** The longest year word a sentence opens with: 2022年, 二〇二二年, 过去五年, 十三五期间. */
    private static final int OPENING_YEAR_LENGTH = 5;
    /** The longest introduction before a colon and a year that open a sentence (今后五年全县经济社会发展的主要目标是:到2020年). */
    private static final int MAX_INTRO = 24;

    private final FigureRules rules;
    private final CueTable cues;
    private final String simp;
    private final int base;
    private final Tokens tokens;
    private final SentenceWords words;
    private final Context context;
    private final List<Mark<Integer>> years;

    SentenceYears(FigureRules rules, String simp, int base, Tokens tokens, SentenceWords words, Context context) {
        this.rules = rules;
        this.cues = rules.cues();
        this.simp = simp;
        this.base = base;
        this.tokens = tokens;
        this.words = words;
        this.context = context;
        this.years = yearMarks();
    }

    /** The years the sentence names, in order of where they end (see {@link #yearMarks}). */
    List<Mark<Integer>> years() {
        return years;
    }

    /**
     * The year the sentence opens with (2022年是…, 二〇二二年,…, 过去五年,…; a span is a mark with no year), or null.
     * A paragraph's opening sentence names the year its later sentences speak of when they name none.
     */
    Mark<Integer> openingYear() {
        if (years.isEmpty()) {
            return null;
        }
        int lead = 0;
        while (lead < simp.length() && Character.isWhitespace(simp.charAt(lead))) {
            lead++;
        }
        Mark<Integer> first = years.get(0);
        if (lead < simp.length() && SentenceFigures.OPENING_QUOTES.indexOf(simp.charAt(lead)) >= 0) {
            lead++;
        }
        CueTable.Cue opener = cues.startingAt(simp, lead, simp.length(), "year.opener");
        lead += opener == null ? 0 : opener.word().length(); // 刚刚过去的2015年,是…
        // “十五五”时期的主要目标是: a span opening the paragraph, however long its name
        CueTable.Cue span = rules.spans().startingAt(simp, lead, simp.length(), SentenceFigures.SPANS);
        boolean opensWithSpan = span != null && first.end() == lead + span.word().length();
        Mark<Integer> afterColon = introYear();
        if (afterColon != null) {
            return afterColon; // (今后五年的)主要目标是:到2016年,…: the year the targets are set for, right after the colon
        }
        return first.end() <= lead + OPENING_YEAR_LENGTH || opensWithSpan ? first : null;
    }

    /**
     * The year right after a colon that ends the sentence's short introduction (主要目标是:到2020年,…; 今后五年的主要目标是:
     * 到2016年), or null: the year its targets, and those of the sentences after it in the paragraph, are set for.
     */
    Mark<Integer> introYear() {
        int k = !years.isEmpty() && years.get(0).value() == null ? 1 : 0; // past a span opening the sentence
        if (years.size() <= k || years.get(k).value() == null) {
            return null;
        }
        int end = years.get(k).end();
        int colon = Math.max(simp.lastIndexOf('：', end), simp.lastIndexOf(':', end));
        return colon >= 0 && colon <= MAX_INTRO && end - colon <= OPENING_YEAR_LENGTH + 2
                && (k == 0 || colon >= years.get(k - 1).end()) ? years.get(k) : null;
    }

    /**
     * The years named in the sentence (2018年, 今年, 明年), not a basis (较2013年) or a span (2016年-2035年);
     * a mark with no year is a span of years (过去五年, “十三五”期间).
     */
    private List<Mark<Integer>> yearMarks() {
        List<Mark<Integer>> marks = new ArrayList<>();
        Integer planYear = context.years().planYear(); // 到本世纪末: the century of the year planned for
        for (int k = 0; k < simp.length(); k++) {
            CueTable.Cue span = rules.spans().startingAt(simp, k, simp.length(), SentenceFigures.SPANS);
            if (span != null && span.category().equals(SentenceFigures.SPAN_OPENING) && k > 0 && !breaksClause(simp.charAt(k - 1))) {
                span = null;
            }
            if (span != null && !insideAYear(k)) {
                marks.add(new Mark<>(k + span.word().length(), plannedTo(span.word(), k)));
            }
            CueTable.Cue centuryEnd = planYear == null ? null : rules.spans().startingAt(simp, k, simp.length(), SentenceFigures.CENTURY_END);
            if (centuryEnd != null) {
                marks.add(new Mark<>(k + centuryEnd.word().length(), (planYear - 1) / 100 * 100 + 100));
            }
            if (k == 0) {
                continue;
            }
            if (simp.charAt(k) == '末') {
                PlanEnd plan = planEndBefore(k);
                if (plan != null && !isBasisOrRange(plan.start(), k + 1)) {
                    marks.add(new Mark<>(k + 1, plan.year())); // 到“十二五”末: the plan's last year; 较“十二五”末 compares
                }
                continue;
            }
            if (simp.charAt(k) != '年') {
                continue;
            }
            int s = k - 4;
            if (s >= 0 && yearWordEnd(s, k + 1) == k + 1 && (s == 0 || ChineseNumerals.yearDigit(simp.charAt(s - 1)) < 0)) {
                if (!isBasisOrRange(s, k + 1)) {
                    marks.add(new Mark<>(k + 1, ChineseNumerals.yearAt(simp, s)));
                }
            } else if (context.years().reviewEnd() != null && cues.endingAt(simp, 0, k + 1, "year.last_reviewed") != null) {
                marks.add(new Mark<>(k + 1, context.years().reviewEnd())); // 过去的一年: the last year reviewed, in a five-year review too
            } else if (tokens.startsAt(k - 1) && !(k >= 2 && COMPARED_WITH.indexOf(simp.charAt(k - 2)) >= 0)
                    && !(k >= 2 && cues.startingAt(simp, k - 2, simp.length(), "basis.yoy") != null)
                    && rules.comparisons().endingAt(simp, 0, k - 1, "compare.gap") == null) {
                // 零售物价上涨幅度明显低于去年, 在去年的基础上再精简15%: the year compared with is no figure's year
                Integer rel = context.years().relative(simp.substring(k - 1, k + 1), context.placeAt(base + k).partKind(),
                        simp.contains("明年"));
                if (rel != null) {
                    marks.add(new Mark<>(k + 1, rel));
                }
            }
        }
        return marks;
    }

    /**
     * The last year of the five-year plan a span names in a plan part, when it is the plan ahead (“十五五”时期的主要目标是:
     * 2030 in a report of 2026), or of the plan a heading above names when the span looks ahead (今后五年 under
     * 二、“十四五”时期的主要目标): its targets are for that year. Null for any other span (过去五年, “十四五”以来).
     */
    private Integer plannedTo(String span, int k) {
        SectionIndex.Place place = context.placeAt(base + k);
        if (!"plan".equals(place.partKind())) {
            return null;
        }
        if (cues.startingAt(span, 0, span.length(), "span.ahead") != null) {
            return place.planEnd();
        }
        List<Integer> plans = FiveYearPlans.lastYearsNamedIn(span);
        Integer planYear = context.years().planYear();
        if (plans.isEmpty() || planYear == null || span.endsWith("以来")) {
            return null;
        }
        int last = plans.get(plans.size() - 1);
        return last >= planYear ? last : null;
    }

    /**
     * The five-year plan named right before {@code end} (十二五末, “十三五”期末: the tenth plan ended in 2005, each one
     * five years after the one before), or null.
     */
    PlanEnd planEndBefore(int end) {
        int k = end;
        if (k > 0 && simp.charAt(k - 1) == '期') {
            k--;
        }
        boolean quoted = k > 0 && simp.charAt(k - 1) == '”';
        if (quoted) {
            k--;
        }
        if (k < 2 || simp.charAt(k - 1) != '五') {
            return null;
        }
        // 十五 is the tenth plan, 十二五 the twelfth: 十, the plan's number past ten, then 五 for five years
        int ten = simp.charAt(k - 2) == '十' ? k - 2 : k >= 3 && simp.charAt(k - 3) == '十' ? k - 3 : -1;
        int plan = ten < 0 ? -1 : ten == k - 2 ? 10 : 10 + ChineseNumerals.parse(simp.substring(k - 2, k - 1));
        if (plan < FiveYearPlans.FIRST || plan > FiveYearPlans.LAST) {
            return null;
        }
        int start = quoted && ten > 0 && simp.charAt(ten - 1) == '“' ? ten - 1 : ten;
        return new PlanEnd(start, FiveYearPlans.lastYear(plan));
    }

    /** Where a five-year plan's name starts (at its opening quote) and the plan's last year. */
    record PlanEnd(int start, int year) {
    }

    /** Whether offset {@code k} is inside a year such as 二〇二三年 (whose 三年 is no span of three years). */
    private boolean insideAYear(int k) {
        for (int d = 1; d <= 3; d++) {
            if (k - d + 4 < simp.length() && simp.charAt(k - d + 4) == '年' && ChineseNumerals.yearAt(simp, k - d) > 0) {
                return true;
            }
        }
        return false;
    }

    private boolean isBasisOrRange(int s, int e) {
        char before = s > 0 ? simp.charAt(s - 1) : ' ';
        if ("至到".indexOf(before) >= 0) {
            // 2016年到2020年 is a range; 到2025年 is the year a target is for; 恢复到2019年(同期)的81.6%: what it is measured against
            return s >= 2 && simp.charAt(s - 2) == '年' || s >= 3 && simp.startsWith("恢复", s - 3);
        }
        if (before == '从' && simp.startsWith("的", e)) {
            return false; // 从2007年的9249亿元增加到…: where a change started, that year's level
        }
        if (COMPARED_WITH.indexOf(before) >= 0 || "自从-—–~～".indexOf(before) >= 0 || before == '是' && simp.startsWith("的", e)
                || before == ON && onTheBaseOf(e) > e) {
            return true; // 较2013年, 是2017年的1.5倍, 在2013年基础上: the year compared with, not the figure's
        }
        if (e < simp.length() && "-—–~～至到".indexOf(simp.charAt(e)) >= 0) {
            return true;
        }
        if (before == '按' && words.factorTakenOutEnd(s - 1, simp.length()) > 0) {
            return true; // 按1980年不变价格计算: the prices figures are in, not their year
        }
        return simp.startsWith("累计", e) || simp.startsWith("相比", e) || simp.startsWith("同期", e) || sinceWithinClause(e);
    }

    /** Where 基础上 or 的基础上 written at {@code e} ends, or {@code e}. */
    private int onTheBaseOf(int e) {
        for (String base : BASE_OF) {
            if (simp.startsWith(base, e)) {
                return e + base.length();
            }
        }
        return e;
    }

    /**
     * 2013年以来, 1961年有完整气象记录以来最严重的高温干旱: 以来 closes what began in the year, right after it or a few
     * words on, no number between.
     */
    private boolean sinceWithinClause(int e) {
        int limit = Math.min(simp.length(), e + MAX_SINCE_WORDS);
        for (int k = e; k < limit; k++) {
            char c = simp.charAt(k);
            if (Character.isDigit(c) || SentenceWords.CLAUSE_MARKS.indexOf(c) >= 0) {
                return false;
            }
            if (simp.startsWith("以来", k)) {
                return true;
            }
        }
        return false;
    }

    /** End of "2018年" or "二〇一八年" starting at s, or -1. */
    int yearWordEnd(int s, int to) {
        return s + 5 <= to && simp.charAt(s + 4) == '年' && ChineseNumerals.yearAt(simp, s) > 0 ? s + 5 : -1;
    }

    /** End of "12月", "12月份", "1—11月" or "十二月底" starting at s, or -1. */
    int monthWordEnd(int s, int to) {
        int k = monthNumberEnd(s, to);
        if (k > s && k < to && MONTH_RANGE.indexOf(simp.charAt(k)) >= 0) {
            k = monthNumberEnd(k + 1, to);
        }
        if (k <= s || k >= to || simp.charAt(k) != '月') {
            return -1;
        }
        k++;
        if (k < to && simp.charAt(k) == '份') {
            k++;
        }
        return k < to && YEAR_EDGE.indexOf(simp.charAt(k)) >= 0 ? k + 1 : k;
    }

    /** End of a month's number (1 to 12, in digits or numerals) starting at s, or -1. */
    private int monthNumberEnd(int s, int to) {
        int k = s;
        while (k < to && k - s < 3 && (QuantityScanner.digit(simp.charAt(k)) >= 0 || ChineseNumerals.isNumeral(simp.charAt(k)))) {
            k++;
        }
        if (k == s) {
            return -1;
        }
        int month = ChineseNumerals.parse(simp.substring(s, k));
        return month >= 1 && month <= 12 ? k : -1;
    }

    /** End of a part of the year starting at s (二季度, 二季度末), or -1. */
    private int yearPartEnd(int s, int to) {
        CueTable.Cue part = cues.startingAt(simp, s, to, "year.part");
        int end = part == null ? -1 : s + part.word().length();
        return end >= 0 && end < to && YEAR_EDGE.indexOf(simp.charAt(end)) >= 0 ? end + 1 : end;
    }

    /**
     * Where a month or part of the year the name ends in is said (复工率在4月底(基本), 在二季度末), or -1: the preposition
     * opens it, a manner word may follow.
     */
    int monthSaidEndingAt(int from, int end) {
        int manner = tokens.wordStartBefore(end);
        int to = manner > from && isManner(tokens.natureAt(manner)) ? manner : end;
        for (int k = to - 3; k > from; k--) {
            if (MONTH_PREPOSITIONS.indexOf(simp.charAt(k)) >= 0 && tokens.startsAt(k)
                    && (monthWordEnd(k + 1, to + 1) == to || yearPartEnd(k + 1, to) == to)) {
                return k;
            }
        }
        return -1;
    }

    /** Where 由 or 从 opens the time before or at an event the name ends in (由改革前的, 从整合前, 从开发开放之初的), or -1. */
    int fromBeforeEventEndingAt(int from, int end) {
        if (end - from < 3) {
            return -1;
        }
        int k = simp.charAt(end - 1) == '的' ? end - 1 : end;
        String time = EVENT_TIMES.stream().filter(t -> simp.startsWith(t, k - t.length())).findFirst().orElse(null);
        if (time == null || k - time.length() <= from) {
            return -1;
        }
        int eventEnd = k - time.length();
        for (int s = eventEnd - 1; s >= Math.max(from, eventEnd - MAX_EVENT); s--) {
            char c = simp.charAt(s);
            if (Character.isDigit(c) || SentenceWords.CLAUSE_MARKS.indexOf(c) >= 0) {
                return -1;
            }
            if (s < eventEnd - 1 && tokens.startsAt(s) && cues.startingAt(simp, s, s + 1, "from") != null) {
                return s;
            }
        }
        return -1;
    }

    /** Start of "较2013年" / "比2013年" / "与2013年" / "是2013年(的)" / "在2013年(的)基础上" ending at {@code end}, or -1. */
    int basisYearEndingAt(int from, int end) {
        // 在2013年(的)基础上减少300万吨: the year the change is measured on
        for (String base : BASE_OF) {
            int yearEnd = end - base.length();
            if (yearEnd - 6 >= from && simp.startsWith(base, yearEnd) && simp.charAt(yearEnd - 6) == ON
                    && yearWordEnd(yearEnd - 5, yearEnd) == yearEnd) {
                return yearEnd - 6;
            }
        }
        // 比2010年末增长98.7%: the year's end is the year's
        boolean yearsEnd = end - 1 >= from && YEAR_EDGE.indexOf(simp.charAt(end - 1)) >= 0;
        int yearEnd = yearsEnd ? end - 1 : end;
        int s = yearEnd - 6;
        if (s < from || simp.charAt(yearEnd - 1) != '年') {
            return -1;
        }
        if (yearWordEnd(s + 1, yearEnd) != yearEnd) {
            return -1;
        }
        char c = simp.charAt(s);
        return COMPARED_WITH.indexOf(c) >= 0 || c == '是' && !yearsEnd && simp.startsWith("的", end) ? s : -1;
    }

    /** The basis a clause that is only 与2007年相比 (since:2007) or 同上年相比 (yoy) names, or null. */
    String basisOfClause(int cs, int ce) {
        CueTable.Cue close = cues.endingAt(simp, cs, ce, "basis.clause.close");
        if (close == null || cues.startingAt(simp, cs, cs + 1, "basis.clause.open") == null) {
            return null;
        }
        int end = ce - close.word().length();
        if (yearWordEnd(cs + 1, end) == end) {
            return "since:" + ChineseNumerals.yearAt(simp, cs + 1);
        }
        return cues.is(simp.substring(cs + 1, end), "basis.clause.last_year") ? "yoy" : null;
    }

    /** Start of "连续5年" / "连续五年" ending at {@code end}, or -1. */
    int runOfYearsEndingAt(int from, int end) {
        if (end - from < 4 || simp.charAt(end - 1) != '年') {
            return -1;
        }
        int k = end - 1;
        // 连续5年, 连续五年, 连续多年, 连续第五年
        while (k > from && (QuantityScanner.digit(simp.charAt(k - 1)) >= 0 || ChineseNumerals.isNumeral(simp.charAt(k - 1))
                || MANY_YEARS.indexOf(simp.charAt(k - 1)) >= 0)) {
            k--;
        }
        int numeral = k;
        k -= k > from && simp.charAt(k - 1) == '第' ? 1 : 0; // 连续第五年
        return numeral < end - 1 && k - from >= 2 && simp.startsWith("连续", k - 2) ? k - 2 : -1;
    }

    /** Where the thing named in [from, to) ends: before a part of the year it is told of (外贸出口一季度大幅). */
    int beforeYearPart(int from, int to) {
        for (int k = from + 2; k < to; k++) {
            if (tokens.startsAt(k) && cues.startingAt(simp, k, to, "year.part") != null) {
                return k;
            }
        }
        return to;
    }

    /** Whether a span of years (“九五”期间, 今后五年) ends at {@code end}. */
    boolean spanEndsAt(int end) {
        return rules.spans().endingAt(simp, 0, end, SentenceFigures.SPANS) != null;
    }

    /**
     * The years a list of {@code n} figures takes one each (2003年至2007年,全省生产总值分别增长11.3%、…和14.2%): those of the
     * last span written out before {@code before} in the sentence, or of the review's years where the lead says 五年
     * (农民人均纯收入五年分别增加121元、…); empty where their count is not the list's.
     */
    List<Integer> yearsInTurn(int n, int before, int clauseStart) {
        Matcher m = YEAR_RANGE.matcher(simp).region(0, before);
        Integer first = null;
        Integer last = null;
        while (m.find()) {
            first = Integer.valueOf(m.group(1));
            last = Integer.valueOf(m.group(2));
        }
        Integer reviewFirst = context.years().beforeReview();
        if (first == null && reviewFirst != null && simp.lastIndexOf("五年", before) >= Math.max(0, clauseStart)) {
            first = reviewFirst + 1;
            last = context.years().reviewEnd();
        }
        if (first == null || last == null || last - first + 1 != n) {
            return List.of();
        }
        List<Integer> years = new ArrayList<>(n);
        for (int y = first; y <= last; y++) {
            years.add(y);
        }
        return years;
    }

    /** A {@link #YEAR_LIST} in the text: where it starts, and its years. */
    record YearList(int start, List<Integer> years) {
    }

    /** The {@link #YEAR_LIST} ending at {@code end}, or null where none does. */
    YearList yearListEndingAt(int from, int end) {
        Matcher m = YEAR_LIST.matcher(simp).region(from, end);
        while (m.find()) {
            if (m.end() == end && tokens.startsAt(m.start())) {
                List<Integer> years = new ArrayList<>();
                for (int k = m.start(); k < end; k = simp.indexOf('年', k) + 2) {
                    years.add(ChineseNumerals.yearAt(simp, k)); // each year's four digits, then 年 and one mark
                }
                return new YearList(m.start(), years);
            }
        }
        return null;
    }

    /**
     * The plan year, where the last part of the year the sentence names before {@code to} (一季度, 上半年, 截至4月底,
     * 前4个月) was over when the report was read out in that year; else null.
     */
    Integer planYearPartOver(int to) {
        if (context.years().planYearPartOver(1) == null) {
            return null; // read out in January or before its plan year, as most reports are: no part of that year was over
        }
        int month = monthPartEnds(to);
        return month > 0 ? context.years().planYearPartOver(month) : null;
    }

    /** The month the last part of the year the sentence names before {@code to} ends in (前三季度: 9, 1—11月: 11), or 0. */
    int monthPartEnds(int to) {
        int month = 0;
        for (int k = 0; k < to; k++) {
            CueTable.Cue part = tokens.startsAt(k) ? cues.startingAt(simp, k, to, PART_END) : null;
            int named = part != null ? Integer.parseInt(part.category().substring(PART_END.length())) : monthAt(k, to);
            month = named > 0 ? named : month;
        }
        return month;
    }

    /**
     * The month a month mark at {@code k} names (4月, 4月底, 前4个月: 4), or 0 where none starts there; a month of a year
     * written (2001年1月) is that year's, no part of the plan year.
     */
    private int monthAt(int k, int to) {
        if (!Character.isDigit(simp.charAt(k)) || k > 0 && (Character.isDigit(simp.charAt(k - 1)) || ".年".indexOf(simp.charAt(k - 1)) >= 0)) {
            return 0;
        }
        int end = k;
        while (end < to && end - k < 2 && Character.isDigit(simp.charAt(end))) {
            end++;
        }
        int month = Integer.parseInt(simp.substring(k, end));
        boolean named = simp.startsWith("月", end) || k > 0 && simp.charAt(k - 1) == '前' && simp.startsWith("个月", end);
        return named && month >= 1 && month <= 12 ? month : 0;
    }
}
