package io.govreport.model;

import java.util.List;

/**
 * One heading and the span of text under it.
 *
 * @param number the heading's numeral as written ("一", "(一)", "第一部分", "1"), or null
 * @param kind   review, plan, glossary or other on level-1 sections; null below
 * @param start  offset of the heading in the normalized text
 * @param end    offset where the section's text ends
 */
public record Section(
        String id,
        int level,
        String number,
        String title,
        String kind,
        int start,
        int end,
        List<Section> children) {
}
