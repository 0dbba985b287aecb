package io.govreport.bench.synth;

import io.govreport.extractor.support.ResourceLines;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes one synthetic report: a header with known metadata, a review part and a plan part whose level-2
 * sections are filled with the samples' paragraphs re-rendered for another region and year, and planted
 * sentences whose indicators are known. Everything is drawn from the given random source, so a report
 * depends only on it.
 */
final class ReportComposer {
    private static final int FIRST_YEAR = 2005;
    private static final int LAST_YEAR = 2024;
    private static final int MIN_CHARS = 12_000;
    private static final int MAX_CHARS = 18_000;
    private static final int REVIEW_PLANTS = 2;
    private static final int PLAN_PLANTS = 1;

    private final List<SynthRegion> regions;
    private final SampleParagraphs paragraphs;
    private final Plants plants;
    private final Map<String, List<String>> headings = new LinkedHashMap<>();
    private final String surnames;
    private final String givenChars;

    ReportComposer(Path samplesDir) {
        this.regions = SynthRegion.load();
        this.paragraphs = new SampleParagraphs(samplesDir);
        this.plants = new Plants();
        for (String[] row : ResourceLines.rows("synth/headings.tsv")) {
            headings.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        Map<String, String> people = new LinkedHashMap<>();
        ResourceLines.rows("synth/people.tsv").forEach(row -> people.put(row[0], row[1]));
        this.surnames = people.get("surnames");
        this.givenChars = people.get("given");
    }

    SyntheticReport compose(String fileName, SplittableRandom random) {
        return new Draft(fileName, random).write();
    }

    /** The state of one report while it is written. */
    private final class Draft {
        private final String fileName;
        private final SplittableRandom random;
        private final SynthRegion region;
        private final int year;
        private final Map<String, String> context;
        private final StringBuilder text = new StringBuilder(MAX_CHARS + 2_000);
        private final List<List<Object>> headingGold = new ArrayList<>();
        private final List<Map<String, Object>> cases = new ArrayList<>();

        Draft(String fileName, SplittableRandom random) {
            this.fileName = fileName;
            this.random = random;
            this.region = pick(regions);
            this.year = random.nextInt(FIRST_YEAR, LAST_YEAR + 1);
            this.context = Map.of("Y", String.valueOf(year), "PY", String.valueOf(year - 1), "scope", region.scope());
        }

        SyntheticReport write() {
            Map<String, Object> meta = header();
            int budget = random.nextInt(MIN_CHARS, MAX_CHARS + 1) - text.length();
            part("一", "review", pickDistinct(plants.templates("review"), REVIEW_PLANTS), paragraphs.review(), budget / 2);
            part("二", "plan", pickDistinct(plants.templates("plan"), PLAN_PLANTS), paragraphs.plan(), budget - budget / 2);
            return new SyntheticReport(fileName, text.toString(), meta, headingGold, cases);
        }

        private Map<String, Object> header() {
            // a report is read out in January or February of its plan year, or in the December before it
            boolean december = random.nextInt(5) == 0;
            int month = december ? 12 : random.nextInt(1, 3);
            int day = random.nextInt(5, 29);
            int deliveredYear = december ? year - 1 : year;
            String meeting = (random.nextBoolean() ? region.local() : region.name())
                    + "第" + ChineseNumerals.of(random.nextInt(1, 18)) + "届人民代表大会第"
                    + ChineseNumerals.of(random.nextInt(1, 8)) + "次会议";
            String speaker = speakerName();
            String title = (random.nextInt(6) == 0 ? "代" : "") + region.headTitle();

            text.append(random.nextBoolean()
                    ? year + "年" + region.name() + "人民政府工作报告"
                    : region.name() + year + "年政府工作报告").append("\n\n");
            text.append("——").append(deliveredYear).append('年').append(month).append('月').append(day)
                    .append("日在").append(meeting).append("上\n\n");
            text.append(region.local()).append(title).append("  ").append(speaker).append("\n\n");
            text.append("各位代表:\n\n现在,我代表").append(region.local())
                    .append("人民政府向大会报告工作,请予审议,并请各位政协委员提出意见。\n\n");

            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("region", region.name());
            meta.put("level", region.level());
            meta.put("year", year);
            meta.put("deliveredOn", String.format("%04d-%02d-%02d", deliveredYear, month, day));
            meta.put("speaker", speaker);
            meta.put("speakerTitle", title);
            meta.put("meeting", meeting);
            return meta;
        }

        /** One level-1 part: its heading, then level-2 sections of filler; planted sentences open the first ones. */
        private void part(String number, String kind, List<Plants.Template> planted,
                          List<SampleParagraphs.Paragraph> pool, int budget) {
            String title = Placeholders.fill(pick(headings.get(kind + "1")), context);
            text.append(number).append('、').append(title).append("\n\n");
            headingGold.add(Arrays.asList(1, number, title, kind));
            int end = text.length() + budget;

            List<String> subTitles = pickDistinct(headings.get(kind + "2"), random.nextInt(3, 6));
            // each sample paragraph at most once per part, as long as the pool lasts
            List<SampleParagraphs.Paragraph> deck = new ArrayList<>(pool);
            int dealt = 0;
            for (int i = 0; i < subTitles.size(); i++) {
                String subNumber = ChineseNumerals.of(i + 1);
                text.append('(').append(subNumber).append(')').append(subTitles.get(i)).append("\n\n");
                headingGold.add(Arrays.asList(2, subNumber, subTitles.get(i), null));
                if (i < planted.size()) {
                    plant(planted.get(i));
                }
                int sectionEnd = text.length() + (end - text.length()) / (subTitles.size() - i);
                do {
                    if (dealt == deck.size()) {
                        dealt = 0;
                    }
                    Collections.swap(deck, dealt, random.nextInt(dealt, deck.size()));
                    SampleParagraphs.render(deck.get(dealt++), region, year, random, text);
                    text.append("\n\n");
                } while (text.length() < sectionEnd);
            }
        }

        /** A planted sentence opens a paragraph; the filler that follows goes on in the same paragraph. */
        private void plant(Plants.Template template) {
            Plants.Planted p = plants.plant(template, context, year - 1, year, random);
            text.append(p.sentence());
            Map<String, Object> gold = new LinkedHashMap<>();
            gold.put("file", fileName);
            gold.put("sentence", p.sentence());
            gold.put("expect", p.expect());
            cases.add(gold);
        }

        private String speakerName() {
            StringBuilder name = new StringBuilder().append(surnames.charAt(random.nextInt(surnames.length())));
            int given = random.nextInt(4) == 0 ? 1 : 2;
            for (int i = 0; i < given; i++) {
                name.append(givenChars.charAt(random.nextInt(givenChars.length())));
            }
            return name.toString();
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        private <T> List<T> pickDistinct(List<T> list, int n) {
            List<T> copy = new ArrayList<>(list);
            for (int i = 0; i < n; i++) {
                Collections.swap(copy, i, random.nextInt(i, copy.size()));
            }
            return copy.subList(0, n);
        }
    }
}
