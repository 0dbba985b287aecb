package io.govreport.extractor.indicators;

import io.govreport.extractor.indicators.SentenceFigures.Context;
import io.govreport.extractor.indicators.SentenceFigures.Mark;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.govreport.extractor.indicators.SentenceWords.isAdverb;

/**
 * The kind of a sentence's figures (actual, estimate, target): the kind cues it holds (预计, 预期目标, 力争, 确保) and where
 * each holds from, to the end of its ；-item where it speaks for that item alone, a target met (超过全年预期目标), the
 * months counted so far, a kind in brackets after a figure (326.8亿元(预计)) and an aim the figure before is measured
 * against (低于4.5%的控制目标); where none says, the part the figure is in and its year. Made once per sentence for
 * {@link SentenceFigures}, which gives it whether the figure is such an aim.
 */
final class SentenceKinds {

    /** What ends an item of a sentence that lists several (地区生产总值增长6%;一般公共预算收入增长5%). */
    private static final String ITEM_ENDS = ";；";
    /** The months of a year counted so far (1—11月, 1-10月, 前三季度, 前11个月), opening figures the statistics give. */
    private static final Pattern MONTHS_TO_DATE = Pattern.compile(
            "(?:^|(?<=[,，;；:：。\\s]))(?:(?:1|一)(?:—|-|－|~|～|至|到)(?:1[01]|[2-9]|十一?|[二三四五六七八九])月(?:份)?|前三季度|前(?:1[01]|十一?|[2-9])个月)");
    /** 以来, 年来: a span of years that ends now (“九五”以来, 五年来). */
    private static final String SPAN_SINCE = "span.since";
    /** The kind of the cues that mark a target anywhere but in a review part. */
    private static final String TARGET_BEYOND_REVIEW = "target.beyond_review";
    /** The kind of the verbs aiming at something (确保, 力争): in a review, a target in their own clause alone. */
    private static final String TARGET_IN_CLAUSE = "target.in_clause";
    /** How far before a target cue a verb saying the target was met may stand (超过全年预期目标). */
    private static final int MET_REACH = 6;

    private final CueTable cues;
    /** The kind cues alone ({@link FigureRules#kinds()}). */
    private final CueTable kindCues;
    private final String simp;
    private final int base;
    private final Tokens tokens;
    private final SentenceWords words;
    private final SentenceYears sentenceYears;
    private final Context context;
    /** The kind cues' marks, by where they end: from there a figure takes their kind (null: back to its part's). */
    private final List<Mark<String>> cueMarks;

    SentenceKinds(FigureRules rules, String simp, int base, Tokens tokens, SentenceWords words, SentenceYears sentenceYears,
                  Context context) {
        this.cues = rules.cues();
        this.kindCues = rules.kinds();
        this.simp = simp;
        this.base = base;
        this.tokens = tokens;
        this.words = words;
        this.sentenceYears = sentenceYears;
        this.context = context;
        this.cueMarks = kindMarks();
    }

    /**
     * The kind of a figure: a bracket's after it, an aim's, the sentence's cue before it, or what its part and year say.
     * {@code aimOfLast}: the figure is the aim the figure before is measured against (低于4.5%的控制目标).
     */
    String kindOf(Quantity q, Mark<Integer> own, Integer named, String partKind, boolean fromValue, boolean aimOfLast) {
        Mark<String> kindMark = SentenceFigures.lastBefore(cueMarks, q.start());
        String bracketKind = bracketKindAfter(q.end());
        String kind = bracketKind != null ? bracketKind : aimOfLast ? "target" : kindMark == null ? null : kindMark.value();
        if (kind == null) {
            Integer planYear = context.years().planYear();
            // “九五”以来,…年均增长9.2% in a plan's part: a span up to now looks back on what was done
            boolean past = named != null && planYear != null && named < planYear
                    || own != null && named == null && cues.endingAt(simp, 0, own.end(), SPAN_SINCE) != null
                    // 今年一季度,全区地区生产总值同比下降4.6% in a plan's part read out in May: that part of the year is done
                    || (named == null || named.equals(planYear)) && "plan".equals(partKind)
                        && sentenceYears.planYearPartOver(q.start()) != null;
            // 到2030年…突破18万亿元: a year after the one planned for is set ahead, in whatever part it is written
            boolean ahead = named != null && planYear != null && named > planYear && !fromValue;
            kind = "plan".equals(partKind) && !past || ahead ? "target" : "actual";
        }
        return kind;
    }

