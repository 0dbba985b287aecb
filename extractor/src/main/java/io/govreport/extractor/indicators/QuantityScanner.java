package io.govreport.extractor.indicators;

import io.govreport.extractor.support.ChineseNumerals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds quantities in a stretch of text in one left-to-right pass, without regular expressions:
 * Arabic numbers (full-width digits, thousands separators, decimals), Chinese numerals, 百分之十二 and
 * 千分之八, the multipliers 万 亿 千 百, 余/多 inside (3600余万元, 4.2万余铺), ranges (6%—7%, 4.5%-5%, 6%至7%, 6-7%), 成 (七成 → 70%),
 * a minus sign (增长-3%, 增速为−1.2%) and a unit from the unit table. A number without a unit (a date, 第3位, 20年来, a footnote mark [2],
 * the 2.5 of PM2.5) is not a quantity. Thread-safe.
 */
final class QuantityScanner {

    private static final String RANGE_MARKS = "-—–~～至到";
    /** What stands between the ends of a range written in Chinese numerals (十至十五条, 百分之十到十二). */
    private static final String CHINESE_RANGE_MARKS = "至到";
    /** Hyphen-minus, the minus sign and the small hyphen-minus (the full-width one is folded to ASCII before). */
    private static final String MINUS_SIGNS = "-−﹣";
    private static final String PLUS_SIGNS = "+﹢";
    /** Words before a bare 万/千/百 that make it an amount said roughly (逾万户, 近千家, 上百项). */
    private static final String ROUGH_BEFORE = "逾近约超上";
    /** Words before a numeral that make it no number at all (数十亿元, 几百家). */
    private static final String VAGUE_BEFORE = "数几";
    private static final String ONE_POINT = "个百分点";
    /** 压缩至一个工作日以内: a time limit of one working day is a figure, where 一个 is otherwise a word. */
    private static final String ONE_WORKING_DAY = "个工作日";
    private static final String PERCENT_SIGNS = "%％‰";
    private static final String PER = "每";
    /** The spaces a copy may put around a figure's unit and bound (6.5 %, 95% 以上): ASCII and full-width. */
    private static final String SPACES = " \u3000";
    private static final List<String> PER_AREAS = List.of("平方米", "公顷", "亩");
    /** Units of a length of time, and what before one says it is the time something took (用3天, 前11个月, 历时2个月). */
    private static final Set<String> TIME_LENGTHS = Set.of("天", "个月");
    /**
     * A Chinese numeral this large, or counting these, before a noun is a figure, not part of a name (六个责任); so is
     * one above {@link #NAMES_ROUND} that is no multiple of ten (二十六个集体): names take small or round numbers
     * (十件实事, 二十条措施, 二十项民生工程).
     */
    private static final double COUNTED_NOT_NAMED = 100;
    private static final double NAMES_ROUND = 20;
    private static final Set<String> COUNTED_PEOPLE = Set.of("户", "名", "人");
    /**
     * 十二个贫困村, 二十个示范村: names take round numbers of 条, 项 and 件 (二十条措施), of 个 ten or fewer only (六个方面):
     * above that, 个 counts.
     */
    private static final String COUNTED_ABOVE_TEN = "个";
    private static final double TEN = 10;
    private static final String TIME_TAKEN_BEFORE = "前用历";
    /** 由六家增加到十三家, 从三个调整为五个: after 由 or 从, a verb of change and the number it came to. */
    private static final String CHANGE_FROM = "由从";
    private static final String CHANGED_TO = "到为至";
    private static final int CHANGE_VERB_CHARS = 3;
    /** Besides an ideograph or a space, what a minus sign may follow: the punctuation a figure starts after. */
    private static final String BEFORE_SIGN = "：:，,、；;（(“\"";
    /** A run of more digits than this (an id, a phone number, a table run together) is no figure. */
    private static final int MAX_FIGURE_CHARS = 24;
    private static final int MAX_LIST = 12;
    /**
     * What joins the items of a list (下辖15个街道、263个社区和3个镇), and numbers whose unit is written once
     * (4.6和2.9个百分点).
     */
    static final String LIST_JOINS = "、和及与";
    private static final double TEN_THOUSAND = 10_000;
    /** The unit of a count of people written without one, and the cues that say a clause counts people. */
    private static final String PERSON = "人";
    /** A part of a whole written as a ratio of parts that sum to a hundred (三次产业结构9.4:60.1:30.5): a share in per cent. */
    static final Unit PART_OF_WHOLE = new Unit("", "%", 1, "percent", "");
    private static final String RATIO_MARKS = ":：∶";
    private static final int MAX_PARTS = 4;
    private static final char ZERO = '零';
    /** The verbs a figure falls to zero by (降至零, 下降到零). */
    private static final List<String> MOVED_TO_ZERO = List.of("降至", "降为", "降到", "下降至", "下降到", "减少到", "减少至", "减至", "降低到", "降低至");
    /** The characters a unit opening with 个 may have after it (个月, 个工作日). */
    private static final int MAX_UNIT_AFTER_GE = 4;
    /** How far the parts may sum from a hundred, each rounded to a tenth. */
    private static final double PARTS_SUM_SLACK = 0.5;
    /** A ratio has no unit: the figure's unit is empty. */
    private static final Unit RATIO = new Unit("", "", 1, "measure", "");
    private static final String RATIO_NAME = "ratio.name";
    /** A number of years, read only where the lead names them (平均受教育年限达到11.2年): 年 after a number is else a date. */
    private static final Unit YEARS = new Unit("年", "年", 1, "measure", "");
    private static final String YEARS_NAME = "years.name";
    private static final int RATIO_LEAD_STEPS = 6;
    private static final String PEOPLE = "people.noun";
    /** How far after such a number a people noun may start (3.8万贫困人口, 161.5万建档立卡相对贫困人口). */
    private static final int PEOPLE_NOUN_AFTER = 10;

