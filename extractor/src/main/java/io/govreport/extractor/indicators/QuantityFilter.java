package io.govreport.extractor.indicators;

import io.govreport.extractor.support.ChineseNumerals;
import io.govreport.extractor.support.ResourceLines;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static io.govreport.extractor.indicators.SentenceWords.breaksClause;
import static io.govreport.extractor.indicators.SentenceWords.isNoun;

/**
 * Sorts out the quantities scanned in a clause that are no figures of their own: an amount bounding the class of things
 * counted after it (亿元以上项目86个, 60岁以上老年人), a number inside a title or a short name in quotes, a part of a
 * document (共六章四十二条), a place in a ranking or in a list of places, a plant's capacity in its name, how long a
 * service runs (24小时服务), what a count or a rate is per or within. One instance per sentence.
 */
final class QuantityFilter {

    /** What follows a place's name in a list of places (江油、三台、盐亭等县). */
    private static final String NAME_LIST_GOES_ON = "、等";
    /** What opens a plant's yearly capacity in its name (年产20万吨水泥粉磨站). */
    private static final String YEARLY_OUTPUT = "年产";
    private static final int MAX_PROJECT_NAME = 10;
    /** The longest noun between an amount bounding a class and the count of its members: 亿元以上|重点工业项目|12个. */
    private static final int MAX_CLASS_NOUN = 10;
    /** The longest name of a rate a distance or a time may bound (500米覆盖率). */
    private static final int MAX_RATE_NAME = 5;
    private static final Set<String> RATE_WITHIN_UNITS = Set.copyOf(ResourceLines.read("indicators/rate-within-units.txt"));
    private static final Set<String> CAPACITY_UNITS = Set.copyOf(ResourceLines.read("indicators/capacity-units.txt"));
    /** Units of a length of time, a figure only where its clause names a time taken (duration-units.txt). */
    private static final Set<String> DURATION_UNITS = Set.copyOf(ResourceLines.read("indicators/duration-units.txt"));
    /** What makes an amount the bound of a class, as a definition gives it: 年主营业务收入2000万元及以上的企业. */
    private static final List<String> CLASS_SUFFIXES = List.of("及以上", "及以下", "级"); // 百万吨级CCUS示范项目
    /** 产值超亿元的企业, 过10亿元的乡镇: a character over a class's bound (超过 ends in one). */
    private static final String OVER = "超过";
    /** Words before an amount that bound a class when a noun follows it: 收入低于5万元的薄弱村, 产值超过亿元企业. */
    private static final List<String> BOUND_WORDS = List.of("超过", "低于", "高于", "不足", "不到");
    /** The longest name in quotes a number may be part of (“延十条”, “十四五”); longer quotes are speech. */
    private static final int MAX_QUOTED_NAME = 8;
    /** The longest name in quotes that a number closing it belongs to (“淄博人才金政37条”). */
    private static final int MAX_QUOTED_NAME_ENDING_IN_FIGURE = 16;
    /** The longest title in book marks a number may be part of (《关于支持民营经济发展的20条措施》). */
    private static final int MAX_TITLE = 200;
    /** The units a text's parts are counted in. */
    private static final Set<String> TEXT_PARTS = Set.of("条", "章", "款");
    /** The units a document's parts are counted in; 个 and 项 count them only before a part's noun (5个方面, 16项措施). */
    private static final Set<String> DOCUMENT_PART_UNITS = Set.of("条", "章", "款", "篇", "节");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[〔\\[(（]\\d{4}[〕\\])）]\\d+号");

    private final CueTable cues;
    private final String simp;
    private final Tokens tokens;
    private final SentenceWords words;
    /** Whether the sentence is about a document (《…》, 〔2013〕19号, 印发): computed once, when a count may be its part. */
    private Boolean aboutADocument;

    QuantityFilter(String simp, Tokens tokens, CueTable cues, SentenceWords words) {
        this.simp = simp;
        this.tokens = tokens;
        this.cues = cues;
        this.words = words;
    }

