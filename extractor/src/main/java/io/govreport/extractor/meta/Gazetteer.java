package io.govreport.extractor.meta;

import io.govreport.extractor.support.ResourceLines;
import io.govreport.extractor.support.Simplified;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * All province-, city- and county-level divisions (gazetteer/regions.tsv, GB/T 2260), found in text by full name, and
 * the zones whose committees report as governments do: the national new areas (gazetteer/new-areas.tsv) and a city's
 * development zones (南昌高新区).
 */
final class Gazetteer {
    /**
     * Names shorter than this (城区, 矿区, 郊区) are common words and only count right after their parent's name; a
     * county's (曹县, 沛县) is none ({@link #shortCounty}).
     */
    private static final int MIN_FREE_NAME = 3;
    private static final int MAX_CITY_SHORT_NAME = 4;

    private final Map<String, List<Division>> byName = new HashMap<>();
    /** The lengths of the names starting with a character, longest first: most characters start none. */
    private final Map<Character, int[]> lengthsByFirst = new HashMap<>();
    private static final int[] NO_LENGTHS = new int[0];
    /** The names a division had before (海东地区 of 海东市), by level and code. */
    private final Map<String, List<String>> formerNames = new HashMap<>();
    /** Names the traditional → simplified conversion changes, by what it changes them to. */
    private final Map<String, String> damagedByConversion = new HashMap<>();
    /** Prefecture-level cities by the name their zones carry (南昌 of 南昌市). */
    private final Map<String, Division> cityByShortName = new HashMap<>();
    private final List<String> zoneSuffixes = ResourceLines.read("gazetteer/zone-suffixes.txt");

    Gazetteer() {
        Map<String, Division> provinces = new HashMap<>();
        for (Division d : Divisions.all()) {
            byName.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
            if (d.level().equals("province")) {
                provinces.put(d.code(), d);
            } else if (d.level().equals("city") && d.name().endsWith("市") && d.name().length() > 2) {
                cityByShortName.putIfAbsent(d.name().substring(0, d.name().length() - 1), d);
            }
        }
        // renamed by its kind alone (长安县 → 长安区 in 2002): gazetteer/former-kinds.tsv; found with today's code
        Map<String, List<Division>> former = new HashMap<>();
        List<String[]> kinds = ResourceLines.rows("gazetteer/former-kinds.tsv");
        for (Division d : Divisions.all()) {
            String name = d.name();
            for (String[] kind : kinds) {
                String stem = name.substring(0, name.length() - kind[1].length());
                if (d.level().equals(kind[0]) && name.endsWith(kind[1]) && stem.length() >= 2 && !byName.containsKey(stem + kind[2])) {
                    String old = stem + kind[2];
                    former.computeIfAbsent(old, k -> new ArrayList<>()).add(new Division(d.code(), old, d.level(), d.parent()));
                    formerNames.computeIfAbsent(d.level() + d.code(), k -> new ArrayList<>()).add(old);
                }
            }
        }
        byName.putAll(former);
        // renamed otherwise or merged away (襄樊市, 闸北区): gazetteer/former-regions.tsv, with the code it had
        for (Division d : Divisions.former()) {
            if (!former.containsKey(d.name())) {
                byName.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
                formerNames.computeIfAbsent(d.level() + d.code(), k -> new ArrayList<>()).add(d.name());
            }
        }
        for (String[] area : ResourceLines.rows("gazetteer/new-areas.tsv")) {
            byName.computeIfAbsent(area[0], k -> new ArrayList<>()).add(new Division(null, area[0], "zone", provinces.get(area[1])));
        }
        Map<Character, TreeSet<Integer>> lengths = new HashMap<>();
        byName.keySet().forEach(n -> lengths.computeIfAbsent(n.charAt(0), k -> new TreeSet<>()).add(n.length()));
        lengths.forEach((c, set) -> lengthsByFirst.put(c, set.descendingSet().stream().filter(l -> l >= 2).mapToInt(Integer::intValue).toArray()));
        for (String name : byName.keySet()) {
            String converted = Simplified.of(name);
            if (!converted.equals(name)) {
                damagedByConversion.put(converted, name);
            }
        }
    }

