package io.govreport.model;

/**
 * What a report says about itself. Any field the text does not support is null.
 *
 * @param level        national, province, city, district or county
 * @param year         the year the report plans for
 * @param reviewPeriod what it looks back on: "2017", or "2017-2021" for a five-year review
 * @param deliveredOn  ISO date the report was read out
 */
public record Meta(
        String title,
        Region region,
        String level,
        Integer year,
        String reviewPeriod,
        String deliveredOn,
        String meeting,
        Speaker speaker,
        String documentNumber) {
}
