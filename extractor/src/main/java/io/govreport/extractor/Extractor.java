package io.govreport.extractor;

import io.govreport.extractor.glossary.GlossaryReader;
import io.govreport.extractor.indicators.IndicatorReader;
import io.govreport.extractor.input.ReportDecoder;
import io.govreport.extractor.meta.MetadataReader;
import io.govreport.extractor.normalize.NormalizedText;
import io.govreport.extractor.normalize.Normalizer;
import io.govreport.extractor.sections.SectionReader;
import io.govreport.model.GlossaryEntry;
import io.govreport.model.Indicator;
import io.govreport.model.Meta;
import io.govreport.model.ReportDocument;
import io.govreport.model.ReportIds;
import io.govreport.model.Section;
import io.govreport.model.Source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The extraction engine: normalize → sections → metadata → indicators → glossary.
 * Build one per process (it loads its dictionaries and rule files once); {@link #extract} is thread-safe and never
 * throws: a stage that fails leaves its part empty and says why in {@code warnings}.
 */
public final class Extractor {
    /** Changes whenever the rules change what a report extracts to. */
    public static final String VERSION = "0.7.72";

    private final Normalizer normalizer = new Normalizer();
    private final SectionReader sections = new SectionReader();
    private final MetadataReader metadata = new MetadataReader();
    private final IndicatorReader indicators = new IndicatorReader();
    private final GlossaryReader glossary = new GlossaryReader();

    public ReportDocument extract(String rawText, Source source) {
        return extract(rawText, source, StageTimer.NONE);
    }

    /**
     * @param rawText the decoded report text ({@link ReportDecoder#decode}); its id is computed over it after
     *                BOM and line-ending cleanup, so the CLI and the services agree
     */
    public ReportDocument extract(String rawText, Source source, StageTimer timer) {
        List<String> warnings = new ArrayList<>();
        String decoded = ReportDecoder.clean(rawText);
        if (decoded.isBlank()) {
            warnings.add("the report is empty");
        }
        NormalizedText normalized = stage("normalize", timer, warnings, () -> normalizer.normalize(decoded),
                new NormalizedText("", new int[0]));
        String text = normalized.text();
        List<Section> tree = stage("sections", timer, warnings, () -> sections.read(text, warnings), List.of());
        Meta meta = stage("metadata", timer, warnings, () -> metadata.read(text, tree, warnings),
                new Meta(null, null, null, null, null, null, null, null, null));
        List<Indicator> figures = stage("indicators", timer, warnings, () -> indicators.read(text, tree, meta, warnings), List.of());
        List<GlossaryEntry> terms = stage("glossary", timer, warnings, () -> glossary.read(text, tree), List.of());
        return new ReportDocument(ReportIds.of(decoded), source, VERSION, meta, tree, figures, terms,
                List.copyOf(warnings), text);
    }

    /** Runs one stage, timing it; a failure becomes a warning and the stage's empty result. */
    private static <T> T stage(String name, StageTimer timer, List<String> warnings, Supplier<T> work, T empty) {
        long start = System.nanoTime();
        try {
            return work.get();
        } catch (RuntimeException | StackOverflowError e) {
            warnings.add(name + ": failed (" + e.getClass().getSimpleName() + "); this part of the document is empty");
            return empty;
        } finally {
            timer.record(name, System.nanoTime() - start);
        }
    }
}
