package io.govreport.model;

import java.util.List;

/**
 * The normalized text of a report, or of one of its sections, with its indicators' evidence marked.
 *
 * @param section    the section's id, or null for the whole report
 * @param start      where {@code text} starts in the report's text; {@code indicators} offsets are relative to {@code text}
 * @param sections   the heading tree of the returned text (the whole tree, or the section with its children)
 */
public record ReportText(String reportId, String title, String section, int start, int end, String text,
                         List<Section> sections, List<IndicatorMark> indicators) {
}
