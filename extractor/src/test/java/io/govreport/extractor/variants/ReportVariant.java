package io.govreport.extractor.variants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.govreport.extractor.eval.GoldSet;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One way an unseen source differs from the samples: the report as it arrives ({@link #report}) and, for variants
 * that rewrite characters the gold quotes, the same rewrite of the gold's phrases ({@link #phrase}).
 */
interface ReportVariant {

    String name();

    /** The bytes' content type the report arrives with. */
    default String contentType() {
        return "text/plain";
    }

    /** The report text as this kind of source gives it. */
    String report(String text, String fileName, JsonNode headings);

    /** A phrase the gold quotes (sentence, name, title, meeting), as this variant writes it. */
    default String phrase(String s) {
        return s;
    }

    /**
     * A phrase the extractor gives normalized whatever the source wrote (indicator names and the region are given in
     * simplified script), as the gold expects it from this variant.
     */
    default String normalizedPhrase(String s) {
        return phrase(s);
    }

    /** Meta fields whose values are quoted text as the report prints it, not keys, numbers or the gazetteer's names. */
    Set<String> QUOTED_META = Set.of("meeting", "speaker", "speakerTitle", "title");
    String REGION = "region";

    /** The gold with every quoted phrase rewritten as this variant writes it. */
    default GoldSet gold(GoldSet seed) {
        UnaryOperator<String> p = this::phrase;
        UnaryOperator<String> normalized = this::normalizedPhrase;
        ObjectNode meta = seed.meta() == null ? null : seed.meta().deepCopy();
        if (meta != null) {
            meta.fields().forEachRemaining(file -> {
                ObjectNode fields = (ObjectNode) file.getValue();
                QUOTED_META.forEach(k -> {
                    if (fields.path(k).isTextual()) {
                        fields.put(k, p.apply(fields.get(k).asText()));
                    }
                });
                if (fields.path(REGION).isTextual()) {
                    fields.put(REGION, normalized.apply(fields.get(REGION).asText()));
                }
            });
        }
        ObjectNode sections = seed.sections() == null ? null : seed.sections().deepCopy();
        if (sections != null) {
            sections.fields().forEachRemaining(file -> file.getValue().forEach(h -> ((ArrayNode) h).set(2,
                    new TextNode(p.apply(h.get(2).asText())))));
        }
        List<JsonNode> cases = seed.cases().stream().map(c -> {
            ObjectNode copy = c.deepCopy();
            copy.put("sentence", p.apply(c.get("sentence").asText()));
            copy.get("expect").forEach(e -> ((ObjectNode) e).put("name", normalized.apply(e.get("name").asText())));
            return (JsonNode) copy;
        }).toList();
        return new GoldSet(meta, sections, cases);
    }

    /** This variant, then {@code next} on what it gives (a web page of a PDF's text with Chinese-numeral years). */
    default ReportVariant then(ReportVariant next) {
        ReportVariant first = this;
        return new ReportVariant() {
            @Override
            public String name() {
                return first.name() + "+" + next.name();
            }

            @Override
            public String contentType() {
                return next.contentType();
            }

            @Override
            public String report(String text, String fileName, JsonNode headings) {
                return next.report(first.report(text, fileName, headings), fileName, headings);
            }

            @Override
            public String phrase(String s) {
                return next.phrase(first.phrase(s));
            }

            @Override
            public String normalizedPhrase(String s) {
                return next.normalizedPhrase(first.normalizedPhrase(s));
            }
        };
    }
}
