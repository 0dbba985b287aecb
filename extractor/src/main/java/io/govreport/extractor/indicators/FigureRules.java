package io.govreport.extractor.indicators;

/**
 * The rule files an indicator reader works with, loaded once; immutable and shared by all threads. {@code spans} and
 * {@code kinds} are the cues of {@code span.sentence} and {@code kind.} alone, which every figure sentence is scanned for.
 */
record FigureRules(CueTable cues, CueTable spans, CueTable kinds, UnitTable units, QuantityScanner scanner,
                   MetricCatalogue catalogue) {

    static FigureRules load() {
        CueTable cues = new CueTable("indicators/cues.tsv");
        UnitTable units = new UnitTable("indicators/units.tsv");
        return new FigureRules(cues, cues.only(SentenceFigures.SPANS), cues.only(SentenceFigures.KINDS), units,
                new QuantityScanner(units, cues), new MetricCatalogue("indicators/catalogue.tsv"));
    }
}
