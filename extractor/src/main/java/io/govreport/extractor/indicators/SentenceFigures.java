package io.govreport.extractor.indicators;

import io.govreport.extractor.sentences.Clause;
import io.govreport.extractor.support.AsciiQuotes;
import io.govreport.extractor.support.FiveYearPlans;
import io.govreport.extractor.support.FullStops;
import io.govreport.extractor.support.LetterSpacing;
import io.govreport.extractor.support.ListMarks;
import io.govreport.model.Evidence;
import io.govreport.model.Indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.govreport.extractor.indicators.SentenceWords.isAbbreviation;
import static io.govreport.extractor.indicators.SentenceWords.isAdverb;
import static io.govreport.extractor.indicators.SentenceWords.isNoun;
import static io.govreport.extractor.indicators.SentenceWords.isNounStart;

/**
 * Reads the figures of one sentence. It works on {@code simp}, the sentence in simplified script (same
 * length as the original, so offsets carry over), with one HanLP segmentation for word boundaries.
 * Per figure: the lead (text from the previous figure to this one) is cut from the right into cue words
 * (verb, approximation, basis, 分别) and the name left of them; the sentence gives kind and year; the
 * section gives their defaults. A figure's evidence is its clause: short spans such as "增长6%" would
 * stand for any sentence. One instance per sentence; not shared between threads.
 * <p>
 * This class keeps the flow of the reading and the state it carries from figure to figure; its parts, made for the
 * same sentence, hold what needs none of that state: {@link SentenceWords} (the words' classes and the cue words they
 * hold), {@link SentenceYears} (the years, months and spans the sentence names), {@link ListNames} (the names a list
 * gives its figures), {@link QuantityFilter} (the quantities that are no figures), {@link SentenceKinds} (the kind of
 * each figure: actual, estimate or target) and {@link ThingsNamedBefore} (the things clauses without a figure name, for
 * the counts after them).
 */
final class SentenceFigures {

    static final String[] TAIL_CUES = {"approx.before.", "level.", "change.", "basis.yoy", "basis.annual_avg", "basis.since.after", "kind.", "filler",
            "qualifier", "from"};
    static final String OPENING_BRACKETS = "(（";
    static final String CLOSING_BRACKETS = ")）";
    /** The longest name of a five-year plan between quotes (十五, 十四五). */
    private static final int PLAN_NAME_CHARS = 4;
    /** What says a figure is a share of a whole written after it (为年度计划的116.4%). */
    private static final String SHARE_COPULAS = "为是";
    /** What says a share of a plan was done (完成年度计划的103.5%), cut off the name as a verb. */
    private static final String PLAN_DONE = "完成";
    /** 三是: an item of an enumeration, which a sentence may list with ；. */
    static final Pattern ENUMERATED_ITEM = Pattern.compile("[一二三四五六七八九十]+是");
    /** What ends a move to a value: 撤并为19个, 精简到328项. */
    private static final String MOVED_TO = "为到至成";
    static final String OPENING_QUOTES = "“「";
    static final String CLOSING_QUOTES = "”」";
    /** 按当年平均汇率折算: the figure before in another currency; the most characters between 按 and 汇率. */
    private static final String EXCHANGE_RATE = "汇率";
    private static final List<String> CONVERTED = List.of("折算", "计算");
    private static final int MAX_RATE_WORDS = 6;
    /** The most characters a bracket of divisions holds (县(市、区、旗)). */
    private static final int MAX_DIVISIONS_BRACKET = 8;
    /** What ends a lead that lists other divisions before those counted (沈丘、郸城等, 设区市和). */
    private static final String DIVISIONS_LISTED_BEFORE = "等和及与或";
    /** The longest name a clause without a figure gives the figure after it (进出口总额增长由负转正,全年增长12.3%). */
    static final int MAX_NAME_OF_CLAUSE = 16;
    /** Longer than any name a report gives a figure: clauses run together where a copy lost their commas. */
    private static final int MAX_NAME = 40;
    /** The longest name after 带动 that keeps it: 带动消费, 带动投资, 带动就业. */
    private static final int MAX_DRIVEN_WORD = 2;
    /** The longest word a letter-spaced line leaves between two spaces (天然 橡胶 干 胶 产量). */
    private static final int MAX_SPACED_WORD = 3;
    /** The word opening a part of what the sentence gave before (…,其中亿元以上项目58个). */
    static final String PART_OF = "其中";
    /** What opens what an amount is per (每人每月, 每亩). */
    private static final String PER = "每";
    /** The longest phrase after a count's noun and 的 read as the problem solved for it (饮水安全问题). */
    private static final int MAX_PROBLEM_PHRASE = 10;
    private static final String DONE_AFTER = "done.after";
    private static final String DONE_AFTER_ADVERB = "done.after.adverb";
    /** What makes a word of things done a noun (脱贫户, 脱贫人口, 出列村). */
    private static final String DONE_NOUN_HEADS = "户人村县乡区群";
    /** An amount bounding a class, written before its noun (亿元以上在建项目, 5000万元以上项目). */
    private static final Pattern CLASS_BOUND_OPENING = Pattern.compile("[0-9.十百千万亿]+(?:美元|元|周岁|岁)?(?:以上|以下)");
    /** 人口超万人的, 年产值超10亿元的: the bound of a class inside the noun counted, before the noun it classes. */
    private static final Pattern CLASS_BOUND_INSIDE = Pattern.compile(
            "(?:超过|超|过|低于|高于|不足|不到)[0-9.一二三四五六七八九十百千万亿]+\\p{IsIdeographic}{0,3}?(?:以上|以下)?的");
    private static final String EACH = "分别";
    /** The unit of a multiple (增长1.5倍). */
    private static final String TIMES = "倍";
    private static final String HOUSEHOLDS = "户";
    /** The basis of a change averaged over years (年均增长). */
    private static final String ANNUAL_AVG = "annual_avg";
    /** The cues that make a sentence span several years, and those that give a figure its kind. */
    static final String SPANS = "span.sentence";
    private static final String FROM_YEARS_BACK = "from.years_back.";
    /** 到本世纪末: asked at every offset of a sentence, so kept in the spans' small table. */
    static final String CENTURY_END = "year.century_end";
    /** A span that is one only where it opens a clause (…，五年投入…). */
    static final String SPAN_OPENING = "span.sentence.opening";
    /** 累计, 共: a word right after a span of years (or ending it: 五年共) that sums what follows over the span. */
    private static final String SUM_AFTER_SPAN = "sum.after_span";
    static final String KINDS = "kind.";
    /** The cues that set a figure against another (高于全省平均水平). */
    static final String COMPARISONS = "compare.";

    /** Where the figures stand: the section, its part kind, the years. */
    interface Context {
        SectionIndex.Place placeAt(int offset);

        ReportYears years();
    }

    private final FigureRules rules;
    private final CueTable cues;
    private final String original;
    private final String simp;
    private final int base;
    private final Tokens tokens;
    private final Context context;
    private final SentenceWords words;
    private final SentenceYears sentenceYears;
    private final ListNames lists;
    private final QuantityFilter quantityFilter;
    private final LeadCues leadCues;
    /** The things the clauses without a figure since the last with one named. */
    private final ThingsNamedBefore thingsNamed;
    private final List<Indicator> out;
    private final List<Mark<Integer>> years;
    /** The year the paragraph opened with (2022年是…, 过去五年,…), for figures whose sentence names none; or null. */
    private final Mark<Integer> paragraphYear;
    private final SentenceKinds kinds;
    private String lastName;
    /** Names of the figures read so far in the sentence, in order, each once in a row. */
    private final List<String> recentNames = new ArrayList<>();
    /** The clause being read: the evidence of its figures. */
    private int clauseStart;
    /** Where the clause that wrote {@link #lastName} starts. */
    private int lastNameClauseStart;
    /** Where the evidence of the figures being emitted starts: their clause, or the one that named them. */
    private int evidenceStart;
    private int clauseEnd;
    /** The end of the year mark a figure where a change started took as its own (由2016年的212天), or -1. */
    private int fromYearEnd = -1;
    /** The year mark a figure where a change started took in its own clause (由2011年底的108.6万人), or null. */
    private Mark<Integer> fromYearMark;
    /** The name of the figure whose start {@link #fromYearMark} is. */
    private String fromYearName;
    /** The name before the bracket the figures being read are in (其中…), which names again after it; or null. */
    private String nameBeforeBracket;
    private int nameBeforeBracketClause;
    /** Where the words a bracket parted from their figure start and end, when they are {@link #nameBeforeBracket}; else -1. */
    private int partedNameStart = -1;
    private int partedNameEnd = -1;
    /**
     * The names of a list (分别) not yet given a figure, where a verb interrupts its figures (分别下降3.1%和增长0.2%), and
     * where the lead of the figures they name starts (-1: none).
     */
    private List<String> listNamesLeft = List.of();
    private int listNamesAt = -1;
    /** Whether the figures just read were where a change started (由25个), which the next one may end (撤并为19个). */
    private boolean lastFrom;
    /** The verb ("level", "up", "down" or null) of the figures just read, which a figure named by them shares. */
    private String lastVerb;
    /** Whether the figures just read counted things done (新建幼儿园5所), as the items listed after them do. */
    private boolean lastCounted;
    /** The unit, as written, of the figure just read. */
    private String lastUnit;
    /** The measure, count or level, of the sentence's last figure in each unit, which a part of it after 其中 shares. */
    private final Map<String, String> measureOfUnit = new HashMap<>();
    /** The units whose last figure in the sentence was summed over a review of several years, as its parts after 其中 are. */
    private final Set<String> summedUnits = new HashSet<>();
    /** Whether the figures being read are a part (其中…) of what the sentence gave before. */
    private boolean partOfWhole;
    /** Whether the figure being read is the aim the figure before is measured against (低于4.5%的控制目标). */
    private boolean aimOfLast;
    /** Whether the figures being read are the money or size of the things just counted (…项目1860个,完成投资2380亿元). */
    private boolean ofCounted;
    /** The year of the figure just read, null where it has none. */
    private Integer lastYear;
    /** Whether the figure just read was a level or count of no one year (五年累计民生支出达到152.3亿元). */
    private boolean lastSpanned;
    /** Whether the figures being read are shares of such a figure, named by it (…,占一般公共预算支出的78.6%). */
    private boolean shareOfSpanned;
    /** Whether the figure just read was a growth in per cent (增长6%左右), which a higher aim after it shares. */
    private boolean lastPercentChange;
    /** The label a clause that is only a label before a colon gave the next clause (地区生产总值:), or null. */
    private Label colonLabel;
    /** The label the clause being read follows, which names its first figures, or null; its evidence starts at it. */
    private Label clauseLabel;
    /** Whether the figures just read were things a place holds (下辖15个街道), as the items listed after them are. */
    private boolean lastHeld;
    /** Whether the figures just read were named with a verb of things done, a count or not (完成投资142.6亿元). */
    private boolean lastDone;
    /** Whether the figures being read are where a change started the year before the part's (由上年的2.1%). */
    /** How many years before the part's the level a figure moved from is of (由上年的: 1, 由五年前的: 5), or 0. */
    private int fromYearsBack;
    /** Whether the figures being read give a running total (累计达到): a level whatever their unit. */
    private boolean runningTotal;
    /** Whether the figures being read are where something was held (a state verb, or 控制在…以内), maybe through years. */
    private boolean heldAt;
    /** The year of the figure being emitted where a list gives one year each (2003年至2007年分别增长…), or null. */
    private Integer yearInTurn;
    /** The figure is the size of a fall its lead names (降幅收窄至19.6%): a change, negative. */
    private boolean fallRate;
    /** The basis a clause of its own set for the sentence's changes after it (与2007年相比,…: since:2007), or null. */
    private String clauseBasis;
    /** Where what {@link #doneAfterEnd} last found starts (past its adverb: 稳定|脱贫). */
    private int doneAfterStart;
    /** Work done opens the figure's name or was cut off before it (治理水土流失面积, 完成|造林面积): what was done, not a stock. */
    private boolean doneOpensName;

    SentenceFigures(FigureRules rules, String original, String simp, int base, Tokens tokens, Context context,
                    Mark<Integer> paragraphYear, String nameBefore, List<Indicator> out) {
        this.rules = rules;
        this.cues = rules.cues();
        this.original = original;
        this.simp = simp;
        this.base = base;
        this.tokens = tokens;
        this.context = context;
        this.words = new SentenceWords(simp, tokens, cues);
        this.sentenceYears = new SentenceYears(rules, simp, base, tokens, words, context);
        this.lists = new ListNames(rules, simp, tokens);
        this.quantityFilter = new QuantityFilter(simp, tokens, cues, words);
        this.leadCues = new LeadCues(rules, simp, tokens, words, sentenceYears);
        this.thingsNamed = new ThingsNamedBefore(simp, tokens, cues, words);
        this.out = out;
        this.paragraphYear = paragraphYear;
        this.years = sentenceYears.years();
        this.kinds = new SentenceKinds(rules, simp, base, tokens, words, sentenceYears, context);
        // 地区生产总值增长3.9%。其中,一季度下降6.5%,…: a sentence opening with 其中 goes on with the figure before it
        if (nameBefore != null && simp.stripLeading().startsWith(PART_OF)) {
            lastName = nameBefore;
            lastNameClauseStart = 0;
        }
    }

    /** The name of the sentence's last figure, or null where it gave none. */
    String lastName() {
        return lastName;
    }

    /** The year the sentence opens with, or null: {@link SentenceYears#openingYear}. */
    Mark<Integer> openingYear() {
        return sentenceYears.openingYear();
    }

    /** The year right after a colon ending the sentence's short introduction, or null: {@link SentenceYears#introYear}. */
    Mark<Integer> introYear() {
        return sentenceYears.introYear();
    }

    void readClause(Clause clause) {
        int cs = clause.start() - base;
        int ce = clause.end() - base;
        clauseStart = cs;
        clauseEnd = ce;
        clauseLabel = colonLabel;
        colonLabel = null;
        if (lastName == null && simp.substring(0, cs).isBlank()) {
            subjectOfOpeningClause(cs, ce);
        }
        String basis = sentenceYears.basisOfClause(cs, ce);
        if (basis != null) {
            clauseBasis = basis;
            return;
        }
        List<Quantity> quantities = quantityFilter.withoutClassBounds(rules.scanner().scan(simp, cs, ce), cs);
        quantities.forEach(q -> tokens.startWordAt(q.end()));
        if (quantities.isEmpty()) {
            colonLabel = labelBeforeColon(cs, ce);
            if (!nameOfTableRow(cs, ce)) {
                nameOfClauseWithoutFigure(cs, ce);
            }
            thingsNamed.addThingsNamedIn(cs, ce);
            return;
        }
        int prevEnd = cs;
        int i = 0;
        while (i < quantities.size()) {
            int j = i + 1;
            while (j < quantities.size() && (onlyListMarks(quantities.get(j - 1).end(), quantities.get(j).start())
                        && !countsThingsOfItsOwn(quantities, j, ce)
                    || partsOfOneWhole(quantities.get(j - 1), quantities.get(j)))) {
                j++;
            }
            List<Quantity> group = quantities.subList(i, j);
            int nextStart = j < quantities.size() ? quantities.get(j).start() : ce;
            prevEnd = readGroup(group, prevEnd, nextStart);
            i = j;
        }
        thingsNamed.clear();
    }

