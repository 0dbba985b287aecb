package io.govreport.bench.synth;

import io.govreport.extractor.meta.Division;
import io.govreport.extractor.meta.Divisions;

import java.util.List;

/**
 * A region a synthetic report is written for, drawn from the extractor's gazetteer (GB/T 2260 divisions, {@link Divisions}).
 *
 * @param name     the full name the gold expects: the names from the province down ({@code 北京市平谷区})
 * @param province the province-level unit ({@code 北京市})
 * @param local    the name the report calls itself by ({@code 平谷区})
 * @param level    province | city | district | county, as in the extraction spec
 */
record SynthRegion(String name, String province, String local, String level) {
    private static final List<String> SUFFIXES = List.of("自治区", "自治州", "自治县", "新区", "省", "市", "区", "县", "旗");

    /** Every division the extractor recognises as a report's region, so levels come in their real mix. */
    static List<SynthRegion> load() {
        return Divisions.all().stream().map(SynthRegion::of).toList();
    }

    private static SynthRegion of(Division d) {
        StringBuilder name = new StringBuilder(d.name());
        Division top = d;
        while (top.parent() != null) {
            top = top.parent();
            name.insert(0, top.name());
        }
        String level = switch (d.level()) {
            case "county" -> d.name().endsWith("区") ? "district" : "county";
            default -> d.level();
        };
        return new SynthRegion(name.toString(), top.name(), d.name(), level);
    }

    /** 全区, 全县, 全市, 全省, 全旗, 全州: the scope word the report's sentences open with. */
    String scope() {
        return "全" + (local.endsWith("自治区") ? '区' : local.charAt(local.length() - 1));
    }

    /** The office of the head of government: 区长, 县长, 市长, 省长; an autonomous region's is 主席. */
    String headTitle() {
        return local.endsWith("自治区") ? "主席" : scope().substring(1) + "长";
    }

    String localShort() {
        return withoutSuffix(local);
    }

    String provinceShort() {
        return withoutSuffix(province);
    }

    private static String withoutSuffix(String name) {
        for (String suffix : SUFFIXES) {
            if (name.length() > suffix.length() + 1 && name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
