package io.govreport.extractor.indicators;

import io.govreport.model.Indicator;
import io.govreport.model.Meta;
import io.govreport.model.Section;

import java.util.List;

/** Finds every quantitative figure in a normalized report. */
public final class IndicatorReader {

    /**
     * @param text     the normalized text (offsets in the result index it)
     * @param sections the heading tree (top level; level-1 sections carry kind review/plan/glossary/other)
     * @param meta     the report's metadata (year, reviewPeriod give the default years)
     * @param warnings where to add what a user should know about doubtful figures
     */
    public List<Indicator> read(String text, List<Section> sections, Meta meta, List<String> warnings) {
        return List.of();
    }
}
