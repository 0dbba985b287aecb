package io.govreport.model;

/**
 * An indicator located in a returned text.
 *
 * @param index its position in the report's indicator list
 * @param start offset of its evidence in the returned text
 */
public record IndicatorMark(int index, int start, int end, String name, String metric, String kind, String measure,
                           double value, Double upper, String unit, Integer year, String section) {

    public static IndicatorMark of(int index, Indicator i, int offset) {
        return new IndicatorMark(index, i.evidence().start() - offset, i.evidence().end() - offset, i.name(), i.metric(),
                i.kind(), i.measure(), i.value(), i.upper(), i.unit(), i.year(), i.section());
    }
}
