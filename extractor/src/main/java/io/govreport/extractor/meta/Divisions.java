package io.govreport.extractor.meta;

import io.govreport.extractor.support.ResourceLines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The divisions with a government of their own in {@code gazetteer/regions.tsv} (GB/T 2260), each linked to its
 * parent: what the extractor recognises as a report's region, and what the bench's synthesizer writes reports for.
 */
public final class Divisions {
    /**
     * The suffixes of a division with a people's government (盟: an administrative office). The statistics list also
     * carries units run by a committee or by a city (保定白沟新城, 乌拉盖管理区管委会, 西沙群岛), which deliver no report.
     */
    private static final Pattern GOVERNED = Pattern.compile("[省市区县旗州盟]$");
    private static final List<Division> ALL;
    private static final List<Division> FORMER;

    static {
        // a former division's parent may be today's (开县 under 重庆市) or a former one (莱城区 under 莱芜市)
        Map<String, Division> byCode = new HashMap<>();
        ALL = load("gazetteer/regions.tsv", byCode);
        FORMER = load("gazetteer/former-regions.tsv", byCode);
    }

    private Divisions() {
    }

    /** In the file's order: every parent before its children. */
    public static List<Division> all() {
        return ALL;
    }

    /**
     * Divisions gone from today's list under their names (开县, now 开州区; 闸北区, merged into 静安区), with the codes
     * they had about 2015, linked to today's parents or to former ones (莱城区 under 莱芜市): reports written before
     * the change name them so.
     */
    static List<Division> former() {
        return FORMER;
    }

    /** The divisions of {@code resource}, each linked to its parent in {@code byCode}, which they are added to. */
    private static List<Division> load(String resource, Map<String, Division> byCode) {
        List<Division> all = new ArrayList<>();
        // Rows list parents before children, so one pass links them.
        for (String row : ResourceLines.read(resource)) {
            String[] f = row.split("\t", -1);
            Division parent = f.length > 3 && !f[3].isEmpty() ? byCode.get(f[3]) : null;
            if (isFunctionalZone(f[0]) || !GOVERNED.matcher(f[1]).find()
                    || (parent != null && parent.name().equals(f[1]))) {
                continue; // a zone, a unit run by a committee, or a city without counties listed again as its county (嘉峪关市)
            }
            Division d = new Division(f[0], f[1], f[2], parent);
            byCode.putIfAbsent(d.code(), d);
            all.add(d);
        }
        return List.copyOf(all);
    }

    /**
     * Codes xxxx7x are the statistics bureau's development zones, new areas and management areas (邯郸经济技术开发区,
     * 北戴河新区): places a county-level list carries, but not GB/T 2260 divisions with a government of their own.
     */
    private static boolean isFunctionalZone(String code) {
        return code.length() == 6 && code.charAt(4) == '7';
    }
}
