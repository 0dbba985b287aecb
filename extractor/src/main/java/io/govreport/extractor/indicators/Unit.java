package io.govreport.extractor.indicators;

/**
 * A unit of the unit table.
 *
 * @param written what the text writes (平方千米)
 * @param base    the base unit reported (平方公里)
 * @param factor  how many base units one written unit is
 * @param kind    percent, pp, money, measure, count or event
 * @param notBefore characters that, written right after it, make it part of another word (部 before 门: 12部门)
 */
record Unit(String written, String base, double factor, String kind, String notBefore) {

    boolean isPercent() {
        return kind.equals("percent");
    }

    boolean isChange() {
        return kind.equals("pp");
    }

    boolean isMoney() {
        return kind.equals("money");
    }

    /** Things counted, occurrences included. */
    boolean isCount() {
        return kind.equals("count") || isEvent();
    }

    boolean isEvent() {
        return kind.equals("event");
    }
}