    /** 5000个4G基站: a digit and a Latin letter open a noun (4G, 5G), not a number. */
    private boolean digitAndLetter(int k) {
        return k + 1 < simp.length() && Character.isDigit(simp.charAt(k)) && simp.charAt(k + 1) < 0x80 && Character.isLetter(simp.charAt(k + 1));
    }

    /**
     * A name alone before a colon, in the clause [{@code clauseStart}, {@code end}); the name is [{@code start}, end) and
     * may list items (城镇、农村常住居民人均可支配收入), which name the figures after it in turn.
     */
    private record Label(String name, int clauseStart, int start, int end) {
    }

    /**
     * A name alone before a colon (地区生产总值:5006.7亿元,增长2.2%, a line of a table of figures): it names the figures
     * of the clause after it, or null where the clause says something else (主要预期目标是:, 完成情况如下:).
     */
    private Label labelBeforeColon(int cs, int ce) {
        if (ce >= simp.length() || !isColon(simp.charAt(ce))) {
            return null;
        }
        int start = stripLeading(cs, ce);
        String label = simp.substring(start, ce).strip();
        // 目标值: a column of the value of the thing named before names nothing of its own
        return label.length() >= 2 && label.length() <= MAX_NAME_OF_CLAUSE && words.onlyLettersAndDigits(start, ce, true, false)
                && !endsWithCue(label, "label.not") && !cues.is(label, "lead.of_last.value") ? new Label(label, cs, start, ce) : null;
    }

    /**
     * A row of a table written as a line names the figures of its columns after it (指标:地区生产总值增长,目标值:9.5%左右;
     * 指标:城镇登记失业率,目标值:控制在3.5%以内): the clause after the row's label is the thing, and a change verb it ends
     * in is what its figures measure. Whether the clause was such a row.
     */
    private boolean nameOfTableRow(int cs, int ce) {
        int colon = words.trimmedEnd(0, cs) - 1;
        if (colon < 1 || !isColon(simp.charAt(colon))) {
            return false;
        }
        String row = simp.substring(stripLeading(0, colon), colon).strip();
        if (!cues.is(row, "label.row")) {
            return false;
        }
        int end = words.trimmedEnd(cs, ce);
        CueTable.Cue column = cues.endingAt(simp, cs, end, "lead.of_last.value");
        int columnStart = column == null ? cs : end - column.word().length();
        if (columnStart > cs && Character.isWhitespace(simp.charAt(columnStart - 1))) {
            end = words.trimmedEnd(cs, columnStart); // 指标:地区生产总值增长  目标值:6.5%左右: the column's label after a space
        }
        String verb = null;
        CueTable.Cue change = cues.endingAt(simp, cs, end, tokens::startsAt, "change.");
        if (change != null && end - change.word().length() - cs >= 2) {
            verb = cues.is(change.word(), "change.down") ? "down" : "up";
            end -= change.word().length();
        }
        int start = stripLeading(cs, end);
        for (int k = start; k < end; k++) {
            if (OPENING_BRACKETS.indexOf(simp.charAt(k)) >= 0) {
                end = k; // 固定资产投资(不含农户)增长: what the bracket leaves out is no part of the name
                break;
            }
        }
        if (end - start < 2 || !words.onlyLettersAndDigits(start, end, true, true)) {
            return false;
        }
        lastName = simp.substring(start, end);
        lastNameClauseStart = cs;
        lastVerb = verb;
        return true;
    }

    /**
     * A clause without a figure that says how a thing changed (进出口总额增长由负转正, 工业增速逐季回升) names the figure after it
     * (全年增长12.3%): the thing is kept as the last name.
     */
    private void nameOfClauseWithoutFigure(int cs, int ce) {
        if (stripLeading(cs, ce) >= words.trimmedEnd(cs, ce)) {
            return; // 受减税降费政策影响: a cause, or a scope alone, says nothing of what changed
        }
        for (int k = cs + 1; k < ce; k++) {
            CueTable.Cue change = tokens.startsAt(k) ? cues.startingAt(simp, k, ce, "turn", "change.", "lead.of_last.rate") : null;
            if (change == null || tokens.wordEnd(k) > k + change.word().length()) {
                continue; // 增加值 is no 增加
            }
            int start = stripLeading(cs, k);
            int after = k + change.word().length();
            // (连续第五年提高企业退休人员基本养老金,月人均增加124元: how long, as an adverb says how)
            if ((words.onlyAdverbs(start, k) || sentenceYears.runOfYearsEndingAt(start, k) == start)
                    && ce - after >= 2 && ce - after <= MAX_NAME_OF_CLAUSE && tokens.startsAt(after)
                    && isNounStart(tokens.natureAt(after)) && isNoun(tokens.natureAt(tokens.wordStartBefore(ce)))
                    && words.onlyLettersAndDigits(after, ce, false, true)) {
                lastName = simp.substring(after, ce); // 继续提高企业退休人员基本养老金,月人均增加50元: the thing raised
                lastNameClauseStart = cs;
                return;
            }
            // 比2010年翻了一番: the year it is compared with is no part of its name
            int end = k - 6 >= start && SentenceYears.COMPARED_WITH.indexOf(simp.charAt(k - 6)) >= 0 && sentenceYears.yearWordEnd(k - 5, k) == k ? k - 6 : k;
            int span = sentenceYears.runOfYearsEndingAt(start, end);
            end = span >= 0 ? span : end; // “三公”经费连续五年下降: how long, not what
            CueTable.Cue yearPart = cues.startingAt(simp, start, end, "year.part");
            start += yearPart == null ? 0 : yearPart.word().length(); // 二季度起由负转正: when, not what
            end = sentenceYears.beforeYearPart(start, end); // 外贸出口一季度大幅下滑: what, before when and how much
            int last = tokens.wordStartBefore(end);
            if (end - start >= 2 && end - start <= MAX_NAME_OF_CLAUSE && ce - (k + change.word().length()) <= MAX_NAME_OF_CLAUSE / 2
                    && words.onlyLettersAndDigits(start, end, false, true) && last >= start && !isAdverb(tokens.natureAt(last))) {
                lastName = simp.substring(start, end); // not 逐月 of 下半年逐月回升
                lastNameClauseStart = cs;
            }
            return;
        }
    }

    private static boolean isColon(char c) {
        return c == ':' || c == '：';
    }

    /**
     * 粮食产量实现“十二连增”,达到12429亿斤: the nouns opening a sentence's first clause, right before its verb or a space
     * that ends the clause, name the figures after it that have no name of their own.
     */
    private void subjectOfOpeningClause(int cs, int ce) {
        int start = stripLeading(cs, ce);
        int k = start;
        int labelEnd = words.trimmedEnd(start, ce);
        // 城镇登记失业率  控制在3.5%以内: a clause a space ends labels the figures after it (a row of a table of targets)
        if (labelEnd - start >= 2 && labelEnd - start <= MAX_NAME_OF_CLAUSE && ce < simp.length() && Character.isWhitespace(simp.charAt(ce))
                && words.onlyLettersAndDigits(start, labelEnd, false, false) && simp.substring(start, labelEnd).chars().noneMatch(Character::isDigit)) {
            lastName = simp.substring(start, labelEnd);
            lastNameClauseStart = cs;
            return;
        }
        // 宁波舟山港货物吞吐量: an abbreviation (港/j) inside the run of nouns
        while (k < ce && tokens.startsAt(k) && (isNoun(tokens.natureAt(k)) || isAbbreviation(tokens.natureAt(k)))) {
            k = tokens.wordEnd(k);
        }
        String after = k < ce ? tokens.natureAt(k) : null;
        // 全省粮食总产量从2003年的低谷中恢复: the subject before a phrase of when or where its verb acts
        if (k - start >= 2 && k - start <= MAX_NAME_OF_CLAUSE && after != null && (after.equals("v") || after.equals("a") || after.equals("p"))
                && words.onlyLettersAndDigits(start, k, false, false)) {
            lastName = simp.substring(start, k);
            lastNameClauseStart = cs;
        }
    }

    /** 为年度计划的, 是全省的: a copula of its own, a whole, then 的. */
    private boolean isShareCopula(int from, int to) {
        boolean ofWhole = to - from >= 3 && (simp.charAt(to - 1) == '的' || to < simp.length() && simp.charAt(to) == '的');
        return ofWhole && SHARE_COPULAS.indexOf(simp.charAt(from)) >= 0 && tokens.startsAt(from + 1);
    }

    /** 完成年度计划的103.5%: the share of a plan done, whose 完成 is cut off the name as a verb. */
    private boolean isPlanDone(int from, int to) {
        int whole = to - 1 > from && simp.charAt(to - 1) == '的' ? to - 1 : to < simp.length() && simp.charAt(to) == '的' ? to : -1;
        return whole > from && simp.startsWith(PLAN_DONE, from) && cues.endingAt(simp, from + PLAN_DONE.length(), whole, "share.of_plan") != null;
    }

    /**
     * 减少贫困人口3.5万人、80个贫困村出列: a count listed after a figure, with the things it counts written right after it,
     * is a figure of its own, not one more of the figure before's (4956户、11268名建档立卡贫困人口 still count one group).
     */
    private boolean countsThingsOfItsOwn(List<Quantity> quantities, int j, int clauseEnd) {
        Quantity before = quantities.get(j - 1);
        Quantity q = quantities.get(j);
        int to = j + 1 < quantities.size() ? quantities.get(j + 1).start() : clauseEnd;
        if (!q.unit().isCount() || HOUSEHOLDS.equals(before.unit().base())) {
            return false;
        }
        int thingsEnd = trailingNameEnd(q.end(), to, true, false);
        // 解决了3.8万人和2.1万头大家畜的饮水困难: the people and the things counted share the problem solved after them
        return thingsEnd > 0 && problemSolved(thingsEnd, to) == null;
    }

    /** 9.4:60.1:30.5: two parts of one whole, side by side. */
    private static boolean partsOfOneWhole(Quantity a, Quantity b) {
        return a.unit() == QuantityScanner.PART_OF_WHOLE && b.unit() == QuantityScanner.PART_OF_WHOLE && b.start() == a.end() + 1;
    }

    /** Whether only list marks (、 和 及 与 或 以及) and spaces stand between two figures: 3.4%、3%和4%. */
    private boolean onlyListMarks(int from, int to) {
        for (int k = from; k < to; k++) {
            char c = simp.charAt(k);
            boolean yiji = simp.startsWith("以及", k);
            CueTable.Cue per = k > from ? cues.startingAt(simp, k, to, "per.unit") : null;
            if (yiji) {
                k++;
            } else if (per != null && k + per.word().length() == to) {
                return true; // 每人每月370元和每人每年2300元: what each number is per, written before it
            } else if (ListNames.LIST_MARKS.indexOf(c) < 0 && !Character.isWhitespace(c) && !(c == '/' && k + 1 == to)) {
                return false; // 储能装机100万千瓦/200万千瓦时: a slash right before the next figure lists it as 、 does
            }
        }
        return true;
    }

    /** Reads one figure or one list of figures (3.4%、3%和4%); returns where the next lead starts. */
    private int readGroup(List<Quantity> group, int leadFrom, int nextStart) {
        Quantity first = group.get(0);
        Quantity last = group.get(group.size() - 1);
        Lead lead = openLead(group, leadFrom);
        // 增速高于全省0.8个百分点: the gap to the whole the place is part of is a change of the figure before;
        // a gap to a target or to another figure (超额完成下达目标1.1个百分点, 高于经济增长1个百分点) is none
        if (readGapToTheWhole(group, lead.from(), first.start()) || comparesWithElsewhere(lead.from(), first.start(), first.unit())) {
            return last.end();
        }

        // cut the cue words off the right end of the lead: 同比下降, 预计完成, 分别增长, 控制在, 较2013年累计下降
        LeadCues.Cut cut = leadCues.cut(lead.from(), first.start(), first.unit(), group.size(), lead.afterFrom());
        GroupReading g = new GroupReading(group, nextStart, lead, cut, stripLeading(lead.from(), cut.nameEnd()));
        readTailWords(g);

        // the name: what is left, cut at 占 (a share of a whole) and after 等 (a list of examples)
        cutAtShare(g);
        readWorkDone(g);
        cutAtExamples(g);
        readWordsAfterFigures(g);
        readLeadOfLast(g);
        readOtherNames(g);
        int noFigureTo = nameFigures(g);
        if (noFigureTo >= 0) {
            return noFigureTo;
        }
        if (ratioToAnotherYear(g)) {
            return last.end();
        }
        emitGroup(g);
        return g.trailing ? g.trailingEnd : last.end();
    }

    /**
     * Where a group's lead starts (past the bracket that parts a name before it) and where its words start, past marks;
     * whether the group stands in brackets, parting a name or giving the figure before in another unit; the names a list
     * before left it (分别下降3.1%和增长0.2%); whether the figures before were where a change started (由25个).
     */
    private record Lead(int leadFrom, int from, boolean inBracket, boolean partedByBracket, boolean convertedInBrackets,
                        List<String> listNames, boolean afterFrom) {
    }

