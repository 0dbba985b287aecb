package io.govreport.model;

import java.util.List;
import java.util.Map;

/**
 * One entry of the metric catalogue with how many indicators of the stored reports carry it.
 *
 * @param name     the catalogue's first (preferred) Chinese name
 * @param synonyms every name the extractor recognises for the metric
 * @param byKind   the count split by kind (actual, estimate, target)
 */
public record MetricInfo(String metric, String name, List<String> synonyms, long count, Map<String, Long> byKind) {
}
