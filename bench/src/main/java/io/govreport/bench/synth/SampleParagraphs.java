package io.govreport.bench.synth;

import io.govreport.extractor.support.ResourceLines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The body paragraphs of the sample reports, cut once into fragments so that each synthetic report can
 * re-render them quickly with its own places, years and numbers.
 */
final class SampleParagraphs {

    /** A piece of a paragraph: fixed text, a year, a number, or a place of the sample. */
    sealed interface Fragment permits Text, Year, Number, Place {
    }

    record Text(String text) implements Fragment {
    }

    /** A year, kept at the same distance from the report's plan year as in the sample. */
    record Year(int yearsBeforePlan) implements Fragment {
    }

    /** A figure, re-drawn with the same shape (digit count, decimals). */
    record Number(String shape) implements Fragment {
    }

    record Place(PlaceRole role) implements Fragment {
    }

    /** What a sample's own place name stands for ({@code synth/places.tsv}). */
    enum PlaceRole {
        local, localShort, province, provinceShort;

        String in(SynthRegion region) {
            return switch (this) {
                case local -> region.local();
                case localShort -> region.localShort();
                case province -> region.province();
                case provinceShort -> region.provinceShort();
            };
        }
    }

    record Paragraph(List<Fragment> fragments, int length) {
    }

    /** Body text only: long lines that end a sentence and do not open with a heading number, nor with its empty trace "()". */
    private static final Pattern HEADING_START = Pattern.compile("^([(（][一二三四五六七八九十]*[)）]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分|\\d+[.、．])");
    /** Where the plan part of a sample begins: a short line naming the year's tasks. */
    private static final Pattern PLAN_HEADING = Pattern.compile("任务|工作安排|工作目标");
    private static final Pattern FIRST_YEAR = Pattern.compile("(20\\d\\d)年");
    /** A year (before 年 or a range dash), or a number not glued to Latin letters (PM2.5, 5G stay as they are). */
    private static final Pattern TOKEN = Pattern.compile("(?<![\\d.])((?:19|20)\\d\\d)(?=年|[—\\-~～至])|(?<![A-Za-z\\d.])\\d+(?:\\.\\d+)?(?![A-Za-z\\d])");
    private static final int MIN_LENGTH = 60;

    private final List<Paragraph> review = new ArrayList<>();
    private final List<Paragraph> plan = new ArrayList<>();

    SampleParagraphs(Path samplesDir) {
        List<String[]> places = ResourceLines.rows("synth/places.tsv").stream()
                .sorted(Comparator.comparingInt((String[] p) -> p[0].length()).reversed())
                .toList();
        Pattern placePattern = Pattern.compile(String.join("|", places.stream().map(p -> Pattern.quote(p[0])).toList()));
        try (Stream<Path> files = Files.list(samplesDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                read(Files.readString(file, StandardCharsets.UTF_8), places, placePattern);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (review.isEmpty() || plan.isEmpty()) {
            throw new IllegalStateException("no body paragraphs of both parts found in " + samplesDir);
        }
    }

    List<Paragraph> review() {
        return review;
    }

    List<Paragraph> plan() {
        return plan;
    }

    private void read(String text, List<String[]> places, Pattern placePattern) {
        Matcher year = FIRST_YEAR.matcher(text);
        int sampleYear = year.find() ? Integer.parseInt(year.group(1)) : 0;
        boolean inPlan = false;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.length() < 40 && PLAN_HEADING.matcher(line).find()) {
                inPlan = true;
            }
            if (line.length() >= MIN_LENGTH && "。;;".indexOf(line.charAt(line.length() - 1)) >= 0
                    && !HEADING_START.matcher(line).find()) {
                (inPlan ? plan : review).add(cut(line, sampleYear, places, placePattern));
            }
        }
    }

    private static Paragraph cut(String line, int sampleYear, List<String[]> places, Pattern placePattern) {
        List<Fragment> fragments = new ArrayList<>();
        Matcher m = placePattern.matcher(line);
        int at = 0;
        while (m.find()) {
            cutFigures(line.substring(at, m.start()), sampleYear, fragments);
            String found = m.group();
            fragments.add(new Place(PlaceRole.valueOf(places.stream().filter(p -> p[0].equals(found)).findFirst().orElseThrow()[1])));
            at = m.end();
        }
        cutFigures(line.substring(at), sampleYear, fragments);
        return new Paragraph(List.copyOf(fragments), line.length());
    }

    private static void cutFigures(String text, int sampleYear, List<Fragment> fragments) {
        Matcher m = TOKEN.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                fragments.add(new Text(text.substring(at, m.start())));
            }
            fragments.add(m.group(1) != null
                    ? new Year(sampleYear - Integer.parseInt(m.group(1)))
                    : new Number(m.group()));
            at = m.end();
        }
        if (at < text.length()) {
            fragments.add(new Text(text.substring(at)));
        }
    }

    /** Renders a paragraph for a report on {@code region} planning for {@code planYear}. */
    static void render(Paragraph paragraph, SynthRegion region, int planYear, SplittableRandom random, StringBuilder out) {
        for (Fragment f : paragraph.fragments()) {
            if (f instanceof Text t) {
                out.append(t.text());
            } else if (f instanceof Year y) {
                out.append(planYear - y.yearsBeforePlan());
            } else if (f instanceof Number n) {
                redraw(n.shape(), random, out);
            } else if (f instanceof Place p) {
                out.append(p.role().in(region));
            }
        }
    }

    private static void redraw(String shape, SplittableRandom random, StringBuilder out) {
        for (int i = 0; i < shape.length(); i++) {
            char c = shape.charAt(i);
            if (c == '.') {
                out.append(c);
            } else {
                // no leading zeros, and no 0个: only a digit before a decimal point may be 0
                boolean leading = i == 0 && (shape.length() == 1 || shape.charAt(1) != '.');
                out.append((char) ('0' + (leading ? random.nextInt(1, 10) : random.nextInt(10))));
            }
        }
    }
}
