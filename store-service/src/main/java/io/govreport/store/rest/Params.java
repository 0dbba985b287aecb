package io.govreport.store.rest;

import io.govreport.model.ReportIds;
import io.govreport.store.store.MetricCatalogue;
import io.govreport.store.store.PageRequest;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Validates query and path parameters; each check names the parameter it refuses. */
final class Params {
    static final Set<String> LEVELS = Set.of("national", "province", "city", "district", "county");
    static final Set<String> KINDS = Set.of("actual", "estimate", "target");
    static final Set<String> MEASURES = Set.of("level", "change", "share", "count");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");
    private static final int MIN_YEAR = 1949;
    private static final int MAX_YEAR = 2100;
    private static final int MAX_TEXT = 100;

    private Params() {
    }

    static String id(String id) {
        if (!ReportIds.isValid(id)) {
            throw new BadRequest("id must be 64 lowercase hex digits (the SHA-256 of the report text)");
        }
        return id;
    }

    /** page is 1-based; size defaults to 20, at most 200. A page past the last one answers an empty page. */
    static PageRequest page(String page, String size) {
        int p = page == null ? 1 : integer("page", page);
        int s = size == null ? PageRequest.DEFAULT_SIZE : integer("size", size);
        if (p < 1) {
            throw new BadRequest("page must be 1 or more");
        }
        if (s < 1 || s > PageRequest.MAX_SIZE) {
            throw new BadRequest("size must be between 1 and " + PageRequest.MAX_SIZE);
        }
        return new PageRequest(p, s);
    }

    static Integer year(String name, String value) {
        if (value == null) {
            return null;
        }
        int year = integer(name, value);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new BadRequest(name + " must be a year between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        return year;
    }

    /** yearTo, not before yearFrom: a range that ends before it starts would silently match nothing. */
    static Integer yearTo(Integer yearFrom, String value) {
        Integer yearTo = year("yearTo", value);
        if (yearFrom != null && yearTo != null && yearTo < yearFrom) {
            throw new BadRequest("yearTo (" + yearTo + ") must not be before yearFrom (" + yearFrom + ")");
        }
        return yearTo;
    }

    static String oneOf(String name, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new BadRequest(name + " must be one of " + new TreeSet<>(allowed));
        }
        return value;
    }

    /** A key of the extractor's catalogue: any other would silently match nothing. */
    static String metric(String value, MetricCatalogue catalogue) {
        if (value != null && !catalogue.knows(value)) {
            throw new BadRequest("metric must be a catalogue key such as gdp; GET /api/v1/metrics lists them");
        }
        return value;
    }

    /** Free text (a region, a name fragment): trimmed, bounded, empty means no filter. */
    static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_TEXT) {
            throw new BadRequest(name + " must be at most " + MAX_TEXT + " characters");
        }
        return trimmed;
    }

    private static int integer(String name, String value) {
        if (!INTEGER.matcher(value).matches()) {
            throw new BadRequest(name + " must be a whole number");
        }
        return Integer.parseInt(value);
    }
}
