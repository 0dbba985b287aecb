package io.govreport.extractor.indicators;

/**
 * The rule files an indicator reader works with, loaded once; immutable and shared by all threads. {@code spans},
 * {@code kinds} and {@code comparisons} are the cues of {@code span.sentence} (with {@code year.century_end}), {@code kind.}
 * and {@code compare.} alone,
 * which every figure sentence, or every figure's lead, is scanned for character by character.
 */
record FigureRules(CueTable cues, CueTable spans, CueTable kinds, CueTable comparisons, UnitTable units,
                   QuantityScanner scanner, MetricCatalogue catalogue) {

    static FigureRules load() {
        CueTable cues = new CueTable("indicators/cues.tsv");
        UnitTable units = new UnitTable("indicators/units.tsv");
        return new FigureRules(cues, cues.only(SentenceFigures.SPANS, SentenceFigures.CENTURY_END), cues.only(SentenceFigures.KINDS),
                cues.only(SentenceFigures.COMPARISONS), units,
                new QuantityScanner(units, cues), new MetricCatalogue("indicators/catalogue.tsv"));
    }
}