    /**
     * What {@link #readGroup}'s steps find of one group of figures and hand on to the next: the lead and the cue words cut
     * off it, which stay as they are; the name [{@link #nameStart}, {@link #nameEnd}) and what the figures are, as the
     * steps narrow them; what the words around the name say; and the names the group is given.
     */
    private static final class GroupReading {
        final List<Quantity> group;
        final Quantity first;
        final Quantity last;
        final Unit unit;
        /** Where the next group's figures start, or the clause's end: what is written after these ends there. */
        final int nextStart;
        final Lead lead;
        final LeadCues.Cut cut;
        int nameStart;
        int nameEnd;
        /** What the tail's cue words say: how near the figures are (约, 以上), and how they moved: "level", "up" or "down". */
        String approx;
        String verb;
        /** Whether the figures are where a change started (由25个), or listed (分别, 均); the basis of a change. */
        boolean fromValue;
        boolean listed;
        String basis;
        /** Whether the figures are shares of a whole, and what a share of the figure before is of, where that is a plan (占年度计划). */
        boolean share;
        String ofPlan;
        /** Whether the figures are a part (其中…) of what the sentence gave before, and whether they count things done. */
        boolean partOf;
        boolean countVerb;
        /** The examples a list names before its 等 or its count, one for each figure (甲醇、聚烯烃等), or none. */
        List<String> examples = List.of();
        /** Where the noun written right after the figures ends (完成108个村煤改气), or -1. */
        int tEnd;
        /** Where the lead's own words start, past a part of the year (上半年) and the scope of that part. */
        int leadStart;
        /** Whether the lead names nothing of its own: the figure before's name holds (上半年增长6.1%). */
        boolean emptyLead;
        /** The rate of the figure before that the lead says moved (涨幅比上年扩大2.3个百分点), or null. */
        CueTable.Cue rateOfLast;
        /** Whether the lead is what a change is measured against (比上年年初预算增加1800亿元), not a name. */
        boolean comparedWith;
        /** End of what was done to the things counted, written after them (稳定脱贫), or -1. */
        int doneAfter;
        /** Whether the clause's label names the figures (地区生产总值:5006.7亿元), and the items the label lists. */
        boolean labelled;
        List<String> labelItems;
        /** Whether the figure is the size of the noun after its 的 (全长318公里的济青高速公路). */
        boolean sizeOfNounAfter;
        /** The problem solved for the things counted (饮水安全问题), for one count and for two side by side; or null. */
        ProblemSolved problemOfCounted;
        ProblemSolved problemOfBoth;
        /** What a clause before named that a verb alone counted (中欧班列开行), or null. */
        String countedBefore;
        /** The names found, one for each figure or one for them all. */
        final List<String> names = new ArrayList<>();
        /** Where the noun phrase naming the figures starts, where a copy lost its commas and ran clauses into the lead; or -1. */
        int runOnStart = -1;
        /** Whether an earlier clause gave the name: the evidence starts there. */
        boolean namedBefore;
        /** Whether the words written after the figures named them, and where those end. */
        boolean trailing;
        int trailingEnd = -1;
        /** The figure before, of which a plan's share was done (完成投资…,占年度计划的116.5%), or null. */
        String planDoneOf;

        GroupReading(List<Quantity> group, int nextStart, Lead lead, LeadCues.Cut cut, int nameStart) {
            this.group = group;
            this.first = group.get(0);
            this.last = group.get(group.size() - 1);
            this.unit = first.unit();
            this.nextStart = nextStart;
            this.lead = lead;
            this.cut = cut;
            this.nameStart = nameStart;
            this.nameEnd = cut.nameEnd();
        }
    }

    /** Opens the group's lead: past the bracket it may open, with the list's names and the move from the figures before left it. */
    private Lead openLead(List<Quantity> group, int leadFrom) {
        Quantity first = group.get(0);
        Quantity last = group.get(group.size() - 1);
        boolean inBracket = insideBracket(first.start());
        leadFrom = enterBracket(inBracket, leadFrom, first.start());
        boolean partedByBracket = nameBeforeBracket != null && partedNameStart >= 0;
        if (!inBracket && nameBeforeBracket != null) {
            // 一般公共预算收入完成1986.1亿元(其中税收收入1312.6亿元),增长13.6%: past the bracket, the figure before it names
            lastName = nameBeforeBracket;
            lastNameClauseStart = nameBeforeBracketClause;
            nameBeforeBracket = null;
        }
        // 粮食总产量达到65.6亿斤(328万吨): a figure alone in brackets after another is that one in another unit
        boolean convertedInBrackets = inBracket && group.size() == 1
                && simp.substring(words.lastIndexOf(OPENING_BRACKETS, 0, first.start()) + 1, first.start()).isBlank()
                && last.end() < simp.length() && CLOSING_BRACKETS.indexOf(simp.charAt(last.end())) >= 0;
        List<String> listNames = leadFrom == listNamesAt ? listNamesLeft : List.of();
        listNamesAt = -1;
        int from = skipSeparators(leadFrom, first.start());
        boolean afterFrom = lastFrom;
        lastFrom = false;
        return new Lead(leadFrom, from, inBracket, partedByBracket, convertedInBrackets, listNames, afterFrom);
    }

    /** Keeps the name before the bracket the figures are in, to name after it; returns where the lead starts, past a parted name. */
    private int enterBracket(boolean inBracket, int leadFrom, int figureStart) {
        int opened = inBracket ? words.lastIndexOf(OPENING_BRACKETS, leadFrom, figureStart) : -1;
        int openerStart = opened > leadFrom ? stripLeading(skipSeparators(leadFrom, opened), opened) : opened;
        if (inBracket && nameBeforeBracket == null && opened > leadFrom && opened - openerStart >= 2
                && opened - openerStart <= MAX_NAME_OF_CLAUSE && words.onlyLettersAndDigits(openerStart, opened, false, true)) {
            // 压减煤炭产能(其中省属煤矿压减210万吨)共计415万吨: a bracket opening before any figure parts the name before it,
            // which the figure after the bracket has
            nameBeforeBracket = simp.substring(openerStart, opened);
            nameBeforeBracketClause = clauseStart;
            partedNameStart = openerStart;
            partedNameEnd = opened;
            leadFrom = opened + 1;
            lastName = nameBeforeBracket; // 高速公路(全长41.2公里): a figure the bracket gives no name of its own is the name's
            lastNameClauseStart = clauseStart;
        } else if (inBracket && nameBeforeBracket == null) {
            nameBeforeBracket = lastName;
            nameBeforeBracketClause = lastNameClauseStart;
            partedNameStart = -1;
        }
        return leadFrom;
    }

    /** Reads what the tail's cue words say of the figures: how near, how they moved, from where, as a list, on what basis. */
    private void readTailWords(GroupReading g) {
        List<String> tail = g.cut.tail();
        // 不低于每人每月400元: what the amount is per stands between the bound and the number
        int approxAt = 0;
        while (approxAt + 1 < tail.size() && tail.get(approxAt).startsWith(PER) && cues.is(tail.get(approxAt), "filler")) {
            approxAt++;
        }
        if (!tail.isEmpty() && cues.is(tail.get(approxAt), "approx.before.")) {
            g.approx = approxOf(tail.get(approxAt));
        }
        g.verb = verbOfTail(tail, approxAt, g.approx);
        g.fromValue = tail.stream().anyMatch(w -> cues.is(w, "from"));
        // 由上年的2.1%降至0.46%: the level it fell from is the year before the part's (由五年前的: five years before)
        fromYearsBack = 0;
        for (String w : tail) {
            CueTable.Cue back = cues.startingAt(w, 0, w.length(), FROM_YEARS_BACK);
            if (back != null && back.word().equals(w)) {
                fromYearsBack = Integer.parseInt(back.categoryTail(FROM_YEARS_BACK));
                break;
            }
        }
        // 累计达到26件, 累计入驻企业达到426家: a running total is where the stock stands, not what the year added
        runningTotal = "level".equals(g.verb) && words.holdsCue(g.lead.from(), g.first.start(), "total.lead");
        g.listed = tail.contains(EACH) || tail.contains("均") || tail.contains("都") || tail.contains("各");
        g.basis = basisOfTail(tail, g.cut.sinceYear());
    }

    /** The verb of the tail ("level", "up" or "down"), or null: the first cue word saying one, but an approximation or a copula. */
    private String verbOfTail(List<String> tail, int approxAt, String approx) {
        String verb = null; // "level", "up" or "down"
        for (int k = 0; k < tail.size(); k++) {
            String w = tail.get(k);
            if (k == approxAt && approx != null && tail.size() > 1) {
                continue; // 增长超过10%: 超过 is the approximation, 增长 the verb
            }
            if (cues.is(w, "copula") && changeVerbBefore(tail, k + 1)) {
                continue; // 增长达12%, 增长由负转正达到3.8%: the change verb before it says what the figure is
            }
            CueTable.Cue kindEndingInVerb = cues.is(w, "kind.") ? cues.endingAt(w, 0, w.length(), "change.") : null;
            if (kindEndingInVerb != null) {
                w = kindEndingInVerb.word(); // 预期增长5.5%左右: a target's cue that ends in the change it sets
            }
            if (cues.is(w, "change.down")) {
                verb = "down";
            } else if (cues.is(w, "change.up")) {
                verb = "up";
            } else if (cues.is(w, "level.")) {
                verb = "level";
            }
            if (verb != null) {
                break;
            }
        }
        return verb;
    }

    /** The basis of the figures' changes: the tail's (同比, 年均), the year cut off the lead (较2013年), or the clause's; or null. */
    private String basisOfTail(List<String> tail, String sinceYear) {
        String basis = null;
        if (tail.stream().anyMatch(w -> cues.is(w, "basis.yoy"))) {
            basis = "yoy";
        } else if (tail.stream().anyMatch(w -> cues.is(w, "basis.annual_avg"))) {
            basis = ANNUAL_AVG;
        } else if (sinceYear != null) {
            basis = "since:" + sinceYear;
        } else if (clauseBasis != null) {
            basis = clauseBasis;
        }
        return basis;
    }

    /** Cuts the name at 占 (or a copula of a share) where the figures are shares of a whole it names, or of the figure before. */
    private void cutAtShare(GroupReading g) {
        g.share = g.unit == QuantityScanner.PART_OF_WHOLE; // 三次产业结构9.4:60.1:30.5: each part a share
        int nameStart = g.nameStart;
        int cut = shareCutAt(g);
        // 产糖量约占全国的六成: the approximation before 占 is the figure's, not part of its name
        CueTable.Cue nearly = cut > nameStart ? cues.endingAt(simp, nameStart, cut, "approx.before.") : null;
        if (nearly != null) {
            cut -= nearly.word().length();
            g.approx = g.approx != null ? g.approx : approxOf(nearly.word());
        }
        if (cut > nameStart) {
            g.share = true;
            g.nameEnd = cut;
            int adverb = tokens.wordStartBefore(g.nameEnd);
            if (adverb > nameStart && isAdverb(tokens.natureAt(adverb))) {
                g.nameEnd = adverb; // 高新技术产业增加值仅占…: 仅 says how little, it names nothing
            }
        } else if (cut == nameStart && lastName != null) {
            g.share = true; // 研发经费投入增长8.1%,占国内生产总值比重达2.64%: the share is the figure before's
            // 完成投资426.8亿元,占年度计划的116.5%: the share of a plan done, named by both (完成投资占年度计划)
            int whole = simp.lastIndexOf('的', g.first.start());
            g.ofPlan = whole > nameStart && cues.endingAt(simp, nameStart, whole, "share.of_plan") != null
                    ? simp.substring(nameStart, whole) : null;
            g.nameEnd = cut;
        }
    }

    /** Where the name is cut for a share: at 占 or 相当于, or at its start for a copula of a share of the figure before; or -1. */
    private int shareCutAt(GroupReading g) {
        int nameStart = g.nameStart;
        int nameEnd = g.nameEnd;
        int cut = words.indexOfWord(nameStart, nameEnd, "占");
        if (cut > nameStart && cut + 2 == nameEnd && simp.charAt(cut + 1) == '比') {
            cut = -1; // 先进产能占比由36%提高到80%: 占比 names the share itself, of no whole named after it
        }
        if (cut < 0) {
            cut = words.indexOfWord(nameStart, nameEnd, "相当于"); // 研发经费支出相当于地区生产总值的比例: a share of the whole
        }
        if (cut < 0 && lastName != null && g.unit.isPercent() && (isShareCopula(nameStart, nameEnd) || isPlanDone(g.lead.from(), nameEnd))) {
            cut = nameStart; // 完成投资1106亿元,为年度计划的116.4%: a share of the plan, as 占 says, of the figure before
        }
        return cut;
    }

    /** Whether the figures count things done, and whether they are a part (其中…), held at a level or opened by work done. */
    private void readWorkDone(GroupReading g) {
        int from = g.lead.from();
        int nameStart = g.nameStart;
        int nameEnd = g.nameEnd;
        List<String> tail = g.cut.tail();
        // 新建幼儿园5所、小学3所, 转移就业1.2万人,其中…3800人: items after a count are counted too, and the things counted
        // in a part of what was done (完成投资142.6亿元,其中亿元以上项目58个), past a threshold opening the clause
        g.partOf = simp.startsWith(PART_OF, from) || simp.startsWith(PART_OF, skipSeparators(clauseStart, g.first.start()));
        partOfWhole = g.partOf;
        ofCounted = false;
        boolean continuesCount = continuesCount(g);
        // 完成农村改厕4200户: a verb of things done cut off the name as a scope word still says what was done
        // 外出务工人员稳定在62万人左右: where a stock is held is a level, though a verb (外出) opens its name
        boolean held = tail.stream().anyMatch(w -> cues.is(w, "state.verb"));
        heldAt = held || tail.stream().anyMatch(w -> cues.is(w, "held.verb"));
        // 工程建设项目审批时限压减至68个工作日: a value moved to is a level, whatever verb of work its name holds
        boolean movedTo = tail.stream().anyMatch(this::movesTo);
        // 通航城市达到56个: a stock reached is counted only by a verb of work done, not by any verb opening its name
        g.countVerb = continuesCount || !movedTo && ((held || "level".equals(g.verb)
                    ? words.holdsCue(nameStart, nameEnd, "count.verb") : hasCountVerb(nameStart, nameEnd))
                || words.holdsCue(from, nameStart, "count.verb") || g.cut.doneAtEnd());
        // 完成 alone says a level was reached (完成粮食播种面积98万亩) unless the name is work done (完成造林绿化面积)
        CueTable.Cue doneBefore = cues.endingAt(simp, from, nameStart, "count.verb");
        doneOpensName = !held && (cues.startingAt(simp, nameStart, nameEnd, "count.verb") != null
                || doneBefore != null && (!cues.is(doneBefore.word(), "level.verb") || hasCountVerb(nameStart, nameEnd)));
    }

    /** Whether the figures count on from the figures before: items listed after them, a part of them, or a clause alike. */
    private boolean continuesCount(GroupReading g) {
        int leadFrom = g.lead.leadFrom();
        // 完成黑土滩型退化草原治理10万亩,草原鼠害防治80万亩: a clause with no verb of its own after things done in the same
        // unit lists more of them; what a place holds (星级酒店共有28家) or has on average (每千名老人拥有养老床位) is no such
        boolean listedAlike = leadFrom > 0 && simp.charAt(leadFrom - 1) == ',' && g.cut.tail().isEmpty() && g.unit.written().equals(lastUnit)
                && !words.holdsCue(g.nameStart, g.nameEnd, "hold.verb") && !words.holdsCue(g.nameStart, g.nameEnd, "average.word");
        return lastCounted && (simp.charAt(leadFrom) == '、' || g.partOf || listedAlike)
                || lastDone && g.partOf && g.unit.isCount();
    }

