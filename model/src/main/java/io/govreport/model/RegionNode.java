package io.govreport.model;

import java.util.List;

/**
 * A region in the tree of regions that stored reports come from: province, then city, then district.
 *
 * @param code    its GB/T 2260 code (a province's or city's code is derived from its children's when no report of its own)
 * @param reports how many stored reports are about this region itself
 */
public record RegionNode(String name, String code, String level, long reports, List<RegionNode> children) {
}
