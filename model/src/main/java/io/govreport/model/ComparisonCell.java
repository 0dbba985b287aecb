package io.govreport.model;

/**
 * One region's figures for one year: the target set for the year beside what was achieved in it (an actual, or an
 * estimate where no report gives the actual yet). Either may be null.
 */
public record ComparisonCell(int year, Figure target, Figure actual) {
}