    /** Cuts the name after 等 or the count of a list (石化、汽车…四大产业产值), keeping the items listed before it as examples. */
    private void cutAtExamples(GroupReading g) {
        int size = g.group.size();
        int nameStart = g.nameStart;
        int nameEnd = g.nameEnd;
        int deng = words.lastIndexOfWord(nameStart, nameEnd, "等");
        int countOfList = size > 1 && deng < nameStart ? lists.countOfListAt(nameStart, nameEnd, size) : -1;
        if (deng >= nameStart && nameEnd - (deng + 1) >= 2) {
            g.examples = size > 1 && deng > nameStart ? lists.examplesListed(nameStart, deng, size) : List.of();
            g.nameStart = deng + 1;
        } else if (countOfList > nameStart) {
            // 石化、汽车、纺织服装、家电四大产业产值分别增长…: each item is what follows the count of the list (石化产业产值)
            String rest = simp.substring(countOfList + 2, nameEnd);
            g.examples = lists.examplesListed(nameStart, countOfList, size).stream().map(item -> item + rest).toList();
            g.nameStart = countOfList + 2;
        }
    }

    /** Reads what is written right after the figures: an aim the figure before is measured against, or the noun they count. */
    private void readWordsAfterFigures(GroupReading g) {
        int nameStart = g.nameStart;
        int nameEnd = g.nameEnd;
        // 城镇登记失业率3.37%,低于4.5%的控制目标: the target the figure before met, of the same thing; how the figure
        // compares with it (低于) is no bound of the target. A figure that names its own thing is done as aimed
        // (完成单位地区生产总值能耗下降4.6%的目标任务).
        aimOfLast = g.group.size() == 1 && lastName != null && nameEnd <= nameStart && kinds.aimNamedAfter(g.last.end(), g.nextStart);
        if (aimOfLast) {
            g.approx = null;
        }
        // 带动贫困群众3.8万人稳定增收: what was done to the people the noun before counted is no name (…企业中有25户扭亏为盈 is)
        boolean doneToNamed = doneAfterEnd(g.last.end(), g.nextStart) > 0 && nameEnd > nameStart
                && isNoun(tokens.natureAt(tokens.lastWordStart(nameEnd)));
        g.tEnd = aimOfLast || doneToNamed ? -1 : trailingNameEnd(g.last.end(), g.nextStart, g.last.unit().isCount(),
                nameEnd <= nameStart || words.isBareVerb(nameStart, nameEnd));
    }

    /** Reads whether the lead names nothing of its own (上半年, 撤并为, 增速, 比上年), so that the figure before's name holds. */
    private void readLeadOfLast(GroupReading g) {
        int nameStart = g.nameStart;
        int nameEnd = g.nameEnd;
        // 上半年增长6.1%, 恢复到上年的95.2%, 降幅比一季度收窄34.6个百分点: what is named is the figure before's
        CueTable.Cue yearPart = nameEnd > nameStart ? cues.startingAt(simp, nameStart, nameEnd, "year.part") : null;
        int leadStart = yearPart == null ? nameStart : nameStart + yearPart.word().length();
        CueTable.Cue partsOwn = yearPart == null ? null : cues.startingAt(simp, leadStart, nameEnd, "scope");
        leadStart += partsOwn == null ? 0 : partsOwn.word().length(); // 四季度当季增长11.8%
        g.leadStart = leadStart;
        // 由25个撤并为19个, 由2010年的68家整合为2015年的31家: what a change started from ends in a level, whatever its verb
        boolean endOfFrom = g.lead.afterFrom() && movesOn(leadStart, nameEnd);
        if (endOfFrom && g.verb == null) {
            g.verb = "level";
        }
        g.countVerb &= !endOfFrom; // 由25个撤并为19个: a verb of things done (撤并) moved the number, it counted nothing
        g.emptyLead = nameEnd <= leadStart || endOfFrom || cues.startingAt(simp, leadStart, nameEnd, "lead.of_last") != null;
        // 上半年降幅收窄至19.6%: the size of a fall, a negative change
        fallRate = cues.startingAt(simp, leadStart, nameEnd, "lead.of_last.rate.fall") != null;
        // 上半年增速一度回落至9.7%: a growth rate, wherever the verb says it stood
        if (!fallRate && g.unit.isPercent() && !"down".equals(g.verb) && cues.startingAt(simp, leadStart, nameEnd, "lead.of_last.rate") != null) {
            g.verb = "up";
        }
        // 涨幅比上年扩大2.3个百分点: the rate of the figure before moved, named by both
        g.rateOfLast = g.unit.isChange() ? cues.startingAt(simp, leadStart, nameEnd, "lead.of_last.rate") : null;
        // 赤字规模4.06万亿元,比上年年初预算增加1800亿元: what the change is measured against, not a name
        g.comparedWith = !g.emptyLead && lastName != null && g.verb != null && g.group.size() == 1
                && SentenceYears.COMPARED_WITH.indexOf(simp.charAt(nameStart)) >= 0 && tokens.startsAt(nameStart) && tokens.wordEnd(nameStart) == nameStart + 1;
    }

    /** Reads what else may name the figures: what was done to them, the clause's label, a problem after them, things named before. */
    private void readOtherNames(GroupReading g) {
        List<Quantity> group = g.group;
        int nameStart = g.nameStart;
        int nameEnd = g.nameEnd;
        Unit unit = g.unit;
        // 造成1501人遇难、264人失踪: what befell them names the people a disaster's lead counts
        boolean causeLead = !g.emptyLead && causeEndsLead(g.leadStart, nameEnd);
        g.doneAfter = (g.emptyLead || causeLead) && group.stream().allMatch(x -> x.unit().isCount()) ? doneAfterEnd(g.last.end(), g.nextStart) : -1;
        g.labelled = g.emptyLead && clauseLabel != null && g.lead.leadFrom() == clauseStart;
        g.labelItems = g.labelled && group.size() > 1 ? lists.splitList(clauseLabel.start(), clauseLabel.end()) : List.of();
        g.sizeOfNounAfter = group.size() == 1 && g.last.end() < simp.length() && simp.charAt(g.last.end()) == '的'
                && nameEnd > nameStart && cues.is(simp.substring(nameStart, nameEnd), "size.of_counted");
        // 解决了6.3万人的饮水不安全问题: the problem solved for the people counted names them, no noun between
        g.problemOfCounted = group.size() == 1 && unit.isCount() ? problemSolved(g.last.end(), g.nextStart) : null;
        // 解决了3.8万人和2.1万头大家畜的饮水困难: people and the things counted last, each with the problem solved
        g.problemOfBoth = group.size() == 2 && "人".equals(unit.base()) && g.last.unit().isCount() && g.tEnd > g.last.end()
                ? problemSolved(g.tEnd, g.nextStart) : null;
        // (全面推进棚户区改造,全年改造1500万平方米: an area or a length of the work done is the work's too)
        g.countedBefore = !g.emptyLead && group.size() == 1 && (unit.isCount() || unit.kind().equals("measure"))
                ? thingsNamed.thingsCountedBefore(nameStart, nameEnd, unit) : null;
    }

    /** Names the figures by the first way, in this order, that fits them; returns -1, or where the next lead starts if they are none. */
    private int nameFigures(GroupReading g) {
        int size = g.group.size();
        if (g.emptyLead && g.lead.listNames().size() >= size) {
            // 分别下降3.1%和增长0.2%: the list's names go on past the verb
            List<String> listNames = g.lead.listNames();
            g.names.addAll(listNames.subList(0, size));
            keepListNames(listNames.subList(size, listNames.size()), g.last.end(), g.nextStart);
            g.namedBefore = true;
        } else if (g.problemOfBoth != null || g.problemOfCounted != null || g.doneAfter > 0) {
            nameByWordsAfterCounts(g);
        } else if (namedByThingsAfter(g)) {
            if (!nameByThingsAfter(g)) {
                return g.tEnd;
            }
        } else if (g.labelItems.size() == size) {
            // 城镇、农村常住居民人均可支配收入:分别增长6%和7.5%: the label's items name the clause's figures in turn
            g.names.addAll(g.labelItems);
            g.namedBefore = true;
            lastNameClauseStart = clauseLabel.clauseStart();
        } else if (g.emptyLead && size > 1 && recentNames.size() >= size) {
            // 城镇、农村居民收入…元、…元,(分别)增长8%、9%: the names are those of the figures before
            g.names.addAll(recentNames.subList(recentNames.size() - size, recentNames.size()));
            g.namedBefore = true;
        } else if (g.comparedWith) {
            g.names.add(lastName);
            g.namedBefore = true;
        } else if (!g.emptyLead && (g.listed || size > 1)) {
            nameByList(g);
        } else if (!g.emptyLead && lastName != null && (cues.is(simp.substring(g.nameStart, g.nameEnd), "count.lead")
                || lastCounted && cues.is(simp.substring(g.nameStart, g.nameEnd), "count.verb"))) {
            // 规模以上工业企业达到68家,当年新增12家: what was added is what was named before; what was done to the
            // things just counted is named by both (开工棚户区改造2.1万套,基本建成1.8万套: 棚户区改造基本建成)
            String lead = simp.substring(g.nameStart, g.nameEnd);
            g.names.add(cues.is(lead, "count.lead") ? lastName : lastName + lead);
            g.countVerb = true;
        } else if (ofThingsJustCounted(g)) {
            nameByThingsJustCounted(g);
        } else if (!g.emptyLead && lastName != null && size == 1
                && cues.is(simp.substring(g.nameStart, g.nameEnd), "attribute.of_last")) {
            // 粮食播种面积稳定在760万亩,总产量达到237.2万吨: an attribute named alone is of the thing measured before
            String attribute = simp.substring(g.nameStart, g.nameEnd);
            String thing = thingMeasured(lastName);
            g.names.add(thing.endsWith(attribute) ? thing : thing + attribute);
        } else if (g.countedBefore != null) {
            // 常态化开行中欧班列,全年开行60列以上: what a verb alone counted is what a clause before named (中欧班列开行)
            g.names.add(g.countedBefore);
            g.countVerb = true;
        } else if (!g.emptyLead) {
            nameByLead(g);
        } else if (g.labelled) {
            g.names.add(clauseLabel.name()); // 地区生产总值:5006.7亿元: the label before the colon names the clause's figures
            g.namedBefore = true;
            lastNameClauseStart = clauseLabel.clauseStart();
        } else if (namedByLast(g)) {
            nameByLast(g);
        } else {
            return g.last.end();
        }
        return -1;
    }

    /** Names counts by what is written after them: the problem solved for them (饮水安全), or what was done to them (稳定脱贫). */
    private void nameByWordsAfterCounts(GroupReading g) {
        if (g.problemOfBoth != null) {
            g.names.add(g.problemOfBoth.words());
            g.names.add(simp.substring(g.last.end(), g.tEnd) + g.problemOfBoth.words());
            g.trailingEnd = g.problemOfBoth.end();
        } else if (g.problemOfCounted != null) {
            g.names.add(g.problemOfCounted.words());
            g.trailingEnd = g.problemOfCounted.end();
        } else {
            // 全年实现5126户16437人稳定脱贫: what was done to the things counted is said after them, and names them
            String done = simp.substring(doneAfterStart, g.doneAfter);
            g.group.forEach(x -> g.names.add(done));
            g.trailingEnd = g.doneAfter;
        }
        g.trailing = true;
        g.countVerb = true;
    }

    /** Whether the noun written right after the figures names them (完成108个村煤改气), not the lead. */
    private boolean namedByThingsAfter(GroupReading g) {
        int nameStart = g.nameStart;
        int nameEnd = g.nameEnd;
        Unit unit = g.unit;
        boolean counted = unit.isCount() || unit.kind().equals("measure");
        return g.tEnd > 0 && (g.group.size() == 1 && (counted || unit.isPercent() && (g.emptyLead || words.isBareVerb(nameStart, nameEnd))
                        || moneyOfTheNounAfter(nameStart, nameEnd, unit, g.tEnd))
                        // 2.86万户8.12万名建档立卡贫困人口全部脱贫: counts side by side, of the one noun after them
                        || g.emptyLead && adjoining(g.group) && g.group.stream().allMatch(x -> x.unit().isCount()))
                // 退出贫困村20个的年度任务: what the figure is of, after 的, names nothing the lead has named
                && !(simp.charAt(g.last.end()) == '的' && !g.emptyLead && !words.isBareVerb(nameStart, nameEnd) && !unit.isPercent()
                    && !moneyOfTheNounAfter(nameStart, nameEnd, unit, g.tEnd) && !g.sizeOfNounAfter);
    }

    /** Names the figures by the noun written right after them, with a problem solved for it; false where it is a ranking. */
    private boolean nameByThingsAfter(GroupReading g) {
        int nameStart = g.nameStart;
        int nameEnd = g.nameEnd;
        int tEnd = g.tEnd;
        // 完成108个村煤改气, 271项区政府折子工程, 实现40%低收入农户脱低: the thing counted follows the number
        int tStart = simp.charAt(g.last.end()) == '的' ? g.last.end() + 1 : g.last.end();
        if (cues.startingAt(simp, tStart, tEnd, "rank.noun") != null) {
            return false; // 较上年提升3个位次: a ranking moved, no figure of the place
        }
        // 解决120万农村人口的饮水安全问题: the problem solved names the figure with the things counted (农村人口饮水安全)
        ProblemSolved problem = problemSolved(tEnd, g.nextStart);
        String things = simp.substring(tStart, tEnd);
        int divisionsEnd = tEnd;
        if (cues.is(things, "division.noun")) {
            tEnd = divisionsBracketEnd(tEnd, g.nextStart);
            // 新农保试点扩大到22个县: the divisions are where the thing named before them was done
            // (not 沈丘、郸城等5个县, 覆盖全部设区市和101个县: those name the divisions themselves)
            String lead = nameEnd > nameStart && !words.isBareVerb(nameStart, nameEnd) ? simp.substring(nameStart, nameEnd) : "";
            if (lead.indexOf('、') >= 0 || !lead.isEmpty() && DIVISIONS_LISTED_BEFORE.indexOf(lead.charAt(lead.length() - 1)) >= 0) {
                lead = "";
            }
            things = lead + simp.substring(tStart, tEnd);
        }
        // 全长318公里的济青高速公路: the size the lead names is of the noun after 的 (济青高速公路全长)
        String noun = things + (problem == null ? "" : problem.words())
                + (g.sizeOfNounAfter ? simp.substring(nameStart, nameEnd) : "");
        g.group.forEach(x -> g.names.add(noun));
        g.trailingEnd = problem == null ? tEnd : problem.end();
        g.trailing = true;
        int from = g.lead.from();
        // 下辖15个街道、263个社区: what a place holds is a level, not things done; so is 全区14个街道, and a whole the
        // clause after tells a part of (106家市属企业中,…)
        g.countVerb = !g.unit.isMoney() && !g.sizeOfNounAfter && cues.endingAt(simp, from, g.first.start(), "hold.verb") == null
                && !wholeOfPartsAt(tEnd, g.nextStart)
                && !(cues.is(simp.substring(from, g.first.start()).strip(), "scope.place")
                    && cues.is(simp.substring(tStart, divisionsEnd), "division.of_place"))
                && !(lastHeld && QuantityScanner.LIST_JOINS.indexOf(simp.charAt(g.lead.leadFrom())) >= 0);
        return true;
    }

