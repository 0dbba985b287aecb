package io.govreport.extractor.meta;

/**
 * One administrative division of the gazetteer.
 *
 * @param level  province, city (prefecture level), county (county level: 区, 县, 县级市, 旗 ...) or zone (a new area or a
 *               development zone run by a committee, without a code)
 * @param parent the division above it, null for a province
 */
public record Division(String code, String name, String level, Division parent) {

    Division province() {
        return parent == null ? this : parent.province();
    }

    /** The prefecture-level city above or at this division, null for a province or a county of a municipality. */
    Division city() {
        if (level.equals("city")) {
            return this;
        }
        return parent == null ? null : parent.city();
    }

    boolean isWithin(Division ancestor) {
        for (Division d = this; d != null; d = d.parent) {
            if (d == ancestor) {
                return true;
            }
        }
        return false;
    }
}