    /** Whether 的 and a word for an aim (目标, 预期目标, 控制目标) follow the figure ending at {@code end}. */
    boolean aimNamedAfter(int end, int to) {
        return end < to && simp.charAt(end) == '的' && cues.startingAt(simp, end + 1, to, "aim.noun") != null;
    }

    /** The kind a word alone in brackets right after a figure gives it (326.8亿元(预计)), or null. */
    private String bracketKindAfter(int end) {
        if (end + 1 >= simp.length() || SentenceFigures.OPENING_BRACKETS.indexOf(simp.charAt(end)) < 0) {
            return null;
        }
        CueTable.Cue cue = kindCues.startingAt(simp, end + 1, simp.length(), SentenceFigures.KINDS);
        String kind = cue == null ? null : cue.categoryTail(SentenceFigures.KINDS);
        return kind != null && bracketedAt(end + 1, cue.word().length()) && !kind.equals(TARGET_BEYOND_REVIEW)
                ? (kind.equals(TARGET_IN_CLAUSE) ? "target" : kind) : null;
    }

    /** The kind cues of the sentence: 预计 (estimate), 预期目标 / 力争 / 确保 (target). */
    private List<Mark<String>> kindMarks() {
        List<Mark<String>> marks = new ArrayList<>();
        List<Integer> estimatesAt = new ArrayList<>();
        for (int k = 0; k < simp.length(); k++) {
            if (!tokens.startsAt(k)) {
                continue;
            }
            CueTable.Cue cue = kindCues.startingAt(simp, k, simp.length(), SentenceFigures.KINDS);
            if (cue != null && bracketedAt(k, cue.word().length())) {
                k += cue.word().length() - 1; // 326.8亿元(预计): the figure before's kind alone (bracketKindAfter)
            } else if (cue != null) {
                String kind = cue.categoryTail(SentenceFigures.KINDS);
                if (kind.equals(TARGET_BEYOND_REVIEW)) {
                    // 争取 looks ahead in a plan, but in a review it is what was obtained (争取上级资金3200万元)
                    kind = "review".equals(context.placeAt(base + k).partKind()) ? null : "target";
                } else if (kind.equals("target") && "review".equals(context.placeAt(base + k).partKind()) && targetMetBefore(k)) {
                    kind = "actual"; // 城镇新增就业1312万人,超过全年预期目标;年末…: a target met, the figures after it done
                }
                if (TARGET_IN_CLAUSE.equals(kind)) {
                    kind = "target";
                    // 确保补贴资金按时兑付到户,全县棉花种植面积104.6万亩: in a review, a verb aiming at no figure says
                    // nothing of the clauses after its own (努力实现地区生产总值年均增长12%,…增长18%: a run of aims)
                    int clauseEnd = words.firstIndexOf(SentenceWords.CLAUSE_MARKS, k + cue.word().length());
                    if ("review".equals(context.placeAt(base + k).partKind()) && clauseEnd > 0 && !words.holdsNumber(k, clauseEnd)) {
                        marks.add(new Mark<>(clauseEnd, null));
                    }
                }
                if (kind != null) {
                    marks.add(new Mark<>(k + cue.word().length(), kind));
                    itemKindEnds(marks, k, kind);
                    if (kind.equals("estimate")) {
                        estimatesAt.add(k);
                    }
                }
                k += cue.word().length() - 1;
            }
        }
        // 预计全年…;1—11月,规模以上工业增加值增长6.2%: the months counted so far give what was, not an estimate
        Matcher toDate = simp.indexOf('月') >= 0 || simp.indexOf('季') >= 0 ? MONTHS_TO_DATE.matcher(simp) : null;
        while (toDate != null && toDate.find()) { // the guard spares the scan of most sentences, which name no month
            marks.add(new Mark<>(toDate.end(), "actual"));
        }
        if (estimatesAt.size() > 1 && estimatesAt.subList(1, estimatesAt.size()).stream().anyMatch(this::opensItsItem)) {
            // 全年预计实现地区生产总值218.6亿元…;地方公共财政收入完成9.86亿元…;社会消费品零售总额预计实现96.2亿元: where
            // a later item opens with 预计 again, each 预计 is its own item's, and an item that says none gives what was
            // (not so for …;规模以上工业增加值增长5.4%,…,固定资产投资预计下降2.1%: one figure's 预计 in an item)
            for (int at : estimatesAt) {
                int end = itemEndAfter(at);
                if (end > 0 && marks.stream().noneMatch(m -> m.end() == end)) {
                    marks.add(new Mark<>(end, null));
                }
            }
        }
        marks.sort(java.util.Comparator.comparingInt(Mark::end));
        return marks;
    }