    /** Names the figures of a list (教育、卫生健康支出分别增长…) by its items, its examples or the parts of one thing. */
    private void nameByList(GroupReading g) {
        int size = g.group.size();
        List<String> names = g.names;
        names.addAll(lists.partsOfOneThing(lists.splitList(g.nameStart, g.nameEnd), g.nameEnd));
        List<String> byPauses = size > 1 && names.size() > size ? lists.itemsParted(g.nameStart, g.nameEnd) : List.of();
        if (byPauses.size() == size) {
            names.clear();
            names.addAll(byPauses); // 教育、社会保障和就业、卫生健康支出分别增长…: a 和 inside an item joins no items
        }
        if (names.size() != size && g.examples.size() == size) {
            names.clear();
            names.addAll(g.examples); // 甲醇、聚烯烃等化工产品产量分别增长12.7%和18.2%: one figure for each example
        }
        if (g.listed && names.size() > size && keepListNames(names.subList(size, names.size()), g.last.end(), g.nextStart)) {
            names.subList(size, names.size()).clear();
        }
        if ((g.verb == null || "level".equals(g.verb)) && names.size() > 1 && g.unit.isPercent()
                && endsWithCue(names.get(names.size() - 1), "growth.suffix")) {
            g.verb = "up"; // M2和社会融资规模余额的预期增速都定在12%左右: the growth named last is every item's
        }
    }

    /** Whether the figure is the money or the size of the things just counted, as its lead alone says (完成投资, 总长). */
    private boolean ofThingsJustCounted(GroupReading g) {
        return !g.emptyLead && lastCounted && lastName != null && g.group.size() == 1
                && (g.unit.isMoney() ? cues.is(simp.substring(g.nameStart, g.nameEnd), "money.of_counted")
                    : g.cut.tail().isEmpty() && cues.is(simp.substring(g.nameStart, g.nameEnd), "size.of_counted"));
    }

    /** Names the money or the size of the things just counted by those things and the lead (重点项目完成投资). */
    private void nameByThingsJustCounted(GroupReading g) {
        // 实施重点项目362个,完成投资1861亿元: the money is the projects' just counted (重点项目完成投资), and so is
        // their size, given with no verb (新建改造城市道路28条、总长46公里: 城市道路总长; not 总里程达到…)
        g.names.add(countedThings(lastName) + simp.substring(g.nameStart, g.nameEnd));
        g.countVerb |= !g.unit.isMoney();
        ofCounted = true;
        doneOpensName |= !g.unit.isMoney(); // a size of things built is built too, though a stock names it (总里程)
    }

    /** Names the figures by their lead: the noun phrase before them where clauses ran together, without a fall's size. */
    private void nameByLead(GroupReading g) {
        if (g.nameEnd - g.nameStart > MAX_NAME) {
            // a copy that lost its commas runs clauses into the name: the noun phrase before the figure is its name,
            // and where its clause starts (…深入开展“净空”行动空气质量优良率达到96.7%)
            g.nameStart = words.nounPhraseStart(g.nameStart, g.nameEnd);
            g.runOnStart = g.nameStart;
        }
        // 出口降幅收窄至0.8%: the size of the thing's fall, a negative change of the thing
        CueTable.Cue fall = g.unit.isPercent() ? cues.endingAt(simp, g.nameStart, g.nameEnd, "lead.of_last.rate.fall") : null;
        if (fall != null && g.nameEnd - fall.word().length() > g.nameStart) {
            fallRate = true;
            g.nameEnd -= fall.word().length();
        }
        List<String> metrics = g.group.size() == 1 && !g.lead.partedByBracket() ? lists.metricsJoined(g.nameStart, g.nameEnd) : List.of();
        if (!metrics.isEmpty()) {
            g.names.addAll(metrics); // 城镇居民人均可支配收入和农民人均纯收入年均增长10%: a figure of each
        } else {
            // 高速公路(全长41.2公里): what the bracket measures is of the words it parted, unless it is a part (其中…)
            g.names.add((g.lead.partedByBracket() && g.lead.inBracket() && !g.partOf ? lastName : "") + simp.substring(g.nameStart, g.nameEnd));
        }
    }

    /** Whether a lead that names nothing leaves the figures the figure before's: a change, a total, a higher aim, where it started. */
    private boolean namedByLast(GroupReading g) {
        Lead lead = g.lead;
        List<String> tail = g.cut.tail();
        Unit unit = g.unit;
        return lastName != null && (g.verb != null || g.approx != null || g.cut.sinceYear() != null || unit.isPercent() || unit.isChange()
                || lead.convertedInBrackets() || lead.partedByBracket() || !tail.isEmpty() && tail.stream().allMatch(w -> cues.is(w, "kind."))
                || words.holdsCue(lead.from(), g.first.start(), "total.lead") || g.partOf && g.cut.ownYearEnd() > 0 || g.fromValue);
    }

    /** Names the figures by the figure before, with the rate or the plan the lead names of it, and takes its verb where fit. */
    private void nameByLast(GroupReading g) {
        Unit unit = g.unit;
        int from = g.lead.from();
        // 五年累计51.3亿美元: the running total of the figure before; 其中2016年72.1亿美元: one year's part of it
        // 年均增长11.4%,由2007年的2.58万亿元增加到5万亿元: where the figure before's thing started
        // 粮食总产量稳定在九十六万吨以上,力争一百万吨: a higher aim for the figure before
        String before = withoutYearPart(stockOfLast(from, g.nameEnd));
        // 同比增长6%, 突破千亿元大关, 是2017年的1.5倍: the figure before named it
        g.names.add(g.rateOfLast != null && !before.endsWith(g.rateOfLast.word()) ? before + g.rateOfLast.word()
                : g.ofPlan != null ? before + g.ofPlan : before);
        g.namedBefore = true;
        g.countVerb |= g.lead.partedByBracket() && hasCountVerb(partedNameStart, partedNameEnd);
        g.planDoneOf = g.ofPlan != null ? before : null;
        if (g.verb == null && g.approx == null && !g.share && (unit.isPercent() || unit.isChange())) {
            g.verb = lastVerb; // 增长7.5%左右,力争8%: the target after it is a growth too (占…的18.2% is a share)
        } else if ("level".equals(g.verb) && unit.isPercent() && lastPercentChange && !g.share
                && words.holdsCue(from, g.first.start(), "kind.target")) {
            g.verb = lastVerb; // 增长6%左右,力争实现7%: the higher aim for the same growth (提高1个百分点,达到65% is a level)
        }
    }

    /** Whether the figures are multiples that no name says are a ratio: a ratio to another year's figure, none of their own. */
    private boolean ratioToAnotherYear(GroupReading g) {
        // 是2010年的2.2倍: a ratio to another year's figure, which the figure before gives; no figure of its own (a
        // ratio named so is one: 收入倍差缩小到1.9)
        return !"up".equals(g.verb) && !"down".equals(g.verb) && g.group.stream().allMatch(x -> TIMES.equals(x.unit().base()))
                && g.names.stream().noneMatch(n -> endsWithCue(n, "ratio.name"));
    }

    /** Emits the group's figures, each with its name (and year, where a list gives each one), and keeps what the next ones read of them. */
    private void emitGroup(GroupReading g) {
        List<Quantity> group = g.group;
        List<String> names = g.names;
        // a figure named in an earlier clause is shown with that name: "同比增长6%" alone would stand for any sentence
        evidenceStart = g.namedBefore ? lastNameClauseStart : Math.max(clauseStart, g.runOnStart);
        shareOfSpanned = g.share && g.namedBefore && lastSpanned && !g.fromValue;
        lastVerb = g.verb;
        // 完成投资: 完成 is cut off the name, as a scope word or a verb, yet says what was done
        lastDone = g.countVerb || hasCountVerb(g.lead.from(), g.nameEnd) || g.cut.tail().stream().anyMatch(w -> cues.is(w, "count.verb"));

        List<Integer> listedYears = g.cut.listedYears();
        List<Integer> inTurn = !listedYears.isEmpty() ? listedYears
                : g.listed ? sentenceYears.yearsInTurn(group.size(), g.first.start(), clauseStart) : List.of();
        for (int k = 0; k < group.size(); k++) {
            Quantity q = group.get(k);
            List<String> these = names.size() == group.size() ? List.of(names.get(k))
                    : group.size() == 1 ? names
                    : List.of(String.join("", names.size() == 1 ? names : List.of(simp.substring(g.nameStart, g.nameEnd))));
            yearInTurn = inTurn.isEmpty() ? null : inTurn.get(k);
            for (String name : these) {
                emit(q, name, g.verb, g.approx, g.basis, g.share, g.trailing, g.countVerb, g.fromValue);
            }
            // 完成年度计划的103.5%,增长13.2%: what grew is what was done, not the plan
            lastName = g.planDoneOf != null ? g.planDoneOf : these.get(these.size() - 1);
            lastNameClauseStart = evidenceStart;
            // 旅游综合收入236.5亿元(其中乡村旅游收入41.2亿元),分别增长13.5%、16.8%: a part in brackets is no item of the list
            for (String name : g.lead.inBracket() ? List.<String>of() : these) {
                if (recentNames.isEmpty() || !recentNames.get(recentNames.size() - 1).equals(name)) {
                    recentNames.add(name);
                }
            }
        }
        if (g.fromValue && g.cut.ownYearEnd() >= 0) {
            fromYearEnd = g.cut.ownYearEnd();
        }
        lastFrom = g.fromValue;
    }

    /**
     * Whether, past fillers (由负转正) and a target's cue (增长的预期目标定为), the cue word at {@code k} of a lead's tail
     * (read right to left) is a change verb.
     */
    private boolean changeVerbBefore(List<String> tail, int k) {
        while (k < tail.size() && (cues.is(tail.get(k), "filler")
                || cues.is(tail.get(k), "kind.target") && cues.endingAt(tail.get(k), 0, tail.get(k).length(), "change.") == null)) {
            k++;
        }
        // 预期增长均为12%左右: a target's cue that ends in the change it sets is a change verb too
        return k < tail.size() && (cues.is(tail.get(k), "change.")
                || cues.is(tail.get(k), "kind.") && cues.endingAt(tail.get(k), 0, tail.get(k).length(), "change.") != null);
    }

    /** Emits one figure as an indicator: its measure, amount, year and kind, as its name and where it stands say. */
    private void emit(Quantity q, String name, String verb, String approxBefore, String basis, boolean share,
                      boolean trailing, boolean countVerb, boolean fromValue) {
        Measured measured = measureOf(q, name, verb, share, trailing, countVerb, basis);
        String measure = measured.measure();
        rememberMeasure(q, measure, trailing);
        Amount amount = amountOf(q, measured);
        // what is written with the number (3%左右) says more than the verb before it (控制在)
        String approx = q.approx() != null ? q.approx() : approxBefore;
        int at = base + q.start();
        SectionIndex.Place place = context.placeAt(at);
        Mark<Integer> own = ownYearMark(q);
        boolean marksFrom = fromValue && own != null && own.end() > clauseStart;
        if (marksFrom) {
            fromYearMark = own;
        } else if (fromValue && fromYearMark != null) {
            // 由2011年底的108.6万人减少到2016年底的41.2万人,贫困发生率由12.3%下降到4.8%: a change told alongside one
            // that named its years started in the same year
            own = fromYearMark;
        }
        Mark<Integer> yearMark = own != null ? own : paragraphYear;
        Integer named = yearMark == null ? null : yearMark.value();
        Integer year = yearOf(q, measured, basis, fromValue, own, yearMark, place);
        String kind = kinds.kindOf(q, own, named, place.partKind(), fromValue, aimOfLast);
        if (fromValue && own == null && "target".equals(kind) && "plan".equals(place.partKind())) {
            // 禁牧补助标准由每亩每年6元提高到7.5元 in a plan's part: where the move starts is where things stand, as done
            // in the year reviewed (the held-out golds 21 to 2)
            kind = "actual";
            year = context.years().reviewEnd();
        }
        String cleanName = LetterSpacing.ofWords(withoutDoneVerbInside(measured.name().strip()), MAX_SPACED_WORD);
        fromYearName = marksFrom ? cleanName : fromYearName;
        // 由2005年的2.95吨标准煤下降到2010年的2.28吨标准煤,累计下降22.7%: the same thing's change since it started
        String since = basis == null && "change".equals(measure) && !fromValue && fromYearMark != null && cleanName.equals(fromYearName)
                ? "since:" + fromYearMark.value() : basis;
        lastYear = year;
        lastSpanned = year == null && !"change".equals(measure);
        out.add(new Indicator(AsciiQuotes.asIn(cleanName, original), rules.catalogue().metricOf(cleanName), kind,
                measure, amount.value(), amount.upper(), amount.unit(), approx, "change".equals(measure) ? since : null, year, place.sectionId(),
                new Evidence(base + evidenceStart, base + clauseEnd, original.substring(evidenceStart, clauseEnd))));
    }

    /** What a figure measures ("change", "count", "level" or "share"), with the verb and the name that says so. */
    private record Measured(String measure, String verb, String name) {
    }

    /** The value, the upper end of a range (or null) and the unit an indicator gives a figure in. */
    private record Amount(double value, Double upper, String unit) {
    }

    /** What a figure measures, as its unit, verb and name say; a fall its name says (减少农村贫困人口) makes it a change down. */
    private Measured measureOf(Quantity q, String name, String verb, boolean share, boolean trailing, boolean countVerb, String basis) {
        String measure;
        String whole = wholeMeasure(q.unit(), countVerb);
        int fell = stockFallEnd(name);
        int cut;
        if (fell > 0 && !q.unit().isPercent() && !q.unit().isMoney()) {
            measure = "change";
            verb = "down";
            name = name.substring(fell);
        } else if ((q.unit().isPercent() || q.unit().isChange()) && verb == null && !share && !trailing
                && (cut = cutOpeningEnd(name)) > 0) {
            // 精简审批事项20%, 压缩一般性支出10%, 降低存款准备金率1个百分点: how much the thing named after the verb fell
            measure = "change";
            verb = "down";
            name = name.substring(cut);
        } else if (q.unit().isPercent() && simp.startsWith("的", q.end())
                && cues.startingAt(simp, q.end() + 1, simp.length(), "growth.after") != null) {
            measure = "change"; // 实现12%的增长, 保持了10%以上的增长速度: the growth is named after the figure
        } else if (trailing && !q.unit().isPercent()) {
            measure = countVerb ? "count" : "level"; // 改造提升5个镇街集贸市场: the verb acts on the things counted
        } else if (fallRate && q.unit().isPercent()) {
            measure = "change";
            verb = "down";
        } else if (q.unit().isChange() || "up".equals(verb) || "down".equals(verb) || "yoy".equals(basis) && q.unit().isPercent() && !share) {
            measure = "change"; // 同比+18.3%: a percentage against the year before is a change
        } else if (q.unit().isPercent() && !share && endsWithCue(name, "growth.suffix")) {
            measure = "change"; // 居民消费价格涨幅3%左右: how much prices rise
        } else if (q.unit().isPercent()) {
            measure = share || trailing || !endsWithCue(withoutTimeTail(name), "rate.suffix") || endsWithCue(name, "share.marker") ? "share" : "level";
        } else if (q.unit().isMoney() || runningTotal || cues.startingAt(name, 0, name.length(), "output.verb") != null) {
            measure = "level"; // 出栏生猪320万头: what a year put out is a level, though a verb opens its name
        } else if (whole != null) {
            measure = whole; // 签约项目176个,总投资1280亿元,其中百亿元项目2个: a part is measured as the figure in its unit it is part of
        } else if (cues.startingAt(name, 0, name.length(), "count.lead") == null
                && (endsWithCue(name, "stock.head") && !(doneOpensName && q.unit().kind().equals("measure") || addsTo(name))
                    || !q.unit().isCount() && endsWithCue(name, "rate.suffix"))) {
            // 设区市PM2.5平均浓度27微克/立方米: a concentration is a level whatever verb is before it; 新增…里程 and
            // 农村饮水安全工程新增受益人口 are not: what a stock gained is counted
            measure = "level";
        } else {
            measure = countVerb || q.unit().isEvent() ? "count" : "level";
        }
        if ("count".equals(measure) && q.unit().isCount() && Math.abs(q.value() - Math.rint(q.value())) > 1e-6) {
            measure = "level"; // 每千人口执业(助理)医师3.02人: things counted are whole, so this is an average
        }
        return new Measured(measure, verb, name);
    }

