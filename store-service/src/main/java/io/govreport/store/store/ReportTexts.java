package io.govreport.store.store;

import io.govreport.model.Indicator;
import io.govreport.model.IndicatorMark;
import io.govreport.model.ReportDocument;
import io.govreport.model.ReportText;
import io.govreport.model.Section;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A stored report's text, whole or one section's, with the indicators whose evidence lies in it. */
@ApplicationScoped
public class ReportTexts {
    private final ReportQueries queries;

    public ReportTexts(ReportQueries queries) {
        this.queries = queries;
    }

    /** Empty when no such stored report. */
    public Optional<ReportText> whole(String id) {
        return queries.document(id).map(d -> text(d, null, 0, length(d), d.sections()));
    }

    /** Empty when no such stored report or no section with this id in it. */
    public Optional<ReportText> section(String id, String sectionId) {
        return queries.document(id).flatMap(d -> find(d.sections(), sectionId)
                .map(s -> text(d, s.id(), s.start(), Math.min(s.end(), length(d)), List.of(s))));
    }

    private static ReportText text(ReportDocument d, String sectionId, int start, int end, List<Section> sections) {
        List<IndicatorMark> marks = new ArrayList<>();
        List<Indicator> indicators = d.indicators() == null ? List.of() : d.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (indicator.evidence() != null && indicator.evidence().start() >= start && indicator.evidence().end() <= end) {
                marks.add(IndicatorMark.of(i, indicator, start));
            }
        }
        String text = d.text() == null ? "" : d.text().substring(start, end);
        return new ReportText(d.id(), d.meta() == null ? null : d.meta().title(), sectionId, start, end, text,
                sections == null ? List.of() : sections, marks);
    }

    private static int length(ReportDocument d) {
        return d.text() == null ? 0 : d.text().length();
    }

    private static Optional<Section> find(List<Section> sections, String id) {
        if (sections == null) {
            return Optional.empty();
        }
        for (Section s : sections) {
            if (s.id().equals(id)) {
                return Optional.of(s);
            }
            Optional<Section> below = find(s.children(), id);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }
}
