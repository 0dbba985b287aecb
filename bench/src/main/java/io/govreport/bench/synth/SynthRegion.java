package io.govreport.bench.synth;

import java.util.List;

/**
 * A region a synthetic report is written for.
 *
 * @param name     the full name the gold expects ({@code 北京市平谷区})
 * @param province the province-level unit ({@code 北京市})
 * @param local    the name the report calls itself by ({@code 平谷区})
 * @param level    district | county | city | province, as in the extraction spec
 */
record SynthRegion(String name, String province, String local, String level) {
    private static final List<String> SUFFIXES = List.of("自治区", "自治州", "自治县", "新区", "省", "市", "区", "县", "旗");

    static List<SynthRegion> load() {
        return Resources.tsv("synth/regions.tsv").stream()
                .map(f -> new SynthRegion(f[0], f[1], f[2], f[3]))
                .toList();
    }

    /** 全区, 全县, 全市, 全省: the scope word the report's sentences open with. */
    String scope() {
        return "全" + switch (level) {
            case "district" -> "区";
            case "county" -> "县";
            case "city" -> "市";
            default -> province.endsWith("市") ? "市" : "省";
        };
    }

    /** The office of the head of government: 区长, 县长, 市长, 省长. */
    String headTitle() {
        return scope().substring(1) + "长";
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