    /** Keeps what the figures after this one read of its measure: whether it counted, its unit, a level or a rise in per cent. */
    private void rememberMeasure(Quantity q, String measure, boolean trailing) {
        lastCounted = "count".equals(measure);
        lastUnit = q.unit().written();
        if ("count".equals(measure) || "level".equals(measure)) {
            measureOfUnit.put(q.unit().written(), measure);
        }
        lastPercentChange = "change".equals(measure) && q.unit().isPercent();
        lastHeld = trailing && "level".equals(measure);
    }

    /** A figure's amount as an indicator gives it: per what its name says, a multiple's growth in per cent, a fall negative. */
    private Amount amountOf(Quantity q, Measured measured) {
        String measure = measured.measure();
        String verb = measured.verb();
        double value = q.value();
        Double upper = q.upper();
        String unit = q.unit().base();
        String per = perUnitNamed(measured.name(), q.unit());
        if (per != null) {
            unit += "/" + per; // 小麦平均亩产826斤: a yield named per 亩 is in 斤 per 亩
        }
        if ("change".equals(measure) && TIMES.equals(unit) && !"down".equals(verb)) {
            // 增长1.5倍: 150 % more than before, the unit every other growth is given in
            value *= 100;
            upper = upper == null ? null : upper * 100;
            unit = "%";
        }
        if ("change".equals(measure) && "down".equals(verb) && value > 0) { // 负增长-1.5%: the sign already says so
            value = -value;
            upper = upper == null ? null : -upper;
        }
        return new Amount(value, upper, unit);
    }

    /** The last year mark before a figure that is its own: not another item's span or goals, a bracket's note, or where it moved from. */
    private Mark<Integer> ownYearMark(Quantity q) {
        Mark<Integer> own = lastBefore(years, q.start());
        while (own != null) {
            if (own.value() == null && words.lastIndexOf("；;", own.end(), q.start()) >= 0 || closedBracketBetween(own.end(), q.start())) {
                // 投资五年累计完成1500亿元;城镇化率达到55%: the span was that item's; 4500亿元(按1995年价格计算),人均…: the
                // year in brackets was that figure's note
                own = lastBefore(years, own.end() - 1);
            } else if (own.value() != null && yearsOfItemWithoutNumber(own.end(), q.start())) {
                // 2018年实现贫困人口全部脱贫,2020年全面建成小康社会;城镇化率达到45%: the years were those goals', with no figure
                int itemStart = words.lastIndexOf("；;", 0, own.end());
                own = itemStart < 0 ? null : lastBefore(years, itemStart);
            } else {
                break;
            }
        }
        if (own != null && own.end() == fromYearEnd) {
            own = lastBefore(years, own.end() - 1); // 由2016年的212天增加至290天: 2016 is where the change started
            if (own != null && own.end() <= clauseStart) {
                own = null; // …,城镇居民人均可支配收入由2005年的7520元增加到12486元: an earlier clause's year is no end's
            }
        }
        return own;
    }

    /** The year of a figure: a list's, a part of the year over, the year named or the part's; null for one over several years. */
    private Integer yearOf(Quantity q, Measured measured, String basis, boolean fromValue, Mark<Integer> own,
                           Mark<Integer> yearMark, SectionIndex.Place place) {
        String measure = measured.measure();
        String partKind = place.partKind();
        Integer named = yearMark == null ? null : yearMark.value();
        // 由上半年下降18.4%转为全年增长6.3%: a change started within the year reviewed
        boolean fromPartOfYear = fromValue && own == null && words.holdsCue(clauseStart, q.start(), "year.part");
        Integer partOver = own == null && "review".equals(partKind) ? sentenceYears.planYearPartOver(q.start()) : null;
        boolean summed = summedOverLongReview(partKind, measure, own, q);
        return yearInTurn != null ? yearInTurn
                : partOver != null ? partOver // 一季度,全县地区生产总值下降39.2% in a report read out in May
                // 累计实施重大产业项目612个,完成投资2864.3亿元: the money of things just counted is of their years
                : ofCounted && !namedInClause(own) ? lastYear
                : ANNUAL_AVG.equals(basis) && "change".equals(measure) ? null // an average over years has none
                : heldThroughYears(partKind, measure, own, yearMark, q.start()) ? null
                : summed ? null
                // 五年累计民生支出达到152.3亿元,占一般公共预算支出的78.6%: the share of a sum over years is over them too
                : shareOfSpanned && !namedInClause(own) ? null
                : fromYearsBack > 0 && context.years().byPart(partKind) != null
                    ? Integer.valueOf(context.years().byPart(partKind) - fromYearsBack)
                // 五年来…由11.2平方公里扩大到16.8平方公里: where a review of several years started, with no year or a span
                : fromPartOfYear ? context.years().byPart(partKind)
                : fromValue && named == null && "review".equals(partKind) && context.years().beforeReview() != null
                    ? context.years().beforeReview()
                // “九五”期间新增有效灌溉面积150万亩: what is done over a plan's years is of no one year, unlike a level it reaches
                : "count".equals(measure) && !fromValue && own != null && named != null && sentenceYears.spanEndsAt(own.end()) ? null
                : fromValue || yearMark != null && named != null ? named
                // a level reached over a span of years the review looks back on (“十二五”期间…总里程达到2.52万公里)
                // stands at its end, like one in a part spanning years
                // 新建改扩建中小学68所 in the plan's years of “十三五”时期和2020年工作回顾: done over those years, of none
                : "count".equals(measure) && yearMark == null && place.yearsOfCombinedReview() ? null
                // 2019年和今年以来工作回顾: after the paragraph opening this year (今年1月下旬以来,…), this year's
                : yearMark == null && place.thisYearSoFar() ? context.years().planYear()
                : yearMark == null && !place.multiYear() ? context.years().byPart(partKind)
                // 前三季度,全市生产总值增长7.8% in a review of five years: a part of a year is of the last year reviewed
                : yearMark == null && "review".equals(partKind) && sentenceYears.monthPartEnds(q.start()) > 0 ? context.years().reviewEnd()
                // “十四五”时期的主要目标:…森林覆盖率达到26%: a target of the plan a heading names, for its last year
                : yearMark == null && place.planEnd() != null && !"count".equals(measure) ? place.planEnd()
                : endOfReview(partKind, measure, basis) && !sumsOverSpan(own, q.unit(), measured.verb(), measured.name())
                    ? context.years().reviewEnd() : null;
    }

    /**
     * 石墨产业实现产值: the name without the verb between what did the work and what it came to. A verb after words
     * that are not a doer (计划完成产值, 累计实现利润, 全年实现增加值) is left, as is one before a thing that is no sum
     * (完成投资, the investment done, is named with its verb).
     */
    private String withoutDoneVerbInside(String name) {
        for (int k = 2; k < name.length() - 2; k++) {
            CueTable.Cue verb = cues.startingAt(name, k, name.length(), "done.inside.verb");
            // 莘庄工业区、闵行经济技术开发区分别实现工业总产值: each of the doers, the verb's 分别 goes with it
            int cut = k - EACH.length() >= 2 && name.startsWith(EACH, k - EACH.length()) ? k - EACH.length() : k;
            if (verb != null
                    && cues.endingAt(name, 0, cut, "scope", "filler", "kind.", "qualifier", "share.of_plan", "span.", "year.part") == null
                    && cues.endingAt(name, k + verb.word().length(), name.length(), "done.inside.object") != null) {
                return name.substring(0, cut) + name.substring(k + verb.word().length());
            }
        }
        return name;
    }

    /** 实施市重点项目: the things a count named, without the verb that counted them (市重点项目). */
    private String countedThings(String name) {
        int from = name.startsWith("新") ? 1 : 0;
        CueTable.Cue verb = cues.startingAt(name, from, name.length(), "count.verb", "money.issue.verb");
        int end = verb == null ? 0 : from + verb.word().length();
        return name.length() - end >= 2 ? name.substring(end) : name;
    }

    /**
     * 粮食播种面积 → 粮食, 新增高速公路通车里程 → 高速公路: the thing a name measures, before the first word of what it
     * measured of it, without what was done to it.
     */
    private String thingMeasured(String name) {
        CueTable.Cue added = cues.startingAt(name, 0, name.length(), "count.lead");
        String things = countedThings(added == null ? name : name.substring(added.word().length()));
        for (int k = 2; k < things.length(); k++) {
            if (cues.startingAt(things, k, things.length(), "attribute.measured", "stock.head") != null) {
                return things.substring(0, k);
            }
        }
        return things;
    }

    /** 城镇调查失业率年末: the name without the time written after it. */
    private String withoutTimeTail(String name) {
        CueTable.Cue when = cues.endingAt(name, 0, name.length(), "rate.time_tail");
        return when == null ? name : name.substring(0, name.length() - when.word().length());
    }

    /** 一季度地区生产总值下降6.8%,全年增长2.3%: the part of the year the name before was of is not this figure's. */
    private String withoutYearPart(String name) {
        CueTable.Cue part = cues.startingAt(name, 0, name.length(), "year.part");
        return part == null || part.word().length() == name.length() ? name : name.substring(part.word().length());
    }

    /**
     * The name a figure takes from the one before it: that name, but for a stock after a count of what was added
     * (新增市场主体5216户,总量达到4.8万户: 市场主体总量, not what was added).
     */
    private String stockOfLast(int leadFrom, int leadEnd) {
        CueTable.Cue added = cues.startingAt(lastName, 0, lastName.length(), "count.lead");
        CueTable.Cue stock = cues.endingAt(simp, leadFrom, leadEnd, "stock.head");
        if (added == null || stock == null || lastName.length() == added.word().length()) {
            return lastName;
        }
        return lastName.substring(added.word().length()) + stock.word();
    }

    /**
     * 连续五年稳定在50万吨以上, (五年来…)城镇登记失业率始终控制在4%以内: a level a review says was held through a span of years
     * belongs to none of them, unless its own clause names its year (2016年末…控制在4%以内). The span is said in its clause,
     * or opens its sentence or paragraph (五年来,…); a part that spans years alone does not make it, as the golds give such
     * a level the year the review ends as often as none.
     */
    private boolean heldThroughYears(String partKind, String measure, Mark<Integer> own, Mark<Integer> yearMark, int at) {
        if (!heldAt || !"review".equals(partKind) || !("level".equals(measure) || "share".equals(measure))
                || namedInClause(own)) {
            return false;
        }
        return words.holdsCue(clauseStart, at, "held.years") || yearMark != null && yearMark.value() == null;
    }

    /**
     * 全省财政民生支出累计达到2.5万亿元, 累计发放创业担保贷款28.7亿元: in a review of several years, what its clause says was
     * summed is summed over them, of no single year, unless the clause names its year.
     */
    private boolean sumOverLongReview(String partKind, String measure, Mark<Integer> own, Quantity q) {
        if (!"review".equals(partKind) || context.years().beforeReview() == null || "change".equals(measure)
                || namedInClause(own)
                // a paragraph on one year (2020年,面对疫情…累计检测42.6万人次) sums within it
                || paragraphYear != null && paragraphYear.value() != null
                // 新增上市公司7家,累计达到42家: the things counted so far are a stock at the review's end
                || runningTotal && q.unit().isCount()) {
            return false;
        }
        return words.holdsCue(clauseStart, q.start(), "sum.lead");
    }

    /**
     * {@link #sumOverLongReview}, or a part (其中…) of a figure so summed, the sentence's last in its unit (五年累计投入扶贫
     * 资金112.6亿元,其中财政专项扶贫资金58.3亿元; not …,进出口总额增加到2010年的38.6亿美元,其中出口26.2亿美元).
     */
    private boolean summedOverLongReview(String partKind, String measure, Mark<Integer> own, Quantity q) {
        boolean summed = sumOverLongReview(partKind, measure, own, q)
                || partOfWhole && !namedInClause(own) && summedUnits.contains(q.unit().written());
        if (summed) {
            summedUnits.add(q.unit().written());
        } else {
            summedUnits.remove(q.unit().written());
        }
        return summed;
    }

    /** Whether the figure's own clause names its year (2015年末…), which then holds whatever the clause says of years. */
    private boolean namedInClause(Mark<Integer> own) {
        return own != null && own.value() != null && own.end() > clauseStart;
    }

    /**
     * Whether a figure of a part spanning years stands at the part's end: a level or share reached in a review of
     * several years (常住人口城镇化率达到63.9%), or a change measured there against a year named (比2015年增长46.3%);
     * what changed or was done over the years otherwise spans them all.
     */
    private static boolean endOfReview(String partKind, String measure, String basis) {
        return "review".equals(partKind) && ("level".equals(measure) || "share".equals(measure)
                || "change".equals(measure) && basis != null && basis.startsWith("since:"));
    }

    private String approxOf(String word) {
        for (String a : new String[]{"about", "over", "under", "at_most", "at_least"}) {
            if (cues.is(word, "approx.before." + a)) {
                return a;
            }
        }
        return null;
    }

    /** A verb of change and 到 or 至 (压减至, 提高到): it says what value a figure was moved to. */
    private boolean movesTo(String word) {
        int last = word.length() - 1;
        return last >= 1 && "到至".indexOf(word.charAt(last)) >= 0 && cues.is(word, "level.verb")
                && cues.is(word.substring(0, last), "change.");
    }

    /** Where the thing named after a verb of cutting that opens the name starts (压缩|一般性支出), or -1. */
    private int cutOpeningEnd(String name) {
        CueTable.Cue cut = cues.startingAt(name, 0, name.length(), "stock.fall", "percent.fall");
        return cut != null && cut.word().length() + 1 < name.length() ? cut.word().length() : -1;
    }