    private final UnitTable units;
    private final CueTable cues;

    QuantityScanner(UnitTable units, CueTable cues) {
        this.units = units;
        this.cues = cues;
    }

    /** The quantities of {@code text} between {@code from} and {@code to}: one clause, which also says who a bare 万 counts. */
    List<Quantity> scan(String text, int from, int to) {
        List<Quantity> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (digit(c) >= 0) {
                List<Quantity> parts = prevBlocksNumber(text, i) ? List.of() : partsOfWhole(text, i, to);
                if (!parts.isEmpty()) {
                    found.addAll(parts);
                    i = parts.get(parts.size() - 1).end();
                    continue;
                }
                int runEnd = numberEnd(text, i, to);
                Quantity q = prevBlocksNumber(text, i) ? null : unlessTimeTaken(text, arabic(text, i, runEnd, from, to), to);
                if (q != null) {
                    if (q.upper() == null && signBefore(MINUS_SIGNS, text, i, from, found)) {
                        q = new Quantity(i - 1, q.end(), -q.value(), null, q.unit(), q.approx());
                    } else if (q.upper() == null && signBefore(PLUS_SIGNS, text, i, from, found)) {
                        q = new Quantity(i - 1, q.end(), q.value(), null, q.unit(), q.approx()); // 同比+18.3%
                    }
                    found.add(q);
                    i = q.end();
                } else {
                    i = runEnd;
                }
            } else if (c == ZERO && movedToZero(text, i, from, to, found)) {
                Quantity last = found.get(found.size() - 1);
                found.add(new Quantity(i, i + 1, 0, null, last.unit(), null)); // 贫困发生率由9.8%降至零: none left, in its unit
                i++;
            } else if (ChineseNumerals.isNumeral(c) && (i == 0 || !ChineseNumerals.isNumeral(text.charAt(i - 1)))) {
                int runEnd = chineseRunEnd(text, i, to);
                // 第十, and 十二届十次全会: an ordinal
                Quantity q = (i > 0 && (text.charAt(i - 1) == '第' || text.charAt(i - 1) == '届')) ? null
                        : unlessTimeTaken(text, text.startsWith("分之", runEnd) ? perCent(text, i, runEnd, from, to)
                                : chinese(text, i, runEnd, from, to), to);
                if (q != null) {
                    found.add(q);
                    i = q.end();
                } else {
                    i = runEnd;
                }
            } else {
                i++;
            }
        }
        return found;
    }

    /**
     * Whether the 零 at {@code i} is where a figure fell to (由2015年底的9.8%降至零), its clause ending there and the
     * figure it fell from before it in the clause.
     */
    private static boolean movedToZero(String text, int i, int from, int to, List<Quantity> found) {
        boolean clauseEnds = i + 1 >= to || SentenceWords.CLAUSE_MARKS.indexOf(text.charAt(i + 1)) >= 0;
        String verb = MOVED_TO_ZERO.stream().filter(v -> text.startsWith(v, i - v.length()) && i - v.length() >= from).findFirst().orElse(null);
        if (!clauseEnds || verb == null || found.isEmpty()) {
            return false;
        }
        Quantity last = found.get(found.size() - 1);
        for (int k = last.end(); k < i - verb.length(); k++) {
            if (SentenceWords.CLAUSE_MARKS.indexOf(text.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The parts of a whole written as a ratio starting at {@code i} (9.4:60.1:30.5, 46∶54), each a share in per cent,
     * when there are two to four and they sum to a hundred; else none. A time of day (09:15:32) does not sum so, nor
     * does a ratio of two things (2.8∶1).
     */
    private List<Quantity> partsOfWhole(String text, int i, int to) {
        List<Quantity> parts = new ArrayList<>();
        double sum = 0;
        int k = i;
        while (parts.size() < MAX_PARTS) {
            int end = numberEnd(text, k, to);
            boolean marked = end + 1 < to && RATIO_MARKS.indexOf(text.charAt(end)) >= 0;
            if (end == k || end - k > MAX_FIGURE_CHARS || parts.isEmpty() && !marked
                    || text.charAt(k) == '0' && end > k + 1 && text.charAt(k + 1) != '.') {
                return List.of(); // no ratio, or a number with a leading zero (a time's 09)
            }
            double value = parseArabic(text, k, end).doubleValue();
            parts.add(new Quantity(k, end, value, null, PART_OF_WHOLE, null));
            sum += value;
            if (!marked || digit(text.charAt(end + 1)) < 0) {
                break;
            }
            k = end + 1;
        }
        boolean more = parts.size() == MAX_PARTS && parts.get(MAX_PARTS - 1).end() < to
                && RATIO_MARKS.indexOf(text.charAt(parts.get(MAX_PARTS - 1).end())) >= 0;
        return parts.size() >= 2 && !more && Math.abs(sum - 100) <= PARTS_SUM_SLACK ? parts : List.of();
    }

    /**
     * Whether one of {@code signs} stands right before the digit at {@code i}, after an ideograph (增长-3%), a space or
     * punctuation: after a digit or a letter it is a range or a code (2021-2025, 6-7%, G-3, 1+6), and right after a
     * quantity found (5万吨-6万台) the dash between two figures.
     */
    private static boolean signBefore(String signs, String text, int i, int from, List<Quantity> found) {
        int m = i - 1;
        if (m < from || signs.indexOf(text.charAt(m)) < 0
                || (!found.isEmpty() && found.get(found.size() - 1).end() == m)) {
            return false;
        }
        if (m == 0) {
            return true;
        }
        char before = text.charAt(m - 1);
        return isIdeograph(before) || Character.isWhitespace(before) || BEFORE_SIGN.indexOf(before) >= 0;
    }

    /**
     * {@code q}, or null where it is a length of time something took or a stretch of the calendar (用两个月左右的时间,
     * 前11个月, 历时3天), not a figure of its own as 消化周期15个月 and 办结时限3天 are.
     */
    private static Quantity unlessTimeTaken(String text, Quantity q, int to) {
        if (q == null || !TIME_LENGTHS.contains(q.unit().base())) {
            return q;
        }
        int after = q.end();
        after = text.startsWith("左右", after) ? after + 2 : after;
        after = after < to && text.charAt(after) == '的' ? after + 1 : after;
        boolean taken = q.start() > 0 && TIME_TAKEN_BEFORE.indexOf(text.charAt(q.start() - 1)) >= 0
                || text.startsWith("时间", after);
        return taken ? null : q;
    }

    private static boolean prevBlocksNumber(String text, int i) {
        if (i == 0) {
            return false;
        }
        char p = text.charAt(i - 1);
        // PM2.5, G20, 第3, [2] footnote marks, 3.5.2 version-like runs; 每50公斤: what a price or rate is per
        return p == '第' || p == '每' || p == '[' || p == '［' || p == '.' || (p < 128 && Character.isLetter(p));
    }

    /** End of a run of digits, thousands separators and one decimal part starting at {@code i}. */
    private int numberEnd(String text, int i, int to) {
        int j = i;
        while (j < to && digit(text.charAt(j)) >= 0) {
            j++;
        }
        // 6 200.1亿元, 78 254元: a space as the thousands separator, after a first group of at most three digits
        boolean spaced = j - i <= 3;
        int firstGroupEnd = j;
        while (j < to && (text.charAt(j) == ',' || spaced && text.charAt(j) == ' ') && allDigits(text, j + 1, j + 4, to)
                && (j + 4 >= to || digit(text.charAt(j + 4)) < 0)) {
            j += 4;
        }
        if (spaced && j == firstGroupEnd) {
            j = strayGapClosed(text, i, j, to, false); // 3 6.2亿元, 5 0160万吨
        }
        if (j + 2 < to && text.charAt(j) == ' ' && isPoint(text.charAt(j + 1)) && digit(text.charAt(j + 2)) >= 0) {
            j++; // 2026 .37亿元, 3 .5%: a damaged copy's space before the decimal point
        }
        boolean point = j + 1 < to && isPoint(text.charAt(j));
        if (point && digit(text.charAt(j + 1)) >= 0) {
            j++;
            while (j < to && digit(text.charAt(j)) >= 0) {
                j++;
            }
        } else if (point && afterIdeograph(text, i)) {
            int closed = strayGapClosed(text, i, j + 1, to, true); // 的12. 03万亿元, 增长 7. 6%
            j = closed > j + 1 ? closed : j;
        }
        return j;
    }

    /**
     * The end of the digits after a stray space at {@code gap} inside the number starting at {@code start} (a damaged
     * copy's 3 6.2亿元, 5 0160万吨, 12. 03万亿元, 34 2个, 3 0 0公里), when they go on to the number's multiplier, or, unless
     * {@code decimals}, its decimal point or, in a sentence, its unit; else {@code gap}: two numbers side by side
     * (2019 2020年) stay two.
     */
    private int strayGapClosed(String text, int start, int gap, int to, boolean decimals) {
        if (gap + 1 >= to || text.charAt(gap) != ' ' || digit(text.charAt(gap + 1)) < 0) {
            return gap;
        }
        int k = gap + 1;
        while (k < to && (digit(text.charAt(k)) >= 0 || !decimals && text.charAt(k) == ' ' && k + 1 < to && digit(text.charAt(k + 1)) >= 0)) {
            k++;
        }
        // 52 00亩: digits a number cannot open (a 0 before another digit) go on with the number before the space
        boolean goesOn = text.charAt(gap + 1) == '0' && k > gap + 2 || k < to && (isMultiplier(text.charAt(k))
                || decimals && (PERCENT_SIGNS.indexOf(text.charAt(k)) >= 0 || text.startsWith(ONE_POINT, k))
                || !decimals && isPoint(text.charAt(k)) && k + 1 < to && digit(text.charAt(k + 1)) >= 0
                || !decimals && unitAfterDigits(text, k, to) && afterIdeograph(text, start));
        return goesOn ? k : gap;
    }

    /** Whether a verb of change of at most three characters, then 到, 为 or 至 and a number, start at {@code from}. */
    private static boolean changedToNumber(String text, int from, int to) {
        for (int k = from; k + 1 < to && k <= from + CHANGE_VERB_CHARS; k++) {
            char c = text.charAt(k);
            if (CHANGED_TO.indexOf(c) >= 0) {
                char next = text.charAt(k + 1);
                return ChineseNumerals.isNumeral(next) || digit(next) >= 0;
            }
            if (!isIdeograph(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the number at {@code i} follows an ideograph, spaces between them allowed (增长 7. 6%, as a PDF copy spaces
     * its figures), so it is inside a sentence: a list mark (1. 2万吨 at a line's start) is not.
     */
    private static boolean afterIdeograph(String text, int i) {
        int k = i - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k >= 0 && isIdeograph(text.charAt(k));
    }

    /** Whether a unit, or 余 or 多 and a unit (20余场), follows the digits ending at {@code k}. */
    private boolean unitAfterDigits(String text, int k, int to) {
        int unit = k < to && "余多".indexOf(text.charAt(k)) >= 0 ? k + 1 : k;
        return units.at(text, unit, to) != null;
    }

    private static boolean allDigits(String text, int from, int to, int limit) {
        if (to > limit) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (digit(text.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPoint(char c) {
        return c == '.' || c == '．';
    }

    private static BigDecimal parseArabic(String text, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            int d = digit(c);
            if (d >= 0) {
                sb.append((char) ('0' + d));
            } else if (isPoint(c)) {
                sb.append('.');
            }
        }
        return new BigDecimal(sb.toString());
    }

    private Quantity arabic(String text, int start, int numEnd, int from, int to) {
        int after = numEnd + 1 < to && text.charAt(numEnd) == ' ' ? numEnd + 1 : numEnd;
        if (after < to && text.charAt(after) == '年' && !text.startsWith("的", after + 1)
                && leadNaming(text, start, from, YEARS_NAME) != null) { // not 由2020年的10.2年, a year
            double years = scaled(parseArabic(text, start, numEnd), 1);
            return finish(text, start, years, null, new Tail(1, null, YEARS, after + 1), from, to);
        }
        if (after < to && "年月日号时".indexOf(text.charAt(after)) >= 0) {
            return null; // a date or a year (2023 年), not a quantity
        }
        if ((numEnd < to && text.charAt(numEnd) == ']') || numEnd - start > MAX_FIGURE_CHARS) {
            return null;
        }
        BigDecimal value = parseArabic(text, start, numEnd);
        int p = numEnd;
        Double upper = null;
        // 6-7%: a range whose unit is written once, at its end
        if (p + 1 < to && RANGE_MARKS.indexOf(text.charAt(p)) >= 0 && digit(text.charAt(p + 1)) >= 0) {
            int upperEnd = numberEnd(text, p + 1, to);
            Tail tail = tail(text, upperEnd, from, to);
            if (tail == null || upperEnd - p - 1 > MAX_FIGURE_CHARS) {
                return null;
            }
            upper = scaled(parseArabic(text, p + 1, upperEnd), tail.factor);
            return finish(text, start, scaled(value, tail.factor), upper, tail, from, to);
        }
        Quantity mixed = mixedMultipliers(text, start, value, p, from, to);
        if (mixed != null) {
            return mixed;
        }
        Quantity bothScaled = rangeScaledTwice(text, start, value, p, from, to);
        if (bothScaled != null) {
            return bothScaled;
        }
        Tail tail = tail(text, p, from, to);
        if (tail == null) {
            tail = perCubicMetre(text, start, p, to);
        }
        CueTable.Cue ratio = tail == null ? leadNaming(text, start, from, RATIO_NAME) : null;
        if (ratio != null) {
            // 收入倍差 names its unit (ratio.name.倍): the category's tail
            String unit = ratio.category().equals(RATIO_NAME) ? "" : ratio.categoryTail(RATIO_NAME + ".");
            tail = new Tail(1, null, unit.isEmpty() ? RATIO : units.at(unit, 0, unit.length()), p);
        }
        if (bareGe(tail)) {
            Tail listed = unitOfNextInList(text, tail.end, from, to);
            if (listed != null && listed.unit.isChange()) {
                tail = new Tail(tail.factor, tail.approx, listed.unit, tail.end); // 提高21.3个和18.7个百分点
            }
        }
        if (tail == null) {
            tail = unitOfNextInList(text, p, from, to);
            if (tail == null) {
                return null;
            }
            // the unit is written after the list's last number: only this number is read here
            return new Quantity(start, p, scaled(value, tail.factor), null, tail.unit, null);
        }
        return finish(text, start, scaled(value, tail.factor), null, tail, from, to);
    }

    /**
     * The name in {@code category} the lead of a number gives it, where the number has no unit of its own: the ratio a
     * number is (城乡居民收入比缩小到1.78, 系数由2020年的0.55提高到2025年的0.59), the years it counts (受教育年限由10.23年
     * 提高到10.8年); the name, then what may stand between it and each number (由, a verb, a year, the number before);
     * else null.
     */
    private CueTable.Cue leadNaming(String text, int start, int from, String category) {
        int k = start;
        for (int step = 0; step < RATIO_LEAD_STEPS && k > from; step++) {
            CueTable.Cue name = cues.endingAt(text, from, k, category);
            if (name != null) {
                return name;
            }
            CueTable.Cue cue = cues.endingAt(text, from, k, "level.verb", "change.", "from");
            int year = k >= from + 6 && text.startsWith("年的", k - 2) ? k - 6 : -1;
            if (cue != null) {
                k -= cue.word().length();
            } else if (year >= from && digit(text.charAt(year)) >= 0 && digit(text.charAt(year + 3)) >= 0) {
                k = year;
            } else if (digit(text.charAt(k - 1)) >= 0 || yearsBefore(text, k, from, category)) {
                k -= text.charAt(k - 1) == '年' ? 1 : 0;
                while (k > from && (digit(text.charAt(k - 1)) >= 0 || text.charAt(k - 1) == '.')) {
                    k--;
                }
            } else {
                return null;
            }
        }
        return null;
    }

    /** Whether a number of years ends at {@code k} (由10.23年提高到), where years are what the lead names. */
    private static boolean yearsBefore(String text, int k, int from, String category) {
        return category.equals(YEARS_NAME) && k - 2 >= from && text.charAt(k - 1) == '年' && digit(text.charAt(k - 2)) >= 0;
    }

    /** 每立方米13微克: a concentration with what it is per written before the number; else null. */
    private Tail perCubicMetre(String text, int start, int p, int to) {
        String per = "每立方米";
        if (start < per.length() || !text.startsWith(per, start - per.length()) || p + 2 > to) {
            return null;
        }
        String written = text.substring(p, p + 2) + "/立方米"; // 微克 or 毫克, per cubic metre
        Unit unit = units.at(written, 0, written.length());
        return unit == null || unit.base().length() != written.length() ? null : new Tail(1, null, unit, p + 2);
    }

    /**
     * 4万5千人次, 1万2千个, 2亿3千万元: an amount in two parts, each with its multiplier, the second smaller than the
     * first's; else null. {@code p} is where the first part's digits stop.
     */
    private Quantity mixedMultipliers(String text, int start, BigDecimal value, int p, int from, int to) {
        long first = p + 1 < to ? ChineseNumerals.multiplier(text.charAt(p)) : 0;
        if (first < 10_000 || digit(text.charAt(p + 1)) < 0) {
            return null;
        }
        int restEnd = numberEnd(text, p + 1, to);
        long second = 1;
        int m = restEnd;
        while (m < to && ChineseNumerals.multiplier(text.charAt(m)) >= 10) {
            second *= ChineseNumerals.multiplier(text.charAt(m));
            m++;
        }
        if (m == restEnd || second >= first) {
            return null;
        }
        Tail tail = tail(text, m, from, to);
        if (tail == null) {
            return null;
        }
        double amount = value.doubleValue() * first + parseArabic(text, p + 1, restEnd).doubleValue() * second;
        return finish(text, start, amount * tail.factor, null, tail, from, to);
    }

    /**
     * 12万～13万人次, 5万至6万亩: a range whose ends each carry the multiplier, the unit written once at the end; or
     * null. {@code p} is where the lower end's digits stop.
     */
    private Quantity rangeScaledTwice(String text, int start, BigDecimal value, int p, int from, int to) {
        long factor = 1;
        int m = p;
        while (m < to && ChineseNumerals.multiplier(text.charAt(m)) >= 100) {
            factor *= ChineseNumerals.multiplier(text.charAt(m));
            m++;
        }
        if (m == p || m + 1 >= to || RANGE_MARKS.indexOf(text.charAt(m)) < 0 || digit(text.charAt(m + 1)) < 0) {
            return null;
        }
        int upperEnd = numberEnd(text, m + 1, to);
        Tail tail = tail(text, upperEnd, from, to);
        if (tail == null || tail.factor != factor || upperEnd - m - 1 > MAX_FIGURE_CHARS) {
            return null;
        }
        Double upper = scaled(parseArabic(text, m + 1, upperEnd), factor);
        return finish(text, start, scaled(value, factor), upper, tail, from, to);
    }

    /**
     * 百分之十二 (12%), 百分之三点五 (3.5%), 千分之八 (8‰), 三分之一 (33.3%), as older reports write shares and changes, and
     * their ranges (百分之十到十二, 百分之九至百分之十); else null.
     */
    private Quantity perCent(String text, int start, int runEnd, int from, int to) {
        String per = text.substring(start, runEnd);
        Double whole = ChineseNumerals.value(per);
        Unit unit = per.equals("千") ? units.at("‰", 0, 1) : whole != null && whole >= 2 ? units.at("%", 0, 1) : null;
        double scale = per.equals("百") || per.equals("千") || whole == null ? 1 : 100 / whole;
        int digits = runEnd + "分之".length();
        int end = fractionDigitsEnd(text, digits, to);
        Double value = unit == null ? null : ChineseNumerals.decimalValue(text.substring(digits, end));
        if (value == null || scale != 1 && end < to && text.charAt(end) == '的') {
            return null; // 十分之一的人: a part of a class, not a share of the place's
        }
        Double upper = null;
        boolean ranged = end + 1 < to && CHINESE_RANGE_MARKS.indexOf(text.charAt(end)) >= 0;
        // 百分之九至百分之十: the upper end may say its 百分之 again
        int upperStart = ranged && text.startsWith(per + "分之", end + 1) ? end + 1 + per.length() + "分之".length() : end + 1;
        int upperEnd = ranged ? fractionDigitsEnd(text, upperStart, to) : end;
        if (upperEnd > upperStart) {
            upper = ChineseNumerals.decimalValue(text.substring(upperStart, upperEnd));
            end = upper == null ? end : upperEnd;
        }
        return finish(text, start, value * scale, upper == null ? null : upper * scale, new Tail(1, null, unit, end), from, to);
    }

    /** The end of the numerals after 分之: 十二, 三点五, 12. */
    private static int fractionDigitsEnd(String text, int digits, int to) {
        int end = digits;
        while (end < to && (ChineseNumerals.isNumeral(text.charAt(end)) || digit(text.charAt(end)) >= 0
                || (text.charAt(end) == '点' && end > digits))) {
            end++;
        }
        return end;
    }

    /** The end of a run of Chinese numerals from {@code i}, with at most one decimal point (十二点三万). */
    private int chineseRunEnd(String text, int i, int to) {
        int runEnd = i;
        boolean point = false;
        while (runEnd < to && (ChineseNumerals.isNumeral(text.charAt(runEnd)) || !point && decimalPointAt(text, runEnd, to))) {
            point |= text.charAt(runEnd) == '点';
            runEnd++;
        }
        // 一百二十六万千瓦, 八千千瓦: a unit opening with 千 or 百 after a multiplier takes its numeral back from the run
        if (runEnd - i >= 3 && "十百千万亿".indexOf(text.charAt(runEnd - 2)) >= 0 && units.at(text, runEnd - 1, to) != null) {
            runEnd--;
        }
        return runEnd;
    }

    /** 五点六万, 一点二亿, 七十点二万: 点 between two numerals of an amount (not 重点, 三点意见). */
    private static boolean decimalPointAt(String text, int k, int to) {
        return text.charAt(k) == '点' && k > 0 && (ChineseNumerals.digit(text.charAt(k - 1)) >= 0 || text.charAt(k - 1) == '十')
                && k + 1 < to && ChineseNumerals.digit(text.charAt(k + 1)) >= 0;
    }

    private Quantity chinese(String text, int start, int runEnd, int from, int to) {
        String run = text.substring(start, runEnd);
        // 七成 = 70%, 增长一成以上, 两成和三成, 约七成行政村, where 成 is not the start of a word (成效, 成为)
        if (run.length() == 1 && runEnd < to && text.charAt(runEnd) == '成' && ChineseNumerals.digit(run.charAt(0)) > 0
                && (runEnd + 1 >= to || !isIdeograph(text.charAt(runEnd + 1)) || "以左多和及与或".indexOf(text.charAt(runEnd + 1)) >= 0
                || start > 0 && "约近超逾".indexOf(text.charAt(start - 1)) >= 0)) {
            Unit percent = units.at("%", 0, 1);
            Tail tail = new Tail(1, null, percent, runEnd + 1);
            return finish(text, start, ChineseNumerals.digit(run.charAt(0)) * 10.0, null, tail, from, to);
        }
        // 逾万户, 近千家, 上百项: an amount said roughly, with the word that says so before it
        boolean rough = start > 0 && ROUGH_BEFORE.indexOf(text.charAt(start - 1)) >= 0;
        boolean oneIsFigure = text.startsWith(ONE_POINT, runEnd) || text.startsWith(ONE_WORKING_DAY, runEnd);
        if (run.length() == 1 && (run.charAt(0) == '一' && !oneIsFigure
                || ChineseNumerals.multiplier(run.charAt(0)) >= 10_000 && !rough)) {
            return null; // 一个, 一批, 万人: words, not figures (十个, 突破千家 are ten and a thousand; 一个百分点 is one)
        }
        if (start > 0 && VAGUE_BEFORE.indexOf(text.charAt(start - 1)) >= 0 && ChineseNumerals.multiplier(run.charAt(0)) > 0) {
            return null; // 数十亿元, 几百家: no number the text gives (人数三百万 is one)
        }
        // the last 万/亿 of the run may be the multiplier of an amount (二十万元): the numeral parser reads it too
        Double value = ChineseNumerals.decimalAmount(run);
        if (value == null) {
            return null;
        }
        Quantity range = chineseRange(text, start, runEnd, value, from, to);
        if (range != null) {
            return range;
        }
        Tail tail = tail(text, runEnd, from, to);
        if (tail == null && isMultiplier(run.charAt(run.length() - 1))) {
            // 解决四十万贫困人口的温饱问题, as 40万贫困人口; the run's 万 is in its value already
            tail = people(1, value, null, text, runEnd, from, to);
        }
        if (tail == null && run.indexOf('点') > 0) {
            // 分别提高零点六和三点一个百分点: a decimal whose unit is written once after the list's last number
            Tail listed = unitOfNextInList(text, runEnd, from, to);
            return listed == null ? null : new Quantity(start, runEnd, value * listed.factor, null, listed.unit, null);
        }
        if (tail == null) {
            return null;
        }
        Quantity q = finish(text, start, value * tail.factor, null, tail, from, to);
        // 十二次党代会, 六个责任, 三条红线: a Chinese numeral counting the noun after it names, not a figure; but no
        // name counts hundreds (二百一十七户国有企业) or people and households (二十户龙头企业, 八万六千名下岗职工)
        // 十二万人, 二十户 and 二十六个集体 count; 百名干部 and 两个千亿台阶 name
        boolean opensWithDigit = ChineseNumerals.digit(run.charAt(0)) > 0
                || run.charAt(0) == '十' && run.length() > 1 && ChineseNumerals.digit(run.charAt(1)) > 0;
        boolean counted = opensWithDigit && !(start > 0 && text.charAt(start - 1) == '每') // 每千人口
                && (value * tail.factor >= COUNTED_NOT_NAMED || COUNTED_PEOPLE.contains(tail.unit.base())
                || value > NAMES_ROUND && value % 10 != 0
                || value > TEN && tail.unit.written().equals(COUNTED_ABOVE_TEN)
                || start > 0 && CHANGE_FROM.indexOf(text.charAt(start - 1)) >= 0 && changedToNumber(text, q.end(), to));
        if (tail.unit.isCount() && q.approx() == null && !rough && q.end() < to && !counted
                && (isIdeograph(text.charAt(q.end())) || "“\"《".indexOf(text.charAt(q.end())) >= 0)) {
            return null;
        }
        return q;
    }

    /**
     * 十至十五条, 五至六万套: a range in Chinese numerals, the unit (and the upper end's 万 or 亿, which the lower end
     * shares) written once at its end; else null.
     */
    private Quantity chineseRange(String text, int start, int runEnd, double value, int from, int to) {
        if (runEnd + 1 >= to || CHINESE_RANGE_MARKS.indexOf(text.charAt(runEnd)) < 0 || !ChineseNumerals.isNumeral(text.charAt(runEnd + 1))) {
            return null;
        }
        int upperEnd = chineseRunEnd(text, runEnd + 1, to);
        String upperRun = text.substring(runEnd + 1, upperEnd);
        Double upper = ChineseNumerals.decimalAmount(upperRun);
        Tail tail = upper == null ? null : tail(text, upperEnd, from, to);
        if (tail == null) {
            return null;
        }
        long shared = ChineseNumerals.multiplier(upperRun.charAt(upperRun.length() - 1));
        double lower = shared >= 10_000 && value < upper / shared ? value * shared : value;
        return lower > upper ? null : finish(text, start, lower * tail.factor, upper * tail.factor, tail, from, to);
    }

    private Quantity finish(String text, int start, double value, Double upper, Tail tail, int from, int to) {
        int end = tail.end;
        String approx = tail.approx;
        // 6%—7%, 6%至7%: a range with the unit written twice
        if (upper == null && end + 1 < to && RANGE_MARKS.indexOf(text.charAt(end)) >= 0) {
            int k = end + 1;
            if (k < to && text.charAt(k) == '—') {
                k++;
            }
            if (k < to && digit(text.charAt(k)) >= 0) {
                int upperEnd = numberEnd(text, k, to);
                Tail second = tail(text, upperEnd, from, to);
                if (second != null && second.unit.base().equals(tail.unit.base()) && upperEnd - k <= MAX_FIGURE_CHARS) {
                    upper = scaled(parseArabic(text, k, upperEnd), second.factor);
                    end = second.end;
                }
            }
        }
        int boundAt = end;
        while (boundAt < to && SPACES.indexOf(text.charAt(boundAt)) >= 0) {
            boundAt++; // 95% 以上: a copy that puts a space around every figure
        }
        CueTable.Cue after = cues.startingAt(text, boundAt, to, "approx.after.");
        if (after != null && cues.startingAt(text, boundAt, to, "within.word") == null) {
            approx = after.categoryTail("approx.after.");
            end = boundAt + after.word().length();
        }
        Unit perArea = perAreaBefore(text, start, from, tail.unit);
        if (perArea != null) {
            // 每亩560公斤 is 560公斤/亩: 每亩 goes with the figure, out of its name
            String area = perArea.base().substring(perArea.base().indexOf('/') + 1);
            return new Quantity(start - PER.length() - area.length(), end, value, upper, perArea, approx);
        }
        return new Quantity(start, end, value, upper, tail.unit, approx);
    }

    /** The unit per area that 每亩, 每公顷 or 每平方米 right before a figure makes of its unit, if the table has it. */
    private Unit perAreaBefore(String text, int start, int from, Unit unit) {
        for (String area : PER_AREAS) {
            int at = start - PER.length() - area.length();
            if (at >= from && text.startsWith(PER + area, at)) {
                String written = unit.base() + "/" + area;
                Unit per = units.at(written, 0, written.length());
                return per != null && per.base().equals(written) ? per : null;
            }
        }
        return null;
    }

    private static double scaled(BigDecimal value, double factor) {
        return value.multiply(BigDecimal.valueOf(factor)).doubleValue();
    }

    /**
     * 4.6和2.9个百分点, 3、5和8个, 零点六和三点一个百分点: a number whose unit is written once after the list's last number. Lists are short:
     * past {@value #MAX_LIST} numbers (a table flattened into one line) the number has no unit.
     */
    private Tail unitOfNextInList(String text, int p, int from, int to) {
        int at = p;
        for (int n = 0; n < MAX_LIST; n++) {
            int k = at;
            while (k < to && k - at < 2 && LIST_JOINS.indexOf(text.charAt(k)) >= 0) {
                k++;
            }
            if (k == at || k >= to || digit(text.charAt(k)) < 0 && !ChineseNumerals.isNumeral(text.charAt(k))) {
                return null;
            }
            at = digit(text.charAt(k)) >= 0 ? numberEnd(text, k, to) : chineseRunEnd(text, k, to);
            Tail tail = tail(text, at, from, to);
            if (bareGe(tail) && tail.end < to && LIST_JOINS.indexOf(text.charAt(tail.end)) >= 0) {
                at = tail.end; // 2.2个、1.5个和0.8个百分点: each number but the last has its 个 alone
                continue;
            }
            if (tail != null) {
                return tail;
            }
        }
        return null;
    }

    /** Whether a tail is 个 alone, which may be the first part of a unit written once after a list (个百分点). */
    private static boolean bareGe(Tail tail) {
        return tail != null && tail.unit.isCount() && tail.unit.written().equals("个");
    }

    /** What follows a number: [余|多] [万 亿 千 百]* [余|多] unit. */
    private record Tail(double factor, String approx, Unit unit, int end) {
    }

    private Tail tail(String text, int p, int from, int to) {
        if (p < to && SPACES.indexOf(text.charAt(p)) >= 0 && p + 1 < to
                && (units.at(text, p + 1, to) != null || isMultiplier(text.charAt(p + 1)))) {
            p++; // 6.5 %, 1,200 亿元: one space before the unit or its multiplier
        }
        Tail moreThan = moreThanUnitOfGe(text, p, to);
        if (moreThan != null) {
            return moreThan;
        }
        String approx = null;
        double factor = 1;
        Unit direct = units.at(text, p, to);
        if (direct == null) {
            // the multipliers, with 余 or 多 once before, between or after them (余万元, 万余元, 3万多亿元)
            boolean over = false;
            while (p < to && units.at(text, p, to) == null) {
                char c = text.charAt(p);
                if (isMultiplier(c)) {
                    factor *= ChineseNumerals.multiplier(c);
                } else if ((c == '余' || c == '多') && !over) {
                    over = true;
                } else {
                    break;
                }
                p++;
            }
            approx = over ? "over" : null;
        }
        if (factor > 1 && p + 1 < to && text.charAt(p) == ' ' && units.at(text, p + 1, to) != null) {
            p++; // 639.3亿 元: a stray space between the multiplier and its unit
        }
        Unit unit = units.at(text, p, to);
        if (unit == null) {
            return people(factor, factor, approx, text, p, from, to);
        }
        int end = p + unit.written().length();
        return new Tail(factor * unit.factor(), approx, unit, end);
    }

    /** 5个多月, 两个余月: a unit that opens with 个, 多 or 余 written inside it; more than the number of it, or null. */
    private Tail moreThanUnitOfGe(String text, int p, int to) {
        if (p + 2 >= to || text.charAt(p) != '个' || "多余".indexOf(text.charAt(p + 1)) < 0) {
            return null;
        }
        String joined = "个" + text.substring(p + 2, Math.min(to, p + 2 + MAX_UNIT_AFTER_GE));
        Unit unit = units.at(joined, 0, joined.length());
        return unit == null || unit.isCount() ? null : new Tail(unit.factor(), "over", unit, p + 1 + unit.written().length());
    }

    /**
     * People counted by a number of ten thousands with no unit ({@code magnitude}: its 万 or 亿), where its clause names
     * them, the tail applying {@code factor}; or null.
     */
    private Tail people(double factor, double magnitude, String approx, String text, int end, int from, int to) {
        return magnitude >= TEN_THOUSAND && namesPeople(text, end, from, to) ? new Tail(factor, approx, units.at(PERSON, 0, 1), end) : null;
    }

    /**
     * Whether a number of ten thousands written without a unit counts people, as its clause names them: 农村贫困人口减少1386万,
     * 城镇新增就业1361万, 剩余3.8万贫困人口 (a people noun in the clause before the number, or right after it).
     */
    private boolean namesPeople(String text, int end, int from, int to) {
        for (int k = from; k < Math.min(to, end + PEOPLE_NOUN_AFTER); k++) {
            if (cues.startingAt(text, k, to, PEOPLE) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMultiplier(char c) {
        return c == '万' || c == '亿' || c == '千' || c == '百';
    }

    private static boolean isIdeograph(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return -1;
    }
}
