package io.govreport.model;

import java.util.List;

/**
 * A ranked page of search hits.
 *
 * @param terms the words the query was segmented into (the words that are highlighted)
 */
public record SearchResults(String query, List<String> terms, List<SearchHit> items, int page, int size, long total) {
}
