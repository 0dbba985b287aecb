package io.govreport.extractor.indicators;

import io.govreport.extractor.support.ChineseNumerals;

import java.util.ArrayList;
import java.util.List;

import static io.govreport.extractor.indicators.SentenceWords.isVerb;

/**
 * The names a lead that lists things gives its figures, one for each item: items parted by 、 and the other list marks,
 * each completed with what the items share (城镇、农村居民人均可支配收入, 第一、二、三产业增加值, 化学需氧量、氨氮排放量,
 * 柳江区、柳城县地区生产总值), the examples listed before 等 or a count of the list, and two metrics joined by 和.
 */
final class ListNames {

    static final String LIST_MARKS = "、和及与或";
    /** What joins the two metrics of a lead that one figure is of each (财政总收入和地方财政收入). */
    private static final char AND = '和';
    /** What counts the items of a list (两大支柱产业, 两个产业集群). */
    private static final String LIST_COUNTERS = "大个";
    /** The longest item of a list that takes the first item's modifier (授权量 of 专利申请量和授权量). */
    private static final int MAX_SHORT_ITEM = 3;
    /** The longest item a short tail (出口) is shared with (医药化工). */
    private static final int MAX_TAIL_SHARING_ITEM = 4;
    /** How the names of amounts end (申请量, 成交额, 人数, 产值, 增长率): not 城镇居民和农民. */
    private static final String AMOUNT_ENDS = "量额数值率";
    /** How a count of incidents ends (事故起数), and one of the people they befell (死亡人数). */
    private static final String INCIDENTS = "起数";
    private static final String PEOPLE_COUNTED = "人数";
    /** What a place's name ends in (柳城县, 鹿寨县), and how long a place named in a list is at the most. */
    private static final String PLACE_SUFFIXES = "省市县区镇乡旗盟州";
    private static final int MAX_PLACE_NAME = 10;
    /** Urban and rural named at once (城乡居民, 城乡低保): a list of two, the urban one first. */
    private static final String URBAN_AND_RURAL = "城乡";
    /** The tails a list's short items alone share (出口). */
    private static final String SHARED_TAIL_OF_SHORT = "list.shared_tail.of_short";

    private final FigureRules rules;
    private final CueTable cues;
    private final String simp;
    private final Tokens tokens;

    ListNames(FigureRules rules, String simp, Tokens tokens) {
        this.rules = rules;
        this.cues = rules.cues();
        this.simp = simp;
        this.tokens = tokens;
    }

    /**
     * The names of a list (能耗、水耗、二氧化碳排放). A one-word item that stands where the last item's first word does
     * shares the rest of it: 城镇、农村居民人均可支配收入 → 城镇居民人均可支配收入, 农村居民人均可支配收入.
     */
    List<String> splitList(int from, int to) {
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int s = from;
        for (int k = from; k < to; k++) {
            char c = simp.charAt(k);
            boolean mark = c == '、' || LIST_MARKS.indexOf(c) >= 0 && tokens.startsAt(k) && tokens.wordEnd(k) == k + 1;
            if (mark) {
                if (k > s) {
                    starts.add(s);
                    ends.add(k);
                }
                s = k + 1;
            }
        }
        if (to > s) {
            starts.add(s);
            ends.add(to);
        }
        List<String> ordinals = ordinalList(starts, ends);
        if (ordinals != null) {
            return ordinals;
        }
        List<String> parts = new ArrayList<>();
        int lastStart = starts.isEmpty() ? -1 : starts.get(starts.size() - 1);
        // 城镇和农村牧区常住居民…: the rural head of the last item is one, however the dictionary cuts it (农村|牧区)
        CueTable.Cue ruralHead = lastStart < 0 ? null : cues.startingAt(simp, lastStart, to, "list.rural_head");
        int lastHead = ruralHead != null ? ruralHead.word().length() : lastStart < 0 ? 0 : tokens.wordEnd(lastStart) - lastStart;
        for (int k = 0; k < starts.size(); k++) {
            int ps = starts.get(k);
            int length = ends.get(k) - ps;
            // 新修和改造城区道路: a verb the dictionary splits (新/修) shares the rest as a word would, beside a verb
            boolean wordLike = tokens.startsAt(ps) && (tokens.wordEnd(ps) == ps + length
                    || length == 2 && isVerb(tokens.natureAt(ps + 1)) && isVerb(tokens.natureAt(lastStart)));
            boolean sharesRest = k < starts.size() - 1 && wordLike
                    && (ruralHead != null || lastHead == length) && to - lastStart - lastHead >= 2;
            String part = simp.substring(ps, ps + length);
            if (sharesRest) {
                part += simp.substring(lastStart + lastHead, to);
            } else if (k < starts.size() - 1) {
                part += headAfterSameWord(ps + length, lastStart, to);
            }
            parts.add(part);
        }
        sharedModifierGiven(parts);
        sharedTailGiven(parts);
        // 城乡居民人均可支配收入分别增长6.3%和7.5%, 城乡低保标准分别提高到每人每月330元和每人每年1800元: the urban
        // figure, then the rural one (城镇居民…, 城市低保…: `urban_rural.` in cues.tsv says which word is urban)
        String rest = parts.size() == 1 && parts.get(0).startsWith(URBAN_AND_RURAL) ? parts.get(0).substring(URBAN_AND_RURAL.length()) : "";
        CueTable.Cue who = rest.isEmpty() ? null : cues.startingAt(rest, 0, rest.length(), "urban_rural.");
        if (who != null && rest.length() > who.word().length()) {
            return List.of(who.categoryTail("urban_rural.") + rest, "农村" + rest);
        }
        return parts;
    }

