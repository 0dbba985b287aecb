package io.govreport.extractor.indicators;

import io.govreport.extractor.support.ResourceLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The units of {@code indicators/units.tsv}, matched longest first. Immutable, thread-safe. */
final class UnitTable {

    private final Map<Character, List<Unit>> byFirst = new HashMap<>();

    UnitTable(String resource) {
        for (String[] row : ResourceLines.rows(resource)) {
            Unit unit = new Unit(row[0], row[1], Double.parseDouble(row[2]), row[3].trim(), row.length > 4 ? row[4].trim() : "");
            byFirst.computeIfAbsent(unit.written().charAt(0), k -> new ArrayList<>()).add(unit);
        }
        byFirst.values().forEach(l -> l.sort(Comparator.comparingInt((Unit u) -> u.written().length()).reversed()));
    }

    /** The longest unit written at {@code pos} and not opening another word, or null. */
    Unit at(String text, int pos, int limit) {
        if (pos >= limit) {
            return null;
        }
        for (Unit unit : byFirst.getOrDefault(text.charAt(pos), List.of())) {
            int end = pos + unit.written().length();
            if (end <= limit && text.startsWith(unit.written(), pos)
                    && (end == limit || unit.notBefore().indexOf(text.charAt(end)) < 0)) {
                return unit;
            }
        }
        return null;
    }
}
