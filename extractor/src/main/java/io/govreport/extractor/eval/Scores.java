package io.govreport.extractor.eval;

import java.util.List;
import java.util.Locale;

/**
 * The figures shared/gold/score.py prints. A count pair is right/total; null where the gold set has no such file.
 */
public record Scores(Ratio meta, Headings headings, Cases indicators, Cases targets, List<String> noOutput,
                     List<String> misses) {

    public record Ratio(int right, int total) {
        public double value() {
            return total == 0 ? 0 : (double) right / total;
        }
    }

    public record Headings(int found, int wanted, int produced, int kindsRight, int kinds) {
        public double recall() {
            return wanted == 0 ? 0 : (double) found / wanted;
        }
    }

    /** @param correct produced indicators (inside an annotated sentence) that matched; inside: all those produced */
    public record Cases(int found, int wanted, int correct, int inside) {
        public double recall() {
            return wanted == 0 ? 0 : (double) found / wanted;
        }

        public double precision() {
            return inside == 0 ? 0 : (double) correct / inside;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The report, line for line as score.py prints it (misses only when asked). */
    public String report(boolean withMisses) {
        StringBuilder out = new StringBuilder();
        StringBuilder summary = new StringBuilder("SUMMARY");
        if (meta != null) {
            out.append(String.format(Locale.ROOT, "meta fields right: %d/%d = %.3f%n", meta.right(), meta.total(), meta.value()));
            summary.append(String.format(Locale.ROOT, " meta=%.3f", meta.value()));
        }
        if (headings != null) {
            out.append(String.format(Locale.ROOT, "headings found: %d/%d = %.3f (produced %d sections); part kinds right %d/%d%n",
                    headings.found(), headings.wanted(), headings.recall(), headings.produced(), headings.kindsRight(), headings.kinds()));
            summary.append(String.format(Locale.ROOT, " headings=%.3f", headings.recall()));
        }
        if (indicators != null) {
            appendCases(out, summary, "indicators", indicators);
            appendCases(out, summary, "targets", targets);
        }
        if (!noOutput.isEmpty()) {
            out.append("no output for: ").append(String.join(", ", noOutput)).append('\n');
        }
        if (withMisses) {
            misses.forEach(m -> out.append("  miss: ").append(m).append('\n'));
        }
        return out.append(summary).append('\n').toString();
    }

    private static void appendCases(StringBuilder out, StringBuilder summary, String label, Cases c) {
        out.append(String.format(Locale.ROOT, "%s: recall %d/%d = %.3f, precision %d/%d = %.3f, F1 %.3f%n",
                label, c.found(), c.wanted(), c.recall(), c.correct(), c.inside(), c.precision(), c.f1()));
        summary.append(String.format(Locale.ROOT, " %s=%.3f", label, c.f1()));
    }
}