    /**
     * The quantities but those that only bound the class of the things counted right after them: 实施5000万元以上重点项目60个,
     * 产值超百亿元企业达到6户. Such an amount is followed, in its clause, by a noun and then a count, where a figure of
     * its own is followed by a mark or a word of its own (投资5亿元建设项目3个: a verb makes the amount what was spent).
     */
    List<Quantity> withoutClassBounds(List<Quantity> found, int clauseStart) {
        List<Quantity> kept = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            Quantity q = found.get(k);
            if ((k + 1 >= found.size() || !boundsClass(q, found.get(k + 1))) && !inTitle(q) && !partOfADocument(q)
                    && !boundsBySuffix(q) && !placeInARanking(q) && !nameInAList(q) && !capacityInAName(q)
                    && !spanOfAService(q, clauseStart)
                    && !(k + 1 < found.size() && (perCount(q) || boundsARate(q, found.get(k + 1))))) {
                kept.add(q);
            }
        }
        return kept;
    }

    private boolean boundsClass(Quantity q, Quantity next) {
        Unit unit = q.unit();
        // 亿元以上项目86个, and 百万亩造林…1.2万亩: an amount naming a programme of what is counted after it in its unit
        boolean counted = next.unit().isCount() || next.unit().base().equals(unit.base());
        // 新建千头以上规模化奶牛养殖场8个: a count bounding a class with 以上 is no figure either (完成60个以上文化室修缮 is)
        if (unit.isPercent() || unit.isChange() || unit.isCount() && !endsInBound(q) || !counted || q.upper() != null
                || next.start() - q.end() > MAX_CLASS_NOUN || next.start() == q.end() || !tokens.startsAt(q.end())
                || ListNames.LIST_MARKS.indexOf(simp.charAt(q.end())) >= 0) {
            return false; // 61520元和28950元: a list of figures
        }
        for (int k = q.end(); k < next.start(); k++) {
            char c = simp.charAt(k);
            // 完成1.54万亩平原造林和3000亩彩色树种造林: amounts of two things listed, each with its noun after it
            if (breaksClause(c) || !next.unit().isCount() && ListNames.LIST_MARKS.indexOf(c) >= 0) {
                return false;
            }
        }
        int moved = words.pastManner(q.end()); // 由3838.6万吨有序调减至3001万吨
        if (words.wholeWordCueAt(moved, next.start(), SentenceFigures.TAIL_CUES) || words.movedToBy(moved, next.start())) {
            return false; // 由212天增加至290天, 由18.6平方公里扩展到32平方公里
        }
        if (simp.startsWith(SentenceFigures.PART_OF, q.end())) {
            return false; // 总投资1280亿元其中百亿元项目2个: a copy that lost its comma; 其中 opens a part of the figure
        }
        if (!next.unit().isCount()) {
            return true; // 百万亩造林绿化任务1.2万亩: the programme's name, whatever word follows the amount
        }
        String nature = tokens.natureAt(q.end());
        // 拆除10蒸吨以下燃煤锅炉362台: past a bound, a verb opens the class's noun, not a clause of its own
        return (nature == null || !nature.startsWith("v") || endsInBound(q)) && cues.startingAt(simp, q.end(), next.start(), "count.verb") == null;
    }

    /**
     * Whether the amount's suffix makes it the bound of a class: 及以上 as a definition gives it (年主营业务收入2000万元及以上的
     * 企业), or 以上/以下 right before a noun (60岁以上老年人, 海拔4500米以上地区). A percentage so written is a share of what
     * follows (80%以上的村), and a count counts it (完成60个以上基层文化室修缮): both stay.
     */
    private boolean boundsBySuffix(Quantity q) {
        if (CLASS_SUFFIXES.stream().anyMatch(suffix -> simp.startsWith(suffix, q.end()))) {
            return true;
        }
        if (q.unit().isPercent() || q.unit().isChange() || q.end() < 2 || q.end() >= simp.length()) {
            return false;
        }
        boolean over = q.start() > 0 && OVER.indexOf(simp.charAt(q.start() - 1)) >= 0 || q.start() > 1 && BOUND_WORDS.contains(simp.substring(q.start() - 2, q.start()));
        if (q.unit().isCount()) {
            // 人口超万人的中心镇: a count over which things are of a class, 的 before their noun, bounds it too
            int noun = q.end() + 1;
            return over && simp.charAt(q.end()) == '的' && noun < simp.length() && opensClassNoun(tokens.natureAt(noun));
        }
        // 打造千亿元产业集群, 实施千亿元产业振兴规划: a round magnitude before a noun names a class of things (突破千亿元大关
        // passes a milestone, a figure)
        // 连跨两个千亿元台阶: milestones counted are no figure either
        boolean milestonesCounted = q.start() > 0 && simp.charAt(q.start() - 1) == '个';
        if (roundMagnitude(q) && q.approx() == null && opensClassNoun(tokens.natureAt(q.end()))
                && (milestonesCounted || cues.startingAt(simp, q.end(), simp.length(), "milestone") == null)) {
            return true;
        }
        // 经营性收入50万元以上的行政村, 产值超千万元的企业, 收入低于5万元的薄弱村: the bound of a class of things named after it
        if (!over && !endsInBound(q)) {
            return false;
        }
        int noun = simp.charAt(q.end()) == '的' ? q.end() + 1 : q.end();
        // 跨过千亿元大关: a milestone passed is the figure's; 30万吨以下小煤矿: an adjective may open the class's noun
        return noun < simp.length() && (opensClassNoun(tokens.natureAt(noun)) || endsInBound(q) && "a".equals(tokens.natureAt(noun))
                && isNoun(tokens.natureAt(tokens.wordEnd(noun)))) && cues.startingAt(simp, noun, simp.length(), "milestone") == null;
    }

    /** Whether a word of this nature opens the noun a bound classes (企业, 非国有工业企业, 大型企业). */
    private static boolean opensClassNoun(String nature) {
        return nature != null && (nature.startsWith("n") || nature.equals("vn") || nature.equals("h") || nature.startsWith("b"));
    }

    /** 千亿元, 百万人: a magnitude with no digit before it, a round landmark rather than a measured figure. */
    private boolean roundMagnitude(Quantity q) {
        if (ChineseNumerals.multiplier(simp.charAt(q.start())) <= 0) {
            return false;
        }
        for (int k = q.start(); k < q.end(); k++) {
            if (ChineseNumerals.digit(simp.charAt(k)) > 0 || QuantityScanner.digit(simp.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private boolean endsInBound(Quantity q) {
        return simp.startsWith("以上", q.end() - 2) || simp.startsWith("以下", q.end() - 2);
    }

    /**
     * 公交站点500米覆盖率达到90%: a distance or a time right before the name of a rate, with a percentage after it, is what
     * the rate is measured within, no figure.
     */
    private boolean boundsARate(Quantity q, Quantity next) {
        if (!RATE_WITHIN_UNITS.contains(q.unit().base()) || !next.unit().isPercent()) {
            return false; // 完成造林绿化2.3万亩森林覆盖率…: an area before a rate (a copy that lost its comma) is a figure
        }
        for (int k = q.end(); k < Math.min(next.start(), q.end() + MAX_RATE_NAME); k++) {
            if (!Character.isIdeographic(simp.charAt(k))) {
                return false;
            }
            if (simp.charAt(k) == '率') {
                return true;
            }
        }
        return false;
    }

    /** 食品抽检量达到每千人5批次: a count right after 每, with a figure after it, is what the figure is per, no figure. */
    private boolean perCount(Quantity q) {
        return q.start() > 0 && simp.charAt(q.start() - 1) == '每' && q.unit().isCount();
    }

    /**
     * 年产20万吨水泥粉磨站建成投产, 洋浦八百万吨炼油项目建设进展顺利: a plant's capacity before its noun is part of its name,
     * no figure. Without 年产 the unit must be one of a capacity and the nouns must end in a project's word (炼油项目,
     * 乙烯改扩建工程), with no verb between.
     */
    private boolean capacityInAName(Quantity q) {
        int k = q.end();
        if (q.unit().isMoney() || q.unit().isPercent() || k >= simp.length() || !Character.isLetter(simp.charAt(k))) {
            return false;
        }
        if (simp.startsWith(YEARLY_OUTPUT, q.start() - YEARLY_OUTPUT.length())) {
            return !words.wholeWordCueAt(k, simp.length(), SentenceFigures.TAIL_CUES);
        }
        return CAPACITY_UNITS.contains(q.unit().base()) && projectNamedFrom(k);
    }

    /** Whether the words from {@code k} are nouns up to a project's word (炼油|项目, 光|伏|治沙|项目), within a short name. */
    private boolean projectNamedFrom(int k) {
        for (int w = k; w < Math.min(simp.length(), k + MAX_PROJECT_NAME); w = tokens.wordEnd(w)) {
            if (w > k && words.wholeWordCueAt(w, simp.length(), "project.noun")) {
                return true;
            }
            if (tokens.verbAt(w) || !Character.isIdeographic(simp.charAt(w))) {
                return false;
            }
        }
        return false;
    }

    /**
     * 24小时服务, 15分钟生活圈, 144小时过境免签: a length of time no time taken is named for in its clause (通关时间压缩至
     * 1.5小时; the clause being read, which 、 does not part) is how long a service runs or how far a circle reaches, part
     * of a name.
     */
    private boolean spanOfAService(Quantity q, int clauseStart) {
        if (!DURATION_UNITS.contains(q.unit().base())) {
            return false;
        }
        return !words.holdsCue(clauseStart, q.start(), "duration.noun");
    }

    /**
     * 江油、三台、盐亭等县: a count in Chinese numerals between list marks is a place's name (三台), no figure; so is one the
     * segmenter reads as one noun (茅岩河、九天洞等景点: 九天|洞, not 九|天).
     */
    private boolean nameInAList(Quantity q) {
        if (q.start() == 0 || simp.charAt(q.start() - 1) != '、' || !ChineseNumerals.isNumeral(simp.charAt(q.start()))) {
            return false;
        }
        return q.unit().isCount() && q.end() < simp.length() && NAME_LIST_GOES_ON.indexOf(simp.charAt(q.end())) >= 0
                || isNoun(tokens.natureAt(q.start())) && tokens.wordEnd(q.start()) == q.end();
    }

    /** 位列全省前3名, 居第5位: a place in a ranking, not a number of people. */
    private boolean placeInARanking(Quantity q) {
        return q.start() > 0 && "前第".indexOf(simp.charAt(q.start() - 1)) >= 0 && "名位".indexOf(simp.charAt(q.end() - 1)) >= 0;
    }

    /**
     * Whether the quantity is inside a title in book marks (《关于支持民营经济发展的20条措施》) or a short name in quotes
     * (政策“延十条”), or closes a longer one (“淄博人才金政37条”): part of a name, not a figure.
     */
    private boolean inTitle(Quantity q) {
        char after = q.end() < simp.length() ? simp.charAt(q.end()) : ' ';
        return enclosedBy(q, '《', '》', MAX_TITLE) || enclosedBy(q, '“', '”', MAX_QUOTED_NAME)
                || after == '”' && enclosedBy(q, '“', '”', MAX_QUOTED_NAME_ENDING_IN_FIGURE);
    }

    /**
     * Whether {@code open} before the quantity and {@code close} after it enclose it, with no other mark of either
     * between, and at most {@code maxLength} characters inside; looked for within that length only, so that a long
     * line without marks is not searched whole for each of its figures.
     */
    private boolean enclosedBy(Quantity q, char open, char close, int maxLength) {
        int opened = -1;
        for (int k = q.start() - 1; k >= Math.max(0, q.end() - maxLength - 1) && opened < 0; k--) {
            char c = simp.charAt(k);
            if (c == close) {
                return false;
            }
            opened = c == open ? k : -1;
        }
        for (int k = q.end(); opened >= 0 && k < Math.min(simp.length(), opened + maxLength + 2); k++) {
            char c = simp.charAt(k);
            if (c == open) {
                return false;
            }
            if (c == close) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parts a document or a plan is written in are counted, not things done: the articles or chapters right after
     * the text's name (条例共三十二条, 条例共六章四十二条, 《办法》共15条); 提出5个方面20条措施 or 共6章45条 in a sentence about a
     * document (《…》, 〔2013〕19号, 印发); a plan's indicators (主要指标共15项).
     */
    private boolean partOfADocument(Quantity q) {
        if (!q.unit().isCount()) {
            return false;
        }
        int k = q.start();
        if (TEXT_PARTS.contains(q.unit().base())) {
            while (k > 0 && (simp.charAt(k - 1) == '章' || ChineseNumerals.isNumeral(simp.charAt(k - 1))
                    || QuantityScanner.digit(simp.charAt(k - 1)) >= 0)) {
                k--; // 六章 before 四十二条
            }
        }
        if (k > 0 && simp.charAt(k - 1) == '共') {
            k--;
        }
        if (TEXT_PARTS.contains(q.unit().base()) && k > 0 && (simp.charAt(k - 1) == '》' || cues.endingAt(simp, 0, k, "document.noun") != null)) {
            return true;
        }
        k = q.start() > 0 && simp.charAt(q.start() - 1) == '共' ? q.start() - 1 : q.start();
        if (cues.endingAt(simp, 0, k, "document.part.counted") != null) {
            return true;
        }
        boolean partUnit = DOCUMENT_PART_UNITS.contains(q.unit().base())
                || cues.startingAt(simp, q.end(), simp.length(), "document.part") != null;
        // 出台方案,开通航线5条: 条 counts the lines just named (`line.noun`), whatever document the sentence is about
        return partUnit && aboutADocument() && cues.endingAt(simp, 0, k, "line.noun") == null;
    }

    private boolean aboutADocument() {
        if (aboutADocument == null) {
            aboutADocument = simp.indexOf('《') >= 0 || DOCUMENT_NUMBER.matcher(simp).find() || words.holdsCue(0, simp.length(), "document.verb");
        }
        return aboutADocument;
    }
}