    /** Where the stock named after a fall word starts (减少|农村贫困人口), or -1 when the name says no stock fell. */
    private int stockFallEnd(String name) {
        if (!endsWithCue(name, "stock.head")) {
            return -1;
        }
        int k = cues.indexIn(name, "stock.fall");
        if (k < 0) {
            return -1;
        }
        int end = k + cues.startingAt(name, k, name.length(), "stock.fall").word().length();
        return end < name.length() ? end : -1;
    }

    /**
     * After 其中, the measure of the sentence's last figure in the same unit, which the part shares; null where there is
     * none or where it is a level and a verb of things done says the part was counted (其中年产值亿元以上企业新增6家).
     */
    private String wholeMeasure(Unit unit, boolean countVerb) {
        String whole = partOfWhole ? measureOfUnit.get(unit.written()) : null;
        return "level".equals(whole) && countVerb ? null : whole;
    }

    /** Whether the name says what a stock gained (城区新增绿地面积: {@code stock.gain} anywhere in it). */
    private boolean addsTo(String name) {
        return cues.indexIn(name, "stock.gain") >= 0;
    }

    private boolean endsWithCue(String name, String category) {
        return cues.endingAt(name, 0, name.length(), category) != null;
    }


    /** Whether {@code pos} is inside a bracket opened before it. */
    private boolean insideBracket(int pos) {
        return words.lastIndexOf(OPENING_BRACKETS, 0, pos) > words.lastIndexOf(CLOSING_BRACKETS, 0, pos);
    }

    /** Whether {@code from} is inside a bracket that closes before {@code to}. */
    private boolean closedBracketBetween(int from, int to) {
        return insideBracket(from) && words.lastIndexOf(CLOSING_BRACKETS, from, to) >= 0;
    }

