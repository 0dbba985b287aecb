package io.govreport.extractor.indicators;

import io.govreport.model.Section;

import java.util.ArrayList;
import java.util.List;

/** Finds the section an offset stands in: the deepest heading whose span holds it, and its top part's kind. */
final class SectionIndex {

    /** Where an offset stands: the deepest section's id (or null) and the kind of its level-1 part (or null). */
    record Place(String sectionId, String partKind) {
    }

    private record Entry(Section section, String partKind) {
    }

    private final List<Entry> entries = new ArrayList<>();

    SectionIndex(List<Section> sections) {
        if (sections != null) {
            for (Section top : sections) {
                add(top, top.kind());
            }
        }
    }

    private void add(Section s, String partKind) {
        entries.add(new Entry(s, partKind));
        if (s.children() != null) {
            for (Section child : s.children()) {
                add(child, partKind);
            }
        }
    }

    Place at(int offset) {
        Entry best = null;
        for (Entry e : entries) {
            if (e.section.start() <= offset && offset < e.section.end()
                    && (best == null || e.section.level() >= best.section.level())) {
                best = e;
            }
        }
        return best == null ? new Place(null, null) : new Place(best.section.id(), best.partKind);
    }
}