    /** Whether a verb saying a target was met or passed ({@code target.met}) stands just before the cue at {@code k}. */
    private boolean targetMetBefore(int k) {
        for (int j = Math.max(simp.lastIndexOf(',', k - 1) + 1, k - MET_REACH); j < k; j++) {
            if (cues.startingAt(simp, j, k, "target.met") != null) {
                return true; // in the cue's own clause: no comma between
            }
        }
        return false;
    }

    /**
     * 年均增长5.2%,2021年预计达到1268.6亿元;一般公共预算收入…: a kind said after a figure of a ；-item, in an item of an
     * enumeration (三是…,预计需分流安置职工3500人;四是…), or an estimate said after its item's name (全市生产总值预计达到
     * 1.88万亿元,增长3.6%;一般公共预算收入2106亿元), is that item's, and the kind before it holds again after the item
     * (预计全年…;…;…: a kind opening the items holds over them all).
     */
    private void itemKindEnds(List<Mark<String>> marks, int cueAt, String kind) {
        int itemStart = words.lastIndexOf(ITEM_ENDS, 0, cueAt) + 1;
        int itemEnd = itemEndAfter(cueAt);
        boolean afterAFigure = figureBeforeInItem(cueAt);
        boolean enumerated = SentenceFigures.ENUMERATED_ITEM.matcher(simp).region(itemStart, cueAt).lookingAt();
        // …全年走势,预计全年…: a name before in the item's earlier clause is none of this cue's; 主要经济指标预计如下:… opens a
        // list the items after it give
        int clauseStart = Math.max(itemStart, words.lastIndexOf(",，", itemStart, cueAt) + 1);
        int cueEnd = marks.get(marks.size() - 1).end();
        boolean opensList = simp.startsWith("如下", cueEnd) || cueEnd < simp.length() && ":：".indexOf(simp.charAt(cueEnd)) >= 0;
        boolean estimateAfterName = kind.equals("estimate") && !opensList && namedBefore(clauseStart, cueAt);
        if (itemEnd > 0 && (afterAFigure || enumerated || estimateAfterName)) {
            Mark<String> before = marks.size() > 1 ? marks.get(marks.size() - 2) : null;
            marks.add(new Mark<>(itemEnd, before == null ? null : before.value()));
        }
    }

    /** Whether {@code at} is in a ；-item after the first, before any figure of it: a cue there speaks for the item. */
    private boolean opensItsItem(int at) {
        return words.lastIndexOf(ITEM_ENDS, 0, at) >= 0 && !figureBeforeInItem(at);
    }

    /** Whether a figure is written before {@code at} in its ；-item. */
    private boolean figureBeforeInItem(int at) {
        return simp.substring(words.lastIndexOf(ITEM_ENDS, 0, at) + 1, at).chars().anyMatch(Character::isDigit);
    }

    /** Where the ；-item holding {@code at} ends, past its mark, or -1 where it runs to the sentence's end. */
    private int itemEndAfter(int at) {
        int end = words.firstIndexOf(ITEM_ENDS, at);
        return end < 0 ? -1 : end + 1;
    }

    /** Whether a name is written between {@code from} and a cue at {@code cueAt}, past scope words (全市生产总值预计). */
    private boolean namedBefore(int from, int cueAt) {
        int named = from;
        for (CueTable.Cue opener = cues.startingAt(simp, named, cueAt, "scope", "year.part", "filler");
             opener != null; opener = cues.startingAt(simp, named, cueAt, "scope", "year.part", "filler")) {
            named += opener.word().length();
        }
        return cueAt - named >= 2 && tokens.startsAt(named) && !tokens.verbAt(named) && !isAdverb(tokens.natureAt(named)); // 初步预计
    }

    /** Whether the word at {@code k} of {@code length} characters stands alone in brackets: (预计). */
    private boolean bracketedAt(int k, int length) {
        int end = k + length;
        return k > 0 && SentenceFigures.OPENING_BRACKETS.indexOf(simp.charAt(k - 1)) >= 0 && end < simp.length()
                && SentenceFigures.CLOSING_BRACKETS.indexOf(simp.charAt(end)) >= 0;
    }
}
