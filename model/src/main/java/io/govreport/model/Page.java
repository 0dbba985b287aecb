package io.govreport.model;

import java.util.List;

/**
 * One page of a query's answer.
 *
 * @param page  1-based page number
 * @param total how many rows match in all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {
}
