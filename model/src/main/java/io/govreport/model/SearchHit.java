package io.govreport.model;

import java.util.List;

/**
 * One matching sentence or heading.
 *
 * @param kind    sentence or section (a heading)
 * @param start   offset of the matched passage in the report's normalized text
 * @param snippet the text around the match, plain text: {@code marks} give the highlighted spans within it
 * @param link    the web page of the report, scrolled to the passage
 */
public record SearchHit(String reportId, String reportTitle, Region region, Integer year, String section,
                        String sectionTitle, String kind, int start, int end, double score, String snippet,
                        List<TextSpan> marks, String link) {
}
