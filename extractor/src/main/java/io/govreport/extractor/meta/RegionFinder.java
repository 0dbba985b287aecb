package io.govreport.extractor.meta;

import io.govreport.extractor.support.Simplified;
import io.govreport.model.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Finds the report's region: the most specific division named in the title, meeting or speaker lines, or the head. */
final class RegionFinder {
    private static final Pattern PROVINCE_SUFFIX = Pattern.compile("(壮族|回族|维吾尔)?自治区$|特别行政区$|省$|市$");
    private static final String STATE_COUNCIL = "国务院";
    private static final List<String> NATIONAL_CUES = List.of("国务院总理", "全国人民代表大会", STATE_COUNCIL);

    private final Gazetteer gazetteer = new Gazetteer();

    /** {@code text} in simplified script, division names kept as the gazetteer writes them. */
    String simplified(String text) {
        return gazetteer.restoreNames(text, Simplified.sameLength(text));
    }

    /** Whether {@code text} names a division of the gazetteer. */
    boolean namesADivision(String text) {
        return !gazetteer.mentions(text).isEmpty();
    }

    /**
     * Whether {@code [start, end)} cuts into a division named in {@code text}: one starting inside it (the 市长 of
     * 许昌市长葛市) or holding it whole. A name that only ends inside it shares its opening word (广西壮族自治区主席: the
     * office is 自治区主席, as it is written alone).
     */
    boolean cutsIntoAName(String text, int start, int end) {
        return gazetteer.mentions(text).stream().anyMatch(m -> m.start() < end && m.end() > start
                && !(m.start() < start && m.end() < end));
    }

    /** The region and its level (national, province, city, district, county); null when the text does not say. */
    record Found(Region region, String level) {
    }

    /**
     * @param sources lines in order of trust (title, meeting, speaker line)
     * @param head    the opening of the report, for a division's parent when a name is ambiguous (通州区)
     * @param text    the whole report, for the name it gives a division above the region that has since been renamed
     */
    Found find(List<String> sources, String head, String text, List<String> warnings) {
        List<Gazetteer.Mention> context = gazetteer.mentions(head);
        for (String source : sources) {
            if (source == null || source.isEmpty()) {
                continue;
            }
            Division d = mostSpecific(gazetteer.mentions(source), context, head, text, warnings);
            if (d != null) {
                return new Found(region(d, text), level(d));
            }
        }
        for (String cue : NATIONAL_CUES) {
            // 国务院 alone in the opening is no sign: every report may say 国务院批复 (兰州新区管委会's does)
            if (head.contains(cue) && (sources.stream().anyMatch(s -> s != null && s.contains(cue))
                    || context.isEmpty() && !cue.equals(STATE_COUNCIL))) {
                return new Found(new Region("中华人民共和国", null, null, null, null), "national");
            }
        }
        Division d = mostSpecific(context, context, head, text, warnings);
        return d == null ? null : new Found(region(d, text), level(d));
    }

    /** The deepest division named, each ambiguous name settled by its parent being named too. */
    private static Division mostSpecific(List<Gazetteer.Mention> mentions, List<Gazetteer.Mention> context, String head,
                                         String text, List<String> warnings) {
        Division best = null;
        int i = 0;
        while (i < mentions.size()) {
            int j = i;
            List<Division> same = new ArrayList<>();
            while (j < mentions.size() && mentions.get(j).start() == mentions.get(i).start()) {
                same.add(mentions.get(j).division());
                j++;
            }
            Division d = settle(same, context, head, text, warnings);
            if (d != null && (best == null || depth(d) > depth(best))) {
                best = d;
            }
            i = j;
        }
        return best;
    }

    /**
     * One of several divisions of the same name: the one whose nearest named ancestor is deepest (枣庄市 settles
     * 市中区 although 山东省 holds four of them), else the one whose province is named in short in the opening, else
     * anywhere in the report (沙湾县, once in 新疆 and once a 沙湾区 of 四川, in a report that speaks of 新疆 alone).
     */
    private static Division settle(List<Division> same, List<Gazetteer.Mention> context, String head, String text,
                                   List<String> warnings) {
        if (same.size() == 1) {
            return same.get(0);
        }
        int best = 0;
        List<Division> withParent = new ArrayList<>();
        for (Division d : same) {
            int depth = namedAncestorDepth(d, context);
            if (depth > best) {
                best = depth;
                withParent.clear();
            }
            if (depth == best && depth > 0) {
                withParent.add(d);
            }
        }
        if (withParent.size() == 1) {
            return withParent.get(0);
        }
        for (String named : List.of(head, text)) {
            List<Division> withProvince = same.stream().filter(d -> named.contains(shortName(d.province().name()))).toList();
            if (withProvince.size() == 1) {
                return withProvince.get(0);
            }
        }
        warnings.add("region: '" + same.get(0).name() + "' names " + same.size() + " divisions and the text does not say which");
        return null;
    }

    /** The depth of the deepest ancestor of {@code d} that the text names, 0 if none is named. */
    private static int namedAncestorDepth(Division d, List<Gazetteer.Mention> context) {
        for (Division a = d.parent(); a != null; a = a.parent()) {
            Division ancestor = a;
            if (context.stream().anyMatch(m -> m.division() == ancestor)) {
                return depth(ancestor);
            }
        }
        return 0;
    }

    /** 北京市 → 北京, 广西壮族自治区 → 广西, 河北省 → 河北. */
    private static String shortName(String province) {
        String s = PROVINCE_SUFFIX.matcher(province).replaceAll("");
        return s.isEmpty() ? province : s;
    }

    /** A zone is below its city, but a county named beside it is the region (无锡高新区(新吴区): 新吴区). */
    private static int depth(Division d) {
        return switch (d.level()) {
            case "county" -> 4;
            case "zone" -> 3;
            case "city" -> 2;
            default -> 1;
        };
    }

    /** The region of {@code d}, each division above it named as the text names it where that is a former name. */
    private Region region(Division d, String text) {
        String province = namedAs(d.province(), text);
        String city = d.city() == null ? null : namedAs(d.city(), text);
        String district = d.level().equals("county") || d.level().equals("zone") ? d.name() : null;
        StringBuilder name = new StringBuilder(province);
        if (city != null) {
            name.append(city);
        }
        if (district != null) {
            name.append(district);
        }
        return new Region(name.toString(), province, city, district, d.code());
    }

    /**
     * The name the text gives {@code d}, which is above the report's region: a county's report of 2006 names its
     * prefecture 海东地区, which became 海东市 in 2013, so its region is 青海省海东地区乐都县. Today's name unless the text
     * uses a former one and not today's.
     */
    private String namedAs(Division d, String text) {
        if (text.contains(d.name())) {
            return d.name();
        }
        return gazetteer.formerNames(d).stream().filter(text::contains).findFirst().orElse(d.name());
    }

    /**
     * 区 below a city or municipality is a district; 县, 县级市, 旗 are counties, and so is a 区 right below a province
     * that is no municipality (神农架林区); a zone is a district, as its committee governs one.
     */
    private static String level(Division d) {
        return switch (d.level()) {
            case "province" -> "province";
            case "city" -> "city";
            case "zone" -> "district";
            default -> d.name().endsWith("区") && (d.parent() == null || !d.parent().level().equals("province")
                    || d.parent().name().endsWith("市")) ? "district" : "county";
        };
    }
}