    /** Whether a ； ends, before {@code to}, the item a year ending at {@code yearEnd} is in, and it holds no number but years. */
    private boolean yearsOfItemWithoutNumber(int yearEnd, int to) {
        int itemEnd = words.firstIndexOf("；;", yearEnd);
        if (itemEnd < 0 || itemEnd >= to) {
            return false;
        }
        for (int k = words.lastIndexOf("；;", 0, yearEnd) + 1; k < itemEnd; k++) {
            int year = sentenceYears.yearWordEnd(k, itemEnd);
            if (year > 0) {
                k = year - 1;
            } else if (words.numberAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int skipSeparators(int from, int to) {
        while (from < to) {
            char c = simp.charAt(from);
            // a figure in brackets after another, 1.33万亿元(同口径增长2.9%), and the one after them, (3552.6万吨),增长0.9%
            if (Character.isWhitespace(c) || "、,，;；:：)".indexOf(c) >= 0 || c == '(' && ListMarks.end(simp, from, to) <= from
                    || ListNames.LIST_MARKS.indexOf(c) >= 0 && tokens.startsAt(from) && tokens.wordEnd(from) == from + 1) {
                from++;
            } else {
                break;
            }
        }
        return from;
    }

    /** Where 按(现行|当年平均|…)汇率折算 (or 计算) opening {@code [from, to)} ends, or -1. */
    private int rateConversionEnd(int from, int to) {
        int rate = simp.charAt(from) == '按' ? simp.indexOf(EXCHANGE_RATE, from + 1) : -1;
        if (rate < 0 || rate - from > MAX_RATE_WORDS) {
            return -1;
        }
        int end = rate + EXCHANGE_RATE.length();
        for (String verb : CONVERTED) {
            if (simp.startsWith(verb, end) && end + verb.length() <= to) {
                return end + verb.length();
            }
        }
        return -1;
    }

    /** Drops scope and time words and conjunctions opening a name: 全区, 今年, 其中, 2018年, 预计, 但仍. */
    private int stripLeading(int from, int to) {
        int s = from;
        while (s < to) {
            char c = simp.charAt(s);
            // 到 left of a year cut off (到2015年达到720亿元)
            if (Character.isWhitespace(c) || "、,，:：—".indexOf(c) >= 0 || (c == '到' || c == '至') && s + 1 == to) {
                s++;
                continue;
            }
            int quoted = quotedScopeEnd(s, to);
            if (quoted > s) {
                s = quoted; // “十一五”期间: a plan's name in quotes
                continue;
            }
            CueTable.Cue cue = cues.startingAt(simp, s, to, "scope", "kind.", "filler", "conjunction");
            // 带动消费3.2亿元: what was driven, a word alone, is named with the driving
            boolean drivenWord = cue != null && cues.is(cue.word(), "scope.drive")
                    && to - s - cue.word().length() > 0 && to - s - cue.word().length() <= MAX_DRIVEN_WORD;
            boolean keptBeforeNoun = cue != null && (cues.is(cue.word(), "scope.kept") && to > s + cue.word().length()
                    || cues.startingAt(simp, s, to, "name.term") != null); // 再就业: a term a filler opens
            if (cue != null && tokens.startsAt(s + cue.word().length()) && !drivenWord && !keptBeforeNoun) {
                s += cue.word().length();
                continue;
            }
            int factor = words.factorTakenOutEnd(s, to);
            if (factor > s) {
                s = factor;
                continue;
            }
            int converted = rateConversionEnd(s, to);
            if (converted > s) {
                s = converted; // 按当年平均汇率折算约7700美元: the figure before in another currency
                continue;
            }
            int y = sentenceYears.yearWordEnd(s, to);
            if (y > s && y < to) {
                s = y + 1 < to && SentenceYears.YEAR_EDGE.indexOf(simp.charAt(y)) >= 0 ? y + 1 : y; // 2005年末各类牲畜存栏: 末 with its year
                continue;
            }
            int month = sentenceYears.monthWordEnd(SentenceYears.MONTH_PREPOSITIONS.indexOf(c) >= 0 ? s + 1 : s, to);
            if (month > s && month < to) {
                s = month; // 12月份全市空气优良天数比例, 到3月底规模以上工业企业复工率: the month the figure is of, not its name
                continue;
            }
            int item = ListMarks.end(simp, s, to);
            if (item > s) {
                s = item;
                continue;
            }
            int enumerated = enumerationMarkEnd(s, to);
            if (enumerated > s) {
                s = enumerated; // 一是新增国家高新技术企业28家, 十一是…: the item's marker is no part of the name
                continue;
            }
            break;
        }
        return s;
    }

    /** What a name says its amount is per (亩产: 亩; `unit.per.` in cues.tsv), for an amount in a unit per nothing. */
    private String perUnitNamed(String name, Unit unit) {
        if (!unit.kind().equals("measure") || unit.base().indexOf('/') >= 0) {
            return null;
        }
        int k = cues.indexIn(name, "unit.per.");
        return k < 0 ? null : cues.startingAt(name, k, name.length(), "unit.per.").categoryTail("unit.per.");
    }

    /** End of an enumeration's marker ({@link #ENUMERATED_ITEM}: 一是, 十一是) starting at {@code s}, or -1. */
    private int enumerationMarkEnd(int s, int to) {
        Matcher m = ENUMERATED_ITEM.matcher(simp).region(s, simp.length());
        // 十是为2万名…: the 是 may have been cut off the lead as a verb already
        return m.lookingAt() ? Math.min(m.end(), to) : -1;
    }

    /** End of a scope word in quotes (“十一五”) starting at {@code s}, or -1. */
    private int quotedScopeEnd(int s, int to) {
        if (OPENING_QUOTES.indexOf(simp.charAt(s)) < 0) {
            return -1;
        }
        CueTable.Cue cue = cues.startingAt(simp, s + 1, to, "scope");
        int close = cue == null ? -1 : s + 1 + cue.word().length();
        if (close >= 0 && close < to && CLOSING_QUOTES.indexOf(simp.charAt(close)) >= 0) {
            return close + 1;
        }
        // “十五”, “九五”: a plan whose bare name may be a number is a scope only in quotes
        for (int k = s + 2; k < to && k <= s + PLAN_NAME_CHARS; k++) {
            if (CLOSING_QUOTES.indexOf(simp.charAt(k)) >= 0) {
                return FiveYearPlans.lastYearsNamedIn(simp.substring(s, k + 1)).isEmpty() ? -1 : k + 1;
            }
        }
        return -1;
    }

    private boolean hasCountVerb(int from, int to) {
        return from < to && tokens.startsAt(from) && tokens.verbAt(from) && cues.startingAt(simp, from, to, "noun.of_verb") == null
                && !opensClassBound(from, to)
                || words.holdsCue(from, to, "count.verb")
                // 新招引产业项目41个: 新 before a verb of work done says it was done this year
                || from + 1 < to && simp.charAt(from) == '新' && tokens.startsAt(from + 1) && tokens.verbAt(from + 1);
    }

    /** 超百亿元企业, 超10亿元企业: 超 before an amount bounds the class the name counts, no verb of things done. */
    private boolean opensClassBound(int from, int to) {
        CueTable.Cue over = cues.startingAt(simp, from, to, "approx.before.over");
        int after = over == null ? to : from + over.word().length();
        return after < to && words.numberAt(after);
    }

    /**
     * Whether the lead sets the figure against another: an average elsewhere (比全国平均水平低0.4个百分点), or, for
     * percentage points, any figure it is higher or lower than (高于经济增长1个百分点). 城镇登记失业率低于4.5% is a
     * figure of its own: a percentage after 低于 is a bound, not a gap.
     */
    private boolean comparesWithElsewhere(int from, int to, Unit unit) {
        for (int k = from; k < to; k++) {
            CueTable.Cue cue = rules.comparisons().startingAt(simp, k, to, COMPARISONS);
            if (cue != null && (cue.category().equals("compare.average") || unit.isChange())) {
                return true;
            }
        }
        return false;
    }

    /**
     * 增速高于全省0.8个百分点, 城镇化水平低于全省平均水平近10个百分点, 比全国平均水平低0.4个百分点: a gap in percentage points
     * to the whole the place is part of ({@code gap.whole}) is a change of what the lead names, or of the figure before
     * (增速: its growth), up or down as the comparison says; emitted here, as the lead's words are the comparison's.
     * Wholes listed take the gaps listed in turn (高于全国、全省0.8个和0.7个百分点).
     */
    private boolean readGapToTheWhole(List<Quantity> group, int from, int to) {
        if (!group.get(0).unit().isChange()) {
            return false;
        }
        for (int k = from; k < to; k++) {
            CueTable.Cue gap = rules.comparisons().startingAt(simp, k, to, "compare.gap");
            boolean than = gap == null && simp.charAt(k) == '比';
            int wholeAt = gap != null ? k + gap.word().length() : than ? k + 1 : -1;
            CueTable.Cue whole = wholeAt >= 0 ? cues.startingAt(simp, wholeAt, to, "gap.whole") : null;
            if (whole == null) {
                continue;
            }
            int wholeEnd = wholeAt + whole.word().length();
            int wholes = 1;
            for (CueTable.Cue next; wholeEnd < to && simp.charAt(wholeEnd) == '、'
                    && (next = cues.startingAt(simp, wholeEnd + 1, to, "gap.whole")) != null; wholes++) {
                wholeEnd += 1 + next.word().length();
            }
            if (group.size() != 1 && group.size() != wholes) {
                return false;
            }
            CueTable.Cue nearly = cues.endingAt(simp, wholeEnd, to, "approx.before.");
            // 比全省高出约25个百分点: the way it goes is written before the approximation
            CueTable.Cue thanWord = than ? cues.endingAt(simp, wholeEnd, nearly == null ? to : to - nearly.word().length(), "gap.than") : null;
            if (than && thanWord == null) {
                continue;
            }
            if (words.holdsCue(wholeEnd, to, "gap.set_elsewhere")) {
                return true; // 低于全省下达目标1个百分点: a bound set elsewhere, not the whole's figure
            }
            String direction = (gap != null ? gap : thanWord).category();
            int leadStart = stripLeading(from, k);
            while (leadStart < k && tokens.startsAt(leadStart) && tokens.wordEnd(leadStart) <= k
                    && (isAdverb(tokens.natureAt(leadStart)) || "c".equals(tokens.natureAt(leadStart)))) {
                leadStart = tokens.wordEnd(leadStart); // 但仍低于全市平均水平: 但 and 仍 name nothing
            }
            String lead = simp.substring(leadStart, k).strip();
            boolean ofLast = lead.isEmpty() || cues.is(lead, "growth.suffix");
            if (ofLast && lastName == null) {
                return true;
            }
            String name = !ofLast ? lead : lead.isEmpty() || lastName.endsWith(lead) ? lastName : lastName + lead;
            evidenceStart = ofLast ? lastNameClauseStart : clauseStart;
            // 年均增速9.1%,高于全国、全省平均水平1.8个和1.3个百分点: a gap right after an average over years is one too
            // (…两年平均增长8.6%,增速高于全市平均水平4.6个百分点: 增速 names the year's growth again)
            String basis = lead.isEmpty() && lastName != null && !out.isEmpty()
                    && ANNUAL_AVG.equals(out.get(out.size() - 1).basis()) ? ANNUAL_AVG : null;
            for (Quantity q : group) {
                emit(q, name, direction.endsWith(".down") ? "down" : "up", nearly == null ? null : approxOf(nearly.word()),
                        basis, false, false, false, false);
            }
            return true;
        }
        return false;
    }

    /**
     * Whether {@code [from, to)} is a verb of two characters at most with 为/到/至/成 after it (撤并为, 整合为), or without
     * where the segmenter calls its opening a verb (精简; it may cut 撤并 in two, and read 整 after a number as one).
     */
    private boolean movesOn(int from, int to) {
        boolean markInside = to > from && MOVED_TO.indexOf(simp.charAt(to - 1)) >= 0;
        int end = markInside ? to - 1 : to;
        // the mark may have been cut off the lead with what follows it (整合为2015年的31家)
        boolean movedTo = markInside || to < simp.length() && MOVED_TO.indexOf(simp.charAt(to)) >= 0;
        String nature = tokens.natureAt(from);
        return end > from && end - from <= 2 && (movedTo || nature != null && (nature.equals("v") || nature.equals("vn")));
    }

    /**
     * Whether an amount of money after a verb of issuing or setting aside is the amount of the noun after it, which
     * ends the clause (发行2000亿元债券, 中央财政安排1000亿元专项奖补资金): the noun names it.
     */
    private boolean moneyOfTheNounAfter(int nameStart, int nameEnd, Unit unit, int tEnd) {
        // 设立总规模5亿元的产业引导基金: the size of the fund set up, named after it
        CueTable.Cue size = cues.endingAt(simp, nameStart, nameEnd, "money.size");
        int verbEnd = size == null ? nameEnd : nameEnd - size.word().length();
        if (verbEnd > nameStart && simp.charAt(verbEnd - 1) == '了') {
            verbEnd--; // 设立了规模10亿元的县域经济发展基金
        }
        return unit.isMoney() && verbEnd > nameStart && cues.endingAt(simp, nameStart, verbEnd, "money.issue.verb") != null
                && (tEnd >= simp.length() || FullStops.isFullStop(simp, tEnd) || SentenceWords.CLAUSE_MARKS.indexOf(simp.charAt(tEnd)) >= 0);
    }

    /**
     * Keeps the names for the figures after [from, to) where that is a list's join and a verb (、下降, 和增长): the list
     * goes on after it. Returns whether it does.
     */
    private boolean keepListNames(List<String> left, int from, int to) {
        int verb = from < to && QuantityScanner.LIST_JOINS.indexOf(simp.charAt(from)) >= 0 ? from + 1 : from;
        String word = simp.substring(verb, to);
        if (left.isEmpty() || !(cues.is(word, "change.") || cues.is(word, "level."))) {
            return false;
        }
        listNamesLeft = List.copyOf(left);
        listNamesAt = from;
        return true;
    }

    /** End of a bracket of divisions after a division counted (12个县(市、区), 276个村(社区)), or {@code end} if none. */
    private int divisionsBracketEnd(int end, int to) {
        if (end >= to || "(（".indexOf(simp.charAt(end)) < 0) {
            return end;
        }
        for (int k = end + 1; k < to && k <= end + MAX_DIVISIONS_BRACKET; k++) {
            char c = simp.charAt(k);
            if (")）".indexOf(c) >= 0) {
                return k > end + 1 ? k + 1 : end;
            }
            if (c != '、' && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                return end;
            }
        }
        return end;
    }

    /**
     * Whether the figures follow one another with nothing between them (2.86万户8.12万名), or only a 、 after households
     * (4956户、11268名: the households and the people of one group; 8.6万人、4.2万头牲畜 are two).
     */
    private boolean adjoining(List<Quantity> group) {
        for (int i = 1; i < group.size(); i++) {
            Quantity before = group.get(i - 1);
            int gap = group.get(i).start() - before.end();
            if (gap > 1 || gap == 1 && !(simp.charAt(before.end()) == '、' && HOUSEHOLDS.equals(before.unit().base()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * End of the noun written right after a number (108个村煤改气, 10个项目获评…), up to a list mark, the
     * next figure, an adverb or a predicate verb; or -1 where no noun follows.
     *
     * @param afterCount whether the number counts (3000名): then a verb may open the noun after it
     * @param leadNamesNothing whether nothing but a verb comes before the number (完成): then the work done may end the noun
     */
    private int trailingNameEnd(int from, int to, boolean afterCount, boolean leadNamesNothing) {
        boolean afterDe = from < to && simp.charAt(from) == '的';
        if (afterDe) {
            from++; // 80%以上的村
        }
        if (from >= to || etcetera(from, to)) {
            return -1; // 开展职业技能培训6000人次等: the list ends, nothing counted follows
        }
        // 帮助3000名就业困难人员实现就业: a verb of two characters or more may open the noun, when the noun comes after it
        boolean verbOpens = afterCount && tokens.verbAt(from) && (tokens.wordEnd(from) - from >= 2 || words.opensCompoundNoun(from, to))
                && cues.startingAt(simp, from, to, "level.verb", "predicate", "scope") == null; // 2160万人次实现旅游收入: a clause of its own
        // 118个亿元以上在建项目: the bound of a class may open the noun counted
        Matcher bound = CLASS_BOUND_OPENING.matcher(simp).region(from, to);
        boolean boundOpens = bound.lookingAt() && bound.end() < to
                && Character.UnicodeScript.of(simp.charAt(bound.end())) == Character.UnicodeScript.HAN;
        // 50户现代企业制度试点企业: a time word before a noun is an adjective of it (现代|企业)
        boolean timeWordOpens = afterCount && "t".equals(tokens.natureAt(from)) && isNoun(tokens.natureAt(tokens.wordEnd(from)));
        // 318公里的济青高速公路: after 的 a name the dictionary cuts into a verb's character (济|青) still opens the noun
        boolean nameOpens = afterDe && !isNounStart(tokens.natureAt(from)) && Character.isIdeographic(simp.charAt(from))
                && (!tokens.verbAt(from) || tokens.wordEnd(from) == from + 1);
        if (!verbOpens && !boundOpens && !timeWordOpens && !nameOpens && !isNounStart(tokens.natureAt(from))
                && !digitAndLetter(from)
                && cues.startingAt(simp, from, to, "noun.opening") == null) { // 1.36万相对贫困人口
            return -1;
        }
        CueTable.Cue toVerb = cues.startingAt(simp, words.pastManner(from), to, "level.verb"); // 3838.6万吨有序调减至3001万吨
        if (toVerb != null && toVerb.word().length() > 1 && "到至".indexOf(toVerb.word().charAt(toVerb.word().length() - 1)) >= 0) {
            return -1; // 由78家发展到186家: where the number went, not what it counts
        }
        int k = boundOpens ? bound.end() : from;
        int joinAt = -1;
        while (k < to) {
            Matcher classBound = k > from ? CLASS_BOUND_INSIDE.matcher(simp).region(k, to) : null;
            if (classBound != null && classBound.lookingAt() && classBound.end() < to
                    && Character.UnicodeScript.of(simp.charAt(classBound.end())) == Character.UnicodeScript.HAN) {
                k = classBound.end(); // 建成3个人口超万人的中心镇: the things counted are the noun the bound classes
                continue;
            }
            char c = simp.charAt(k);
            if ("、,，;；:：(（“".indexOf(c) >= 0 || Character.isWhitespace(c)
                    || Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN && !Character.isLetter(c) && !digitAndLetter(k)) {
                break;
            }
            if (k > from && tokens.startsAt(k) && joinAt < 0 && words.joins(k, to)) {
                joinAt = k; // 二百一十七户国有及国有控股企业: one kind of thing, named by both, if a noun ends it
                k = tokens.wordEnd(k);
                continue;
            }
            if (k > from && tokens.startsAt(k)) {
                String nature = tokens.natureAt(k);
                if (afterCount && wholeOfPartsAt(k, to)) {
                    break; // 全市106家市属企业中,已有98家完成改制: the whole the clause after tells a part of
                }
                if (nature != null && (isAdverb(nature) || nature.startsWith("p") || nature.startsWith("c")
                        || nature.startsWith("u") || nature.startsWith("m"))
                        || words.wholeWordCueAt(k, to, "level.verb", "predicate")
                        // 为1.2万名困难群众发放各类救助资金6860万元: a verb with its object after the noun counted opens a
                        // clause of its own, with the next figure (46个贫困村退出、…: 退出 ends the name)
                        || opensClauseWithObject(k, to)) {
                    break;
                }
            }
            k++;
        }
        if (k + 1 < simp.length() && MOVED_TO.indexOf(simp.charAt(k)) >= 0
                && words.numberAt(k + 1)) {
            return -1; // 由41户重组为23户: what the number became, not what it counts
        }
        if (joinAt >= 0 && !isNoun(tokens.natureAt(tokens.lastWordStart(k)))) {
            k = joinAt; // 新建10个村卫生室和改造…: the list goes on with work done, not the name
        }
        int len = k - from;
        String lastNature = tokens.natureAt(tokens.wordStartBefore(k));
        // 98名驰援湖北: a verb with a place after it is what the people counted went to do, no noun
        // 完成1018台燃煤锅炉改造: after a lead that names nothing, work done to a noun after the verb ends the name as well
        // as the noun (not 志愿者近2万人次投入山火扑救, where the lead names the people)
        int workStart = tokens.wordStartBefore(k);
        boolean workOnNoun = leadNamesNothing && "vn".equals(lastNature) && isNoun(tokens.natureAt(tokens.wordStartBefore(workStart)));
        if (verbOpens && (tokens.wordEnd(from) >= k || !isNoun(lastNature) && !workOnNoun || "ns".equals(lastNature))
                || nameOpens && !isNoun(lastNature)) {
            return -1;
        }
        return len >= 1 && len <= 16 ? k : -1;
    }

    /** Whether 等 alone stands at {@code k}, closing a list before the clause ends (人次等, 人次等等). */
    private boolean etcetera(int k, int to) {
        int end = simp.startsWith("等等", k) ? k + 2 : simp.startsWith("等", k) ? k + 1 : -1;
        return end > 0 && (end >= to || SentenceWords.CLAUSE_MARKS.indexOf(simp.charAt(end)) >= 0);
    }

    /** Whether a 中 ending the clause at {@code k} makes what it follows the whole the clause after tells a part of. */
    private boolean wholeOfPartsAt(int k, int to) {
        return k < to && simp.charAt(k) == '中' && tokens.wordEnd(k) == k + 1 && k + 1 < simp.length()
                && SentenceWords.CLAUSE_MARKS.indexOf(simp.charAt(k + 1)) >= 0;
    }

    /** The words a problem solved adds to a count's name (饮水安全, 饮水困难), and where its phrase ends. */
    private record ProblemSolved(String words, int end) {
    }

    /**
     * The phrase of Chinese after the 的 at {@code from} that a problem word ({@code problem.solved}: 问题, 困难) ends,
     * two characters or more after it (…农村人口的饮水安全问题), or null. A word under {@code .kept} stays in the words.
     */
    private ProblemSolved problemSolved(int from, int to) {
        if (from >= to || simp.charAt(from) != '的') {
            return null;
        }
        for (int k = from + 1; k < to && k <= from + MAX_PROBLEM_PHRASE; k++) {
            if (Character.UnicodeScript.of(simp.charAt(k)) != Character.UnicodeScript.HAN) {
                return null;
            }
            CueTable.Cue problem = k >= from + 3 ? cues.startingAt(simp, k, to, "problem.solved") : null;
            if (problem != null) {
                String kept = problem.category().endsWith(".kept") ? problem.word() : "";
                return new ProblemSolved(simp.substring(from + 1, k) + kept, k + problem.word().length());
            }
        }
        return null;
    }

    /** Whether a verb of two characters or more at {@code k}, after a noun, takes a noun object right up to the figure at {@code to}. */
    private boolean opensClauseWithObject(int k, int to) {
        int verbEnd = tokens.wordEnd(k);
        return tokens.verbAt(k) && verbEnd - k >= 2 && verbEnd < to && isNoun(tokens.natureAt(tokens.wordStartBefore(k)))
                && Character.UnicodeScript.of(simp.charAt(verbEnd)) == Character.UnicodeScript.HAN
                && words.numberAt(to)
                // 提升改造和6座…: a list goes on, no object; 办理留抵退税89.3亿元: a verb's noun (vn) with no noun before
                // it is an object too (not 在建项目完成投资)
                && (isNoun(tokens.natureAt(tokens.wordStartBefore(to)))
                    || "vn".equals(tokens.natureAt(tokens.wordStartBefore(to))) && !words.holdsNoun(verbEnd, to));
    }

    /** End of what was done to the things counted, written right after them (稳定脱贫, 全部出列), or -1; it starts at {@link #doneAfterStart}. */
    private int doneAfterEnd(int from, int to) {
        CueTable.Cue adverb = cues.startingAt(simp, from, to, DONE_AFTER_ADVERB);
        int k = adverb == null ? from : from + adverb.word().length();
        CueTable.Cue done = cues.startingAt(simp, k, to, DONE_AFTER);
        doneAfterStart = k;
        int end = done == null ? -1 : k + done.word().length();
        CueTable.Cue orDone = end > 0 && end + 1 < to && "或和及".indexOf(simp.charAt(end)) >= 0
                ? cues.startingAt(simp, end + 1, to, DONE_AFTER) : null;
        end = orDone == null ? end : end + 1 + orDone.word().length(); // 有268户扭亏或脱困: either done, as one
        // 带动4300余户脱贫户增收: 脱贫户 is a noun, not what was done
        return end > 0 && (end >= to || DONE_NOUN_HEADS.indexOf(simp.charAt(end)) < 0) ? end : -1;
    }

    /**
     * 五年累计完成投资3.5万亿元, 五年共投入资金3.2亿元, “十二五”期间累计…: a sum over the span of years, of no single
     * year, and so is an amount a later clause gives with no verb of a level reached (五年累计接待游客4.12亿人次,实现旅游
     * 总收入3958.6亿元); a rate there (贫困发生率下降到9.7%) or a stock reached (高速公路通车里程达到3113公里) stands at
     * the span's end. Money a verb right after the span says was spent or raised over it (五年来完成植树造林38.6万亩,落实
     * 森林生态效益补偿资金9.6亿元) is summed too. The span is the sentence's own: a paragraph's opening span is no sum.
     */
    private boolean sumsOverSpan(Mark<Integer> span, Unit unit, String verb, String name) {
        if (span == null || span.value() != null) {
            return false;
        }
        int sumAt = pastScope(span.end()); // 五年中,全市共完成…: the clause after the span opens with the sum
        return (span.end() > clauseStart || sumAt > clauseStart && sumWordAt(sumAt)
                    || !unit.isPercent() && !unit.isChange() && verb == null && !endsWithCue(name, "stock.head"))
                && (sumWordAt(span.end()) || sumWordAt(sumAt)
                    || cues.endingAt(simp, 0, span.end(), tokens::startsAt, SUM_AFTER_SPAN) != null
                    || unit.isMoney() && span.end() < simp.length() && tokens.verbAt(span.end()));
    }

    /** Where the words after a span go on past a comma and the place it is of (五年中,全市共完成…: at 共). */
    private int pastScope(int at) {
        int k = at < simp.length() && simp.charAt(at) == ',' ? at + 1 : at;
        CueTable.Cue scope = cues.startingAt(simp, k, simp.length(), "scope");
        return scope != null && tokens.startsAt(k) ? k + scope.word().length() : at;
    }

    /** Whether a word that sums (累计, 共) starts at {@code at}, as a word of its own (共投入, not 共同). */
    private boolean sumWordAt(int at) {
        CueTable.Cue sum = cues.startingAt(simp, at, simp.length(), SUM_AFTER_SPAN);
        return sum != null && tokens.startsAt(at) && tokens.wordEnd(at) == at + sum.word().length();
    }

    /** A mark in the sentence (a year named, a kind cue) and the offset where it ends. */
    record Mark<T>(int end, T value) {
    }


    /** Whether the lead ends in a verb of cause (造成, 导致), a scope word after it allowed (地震造成全县). */
    private boolean causeEndsLead(int from, int to) {
        CueTable.Cue scope = cues.endingAt(simp, from, to, "scope");
        int end = scope == null ? to : to - scope.word().length();
        return cues.endingAt(simp, from, end, "cause.verb") != null;
    }

    /** The last mark ending at or before {@code pos}, or null. */
    static <T> Mark<T> lastBefore(List<Mark<T>> marks, int pos) {
        int lo = 0;
        int hi = marks.size() - 1;
        Mark<T> found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (marks.get(mid).end() <= pos) {
                found = marks.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

}
