package io.govreport.extractor.indicators;

/** The rule files an indicator reader works with, loaded once; immutable and shared by all threads. */
record FigureRules(CueTable cues, UnitTable units, QuantityScanner scanner, MetricCatalogue catalogue) {

    static FigureRules load() {
        CueTable cues = new CueTable("indicators/cues.tsv");
        UnitTable units = new UnitTable("indicators/units.tsv");
        return new FigureRules(cues, units, new QuantityScanner(units, cues), new MetricCatalogue("indicators/catalogue.tsv"));
    }
}