    /**
     * 第一、二、三产业增加值 or 第一、第二产业: the first, second and third of the last item's rest (第一产业增加值, …), or null
     * when the list is not one of ordinals.
     */
    private List<String> ordinalList(List<Integer> starts, List<Integer> ends) {
        if (starts.size() < 2 || simp.charAt(starts.get(0)) != '第') {
            return null;
        }
        List<String> numerals = new ArrayList<>();
        String rest = null;
        for (int k = 0; k < starts.size(); k++) {
            String part = simp.substring(starts.get(k), ends.get(k));
            String ordinal = part.startsWith("第") ? part.substring(1) : part;
            if (ordinal.isEmpty() || ChineseNumerals.digit(ordinal.charAt(0)) <= 0) {
                return null;
            }
            numerals.add(ordinal.substring(0, 1));
            if (k == starts.size() - 1) {
                rest = ordinal.substring(1);
            } else if (ordinal.length() != 1) {
                return null;
            }
        }
        if (rest.length() < 2) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String numeral : numerals) {
            names.add("第" + numeral + rest);
        }
        return names;
    }

    /**
     * 城镇常住居民和农村牧区常住居民人均可支配收入: the last item goes on past the word an earlier item ends with (居民), and
     * what follows that word there (人均可支配收入) is the head noun both items share; "" when it does not, or when less
     * than two characters follow.
     */
    private String headAfterSameWord(int partEnd, int lastStart, int to) {
        int wordStart = tokens.wordStartBefore(partEnd);
        int length = partEnd - wordStart;
        if (wordStart < 0 || length < 2) {
            return "";
        }
        String word = simp.substring(wordStart, partEnd);
        for (int j = lastStart; j + length + 2 <= to; j++) {
            if (tokens.startsAt(j) && simp.startsWith(word, j) && tokens.wordEnd(j) == j + length) {
                return simp.substring(j + length, to);
            }
        }
        return "";
    }

    /**
     * 专利申请量和授权量: a short item ending in the amount the first one ends in (量) is of what the first one's opening
     * names (专利授权量).
     */
    private void sharedModifierGiven(List<String> parts) {
        String first = parts.isEmpty() ? "" : parts.get(0);
        for (int k = 1; k < parts.size(); k++) {
            String part = parts.get(k);
            int modifier = first.length() - part.length();
            if (part.length() >= 2 && part.length() <= MAX_SHORT_ITEM && modifier >= 2
                    && part.charAt(part.length() - 1) == first.charAt(first.length() - 1) && AMOUNT_ENDS.indexOf(part.charAt(part.length() - 1)) >= 0
                    && !first.startsWith(part.substring(0, 1), modifier)) {
                parts.set(k, first.substring(0, modifier) + part);
            } else if (first.endsWith(INCIDENTS) && first.length() > INCIDENTS.length() + 1 && part.endsWith(PEOPLE_COUNTED)
                    && !part.startsWith(first.substring(0, 2))) {
                // 生产安全事故起数和死亡人数: the people of the incidents counted (生产安全事故死亡人数)
                parts.set(k, first.substring(0, first.length() - INCIDENTS.length()) + part);
            }
        }
    }

    /**
     * 化学需氧量、氨氮、二氧化硫排放量: what the last item measures of its thing (`list.shared_tail`: 排放量) is measured of
     * every item before it that does not say so itself (化学需氧量排放量, 氨氮排放量).
     */
    private void sharedTailGiven(List<String> parts) {
        String last = parts.isEmpty() ? "" : parts.get(parts.size() - 1);
        CueTable.Cue tail = cues.endingAt(last, 0, last.length(), "list.shared_tail");
        if (tail == null || tail.word().length() >= last.length()) {
            return;
        }
        // 汽摩配、医药化工、服装鞋帽出口: a short tail (出口) is shared by short items alone, not by 地区生产总值 before it
        boolean shortOnly = tail.category().equals(SHARED_TAIL_OF_SHORT);
        // 对欧盟、美国、日本出口: where the exports went, each item's
        CueTable.Cue lead = shortOnly ? cues.startingAt(parts.get(0), 0, parts.get(0).length(), "list.shared_lead") : null;
        String to = lead == null ? "" : lead.word();
        for (int k = 0; k < parts.size() - 1; k++) {
            String part = parts.get(k);
            if (!part.endsWith(tail.word()) && (!shortOnly || part.length() <= MAX_TAIL_SHARING_ITEM + to.length())) {
                parts.set(k, part + tail.word());
            }
        }
        for (int k = 1; k < parts.size() && !to.isEmpty(); k++) {
            if (!parts.get(k).startsWith(to)) {
                parts.set(k, to + parts.get(k));
            }
        }
    }

    /**
     * The items of a list parted by 、 alone, each with the word the last one ends in (教育、社会保障和就业、卫生健康支出:
     * 教育支出, 社会保障和就业支出, 卫生健康支出).
     */
    List<String> itemsParted(int from, int to) {
        String head = simp.substring(Math.max(from, tokens.wordStartBefore(to)), to);
        List<String> items = new ArrayList<>();
        for (String item : simp.substring(from, to).split("、")) {
            items.add(item.endsWith(head) ? item : item + head);
        }
        return items;
    }

    /**
     * 一季度、上半年、前三季度和全年生产总值, 柳江区、柳城县、鹿寨县地区生产总值: parts of the year, or places, listed before
     * the one thing they are all of, which the last item names after its part; each part is named with it (一季度生产总值,
     * 柳江区地区生产总值). Other lists as they are.
     */
    List<String> partsOfOneThing(List<String> items, int end) {
        String lastItem = items.isEmpty() ? "" : items.get(items.size() - 1);
        CueTable.Cue lastPart = cues.startingAt(lastItem, 0, lastItem.length(), "year.part", "scope");
        int lastPlaceEnd = placeNameEnd(lastItem);
        String knownThing = rules.catalogue().synonymEnding(lastItem);
        List<String> before = items.size() < 2 ? List.of() : items.subList(0, items.size() - 1);
        int sharedThing = sharedThingOpens(before, lastItem, end);
        int opening;
        String lastThing = lastPart == null ? "" : lastItem.substring(lastPart.word().length());
        // 一季度、上半年、前三季度地区生产总值: an item may have the thing already, where it shares a word with the last (季度)
        if (lastPart != null && !lastThing.isEmpty() && !before.isEmpty() && before.stream().allMatch(item -> cues.is(item, "year.part")
                || item.endsWith(lastThing) && cues.is(item.substring(0, item.length() - lastThing.length()), "year.part"))) {
            opening = lastPart.word().length();
        } else if (lastPlaceEnd > 0 && lastPlaceEnd + 1 < lastItem.length() && !before.isEmpty()
                && before.stream().allMatch(item -> placeNameEnd(item) == item.length())) {
            opening = lastPlaceEnd; // 柳江区、柳城县、鹿寨县地区生产总值均突破百亿元: places listed before the one thing
        } else if (!before.isEmpty() && knownThing != null && lastItem.length() > knownThing.length()
                && before.stream().allMatch(item -> item.length() <= MAX_PLACE_NAME && rules.catalogue().metricOf(item) == null)) {
            // 皖北地区、皖江城市带、大别山革命老区生产总值分别增长…: regions with no suffix of a place, before the one thing
            // the catalogue knows
            opening = lastItem.length() - knownThing.length();
        } else if (sharedThing > 0) {
            opening = sharedThing; // 金融业、商贸业增加值: kinds of one thing that end alike (业), then what is measured of it
        } else {
            return items;
        }
        String thing = lastItem.substring(opening);
        return items.stream().map(item -> item == lastItem || item.endsWith(thing) ? item : item + thing).toList();
    }

    /**
     * Where what is measured of the thing the last item (ending at {@code end}) names starts, after the character every
     * short item before it ends with (金融业、商贸业增加值: 3, after 业; 国考、省考断面水质优良比例), where a word starts
     * and what follows ends in what a figure measures (增加值, 吞吐量, 比例: list.shared_head, stock.head,
     * attribute.measured); else -1 (纺织服装企业、规上企业和从业人员: people, not what is measured of 从业).
     */
    private int sharedThingOpens(List<String> before, String lastItem, int end) {
        if (before.isEmpty() || before.get(0).length() < 2 || !simp.startsWith(lastItem, end - lastItem.length())) {
            return -1;
        }
        char kind = before.get(0).charAt(before.get(0).length() - 1);
        if (!before.stream().allMatch(item -> item.length() >= 2 && item.length() <= MAX_PLACE_NAME
                && item.charAt(item.length() - 1) == kind)) {
            return -1;
        }
        int at = lastItem.lastIndexOf(kind, lastItem.length() - 3) + 1;
        String thing = lastItem.substring(at);
        return at > 0 && tokens.startsAt(end - thing.length())
                && cues.endingAt(thing, 0, thing.length(), "list.shared_head", "stock.head", "attribute.measured") != null ? at : -1;
    }

    /** Where the short place name {@code text} opens with ends (柳城县: 3), or -1. */
    private static int placeNameEnd(String text) {
        for (int i = 1; i < Math.min(text.length(), MAX_PLACE_NAME); i++) {
            if (PLACE_SUFFIXES.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * The two names of a lead that is two metrics of the catalogue joined by 和, each named as the catalogue does
     * (财政总收入和地方财政收入, 城镇居民人均可支配收入和农民人均纯收入): one figure after it is of each; else empty.
     */
    List<String> metricsJoined(int from, int to) {
        String lead = simp.substring(from, to);
        int and = lead.indexOf(AND);
        if (and <= 0 || and != lead.lastIndexOf(AND) || lead.indexOf('、') >= 0) {
            return List.of();
        }
        List<String> items = List.of(lead.substring(0, and), lead.substring(and + 1));
        MetricCatalogue catalogue = rules.catalogue();
        boolean bothNamed = items.stream().allMatch(item -> item.equals(catalogue.synonymEnding(item)));
        return bothNamed && !catalogue.metricOf(items.get(0)).equals(catalogue.metricOf(items.get(1))) ? items : List.of();
    }

    /**
     * The examples listed before 等 or a count of the list (甲醇、聚烯烃等; 家电、机械装备两大): whole items, so parted by 、
     * alone where that gives one for each figure (机器人、新能源汽车及零部件、生物医药等: three; 家电 shares no 装备).
     */
    List<String> examplesListed(int from, int to, int figures) {
        List<String> parted = List.of(simp.substring(from, to).split("、"));
        return parted.size() == figures ? parted : splitList(from, to);
    }

    /**
     * Where a list that says how many items it holds (家电、机械装备两大支柱产业, 新一代电子信息、电气机械两个产业集群) gives
     * that count as N大 or N个, with N the number of its items parted by 、 and of its figures; -1 where there is none.
     */
    int countOfListAt(int from, int to, int figures) {
        for (int k = from + 1; k + 2 < to; k++) {
            if (LIST_COUNTERS.indexOf(simp.charAt(k + 1)) >= 0 && ChineseNumerals.digit(simp.charAt(k)) == figures && simp.charAt(k - 1) != '、'
                    && simp.substring(from, k).split("、", -1).length == figures) {
                return k;
            }
        }
        return -1;
    }
}