    /**
     * {@code simplified} (the same length as {@code original}) with the division names the conversion damaged put
     * back: the converter reads 乾 as the traditional form of 干, but 乾安县 and 乾县 are written so in simplified script
     * too. Only where the source did not write the converted form itself (新干县 stays).
     */
    String restoreNames(String original, String simplified) {
        StringBuilder out = null;
        for (Map.Entry<String, String> e : damagedByConversion.entrySet()) {
            String converted = e.getKey();
            String name = e.getValue();
            for (int at = simplified.indexOf(converted); at >= 0; at = simplified.indexOf(converted, at + 1)) {
                if (sourceWroteName(original, at, converted, name)) {
                    out = out == null ? new StringBuilder(simplified) : out;
                    out.replace(at, at + name.length(), name);
                }
            }
        }
        return out == null ? simplified : out.toString();
    }

    /** Whether, at every character the conversion changed, the source wrote something other than the converted form. */
    private static boolean sourceWroteName(String original, int at, String converted, String name) {
        if (converted.length() != name.length() || at + name.length() > original.length()) {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            if (converted.charAt(k) != name.charAt(k) && original.charAt(at + k) == converted.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The names {@code d}'s code and level had before, under which no division stands today. */
    List<String> formerNames(Division d) {
        return formerNames.getOrDefault(d.level() + d.code(), List.of());
    }

    /** A division named in the text, with where. */
    record Mention(Division division, int start, int end) {
    }

    /** Every division named in {@code text}, longest name first at each position. */
    List<Mention> mentions(String text) {
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int matchedEnd = -1;
            int[] lengths = lengthsByFirst.getOrDefault(text.charAt(i), NO_LENGTHS);
            for (int len : lengths) {
                if (i + len > text.length()) {
                    continue;
                }
                List<Division> named = byName.get(text.substring(i, i + len));
                if (named == null) {
                    continue;
                }
                for (Division d : named) {
                    if (len >= MIN_FREE_NAME || shortCounty(text, i, d) || followsParent(text, i, d)) {
                        found.add(new Mention(d, i, i + len));
                        matchedEnd = i + len;
                    }
                }
                if (matchedEnd > 0) {
                    break;
                }
            }
            i = matchedEnd > 0 ? matchedEnd : i + 1;
        }
        int named = found.size();
        addCityZones(text, found);
        if (found.size() > named) {
            found.sort(Comparator.comparingInt(Mention::start));
        }
        return found;
    }

    /**
     * Development zones named by their city's short name and a suffix of gazetteer/zone-suffixes.txt, where no division
     * is named.
     */
    private void addCityZones(String text, List<Mention> found) {
        for (String suffix : zoneSuffixes) {
            for (int at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + 1)) {
                for (int len = Math.min(MAX_CITY_SHORT_NAME, at); len >= 2; len--) {
                    String shortName = text.substring(at - len, at);
                    Division city = cityByShortName.get(shortName);
                    int start = at - len;
                    int end = at + suffix.length();
                    if (city != null && found.stream().noneMatch(m -> m.start() < end && m.end() > start)) {
                        found.add(new Mention(new Division(null, shortName + suffix, "zone", city), start, end));
                        break;
                    }
                }
            }
        }
    }

    /** 曹县, 沛县: a county's short name, unless it is an office's (代县长: the acting 县长, not 代县). */
    private static boolean shortCounty(String text, int at, Division d) {
        int end = at + d.name().length();
        return d.name().endsWith("县") && !(end < text.length() && text.charAt(end) == '长');
    }

    private static boolean followsParent(String text, int at, Division d) {
        return d.parent() != null && text.startsWith(d.parent().name(), at - d.parent().name().length());
    }
}
