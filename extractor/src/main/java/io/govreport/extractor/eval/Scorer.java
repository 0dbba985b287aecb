package io.govreport.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Scores extracted documents against a {@link GoldSet} by exactly the rules of shared/gold/score.py. */
public final class Scorer {
    private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NUMBER_PREFIX = Pattern.compile(
            "^\\s*(第[一二三四五六七八九十]+部分|[(（]?[一二三四五六七八九十]+[)）、]|[(（][)）]|\\d+[.、])\\s*",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final List<String> OPTIONAL_FIELDS = List.of("year", "measure", "approx", "basis", "upper");

    /** @param documents extracted documents (as JSON) by file name */
    public Scores score(GoldSet gold, Map<String, JsonNode> documents) {
        List<String> misses = new ArrayList<>();
        Scores.Ratio meta = gold.meta() == null ? null : scoreMeta(gold.meta(), documents, misses);
        Scores.Headings headings = gold.sections() == null ? null : scoreSections(gold.sections(), documents, misses);
        Scores.Cases indicators = null;
        Scores.Cases targets = null;
        if (gold.cases() != null) {
            indicators = scoreCases(gold.cases(), documents, misses, false);
            targets = scoreCases(gold.cases(), documents, new ArrayList<>(), true);
        }
        List<String> noOutput = new ArrayList<>();
        if (gold.meta() != null) {
            gold.meta().fieldNames().forEachRemaining(f -> {
                if (!documents.containsKey(f)) {
                    noOutput.add(f);
                }
            });
            noOutput.sort(null);
        }
        return new Scores(meta, headings, indicators, targets, noOutput, misses);
    }

    static String norm(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode() ? null : norm(v.isTextual() ? v.asText() : v.toString());
    }

    static String norm(String s) {
        return s == null ? null : SPACE.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
    }

    private static JsonNode metaValue(JsonNode meta, String field) {
        return switch (field) {
            case "region" -> meta.path("region").isObject() ? meta.path("region").path("name") : meta.path("region");
            case "speaker" -> meta.path("speaker").isObject() ? meta.path("speaker").path("name") : meta.path("speaker");
            case "speakerTitle" -> meta.path("speaker").isObject() ? meta.path("speaker").path("title") : meta.path("speakerTitle");
            default -> meta.path(field);
        };
    }

    private static Scores.Ratio scoreMeta(JsonNode gold, Map<String, JsonNode> docs, List<String> misses) {
        int right = 0;
        int total = 0;
        for (Iterator<Map.Entry<String, JsonNode>> files = gold.fields(); files.hasNext(); ) {
            Map.Entry<String, JsonNode> file = files.next();
            JsonNode meta = docs.containsKey(file.getKey()) ? docs.get(file.getKey()).path("meta") : null;
            for (Iterator<Map.Entry<String, JsonNode>> fields = file.getValue().fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                total++;
                JsonNode got = meta == null || !meta.isObject() ? null : metaValue(meta, field.getKey());
                String gotText = norm(got);
                boolean ok = field.getValue().isNull()
                        ? gotText == null || (got.isTextual() && got.asText().isEmpty())
                        : norm(field.getValue()).equals(gotText);
                if (ok) {
                    right++;
                } else {
                    misses.add("meta " + file.getKey() + " " + field.getKey() + ": want " + field.getValue() + " got " + got);
                }
            }
        }
        return new Scores.Ratio(right, total);
    }

    private static void flatten(JsonNode sections, List<JsonNode> out) {
        if (sections == null || !sections.isArray()) {
            return;
        }
        for (JsonNode s : sections) {
            out.add(s);
            flatten(s.get("children"), out);
        }
    }

    private static String stripTrailingStops(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '。' || s.charAt(end - 1) == '.')) {
            end--;
        }
        return s.substring(0, end);
    }

    static boolean titleMatch(String a, String b) {
        String x = stripTrailingStops(norm(a));
        String y = stripTrailingStops(norm(b));
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return shorter.length() >= 6 && longer.startsWith(shorter);
    }

    static String stripNumber(String title) {
        String t = norm(title);
        return NUMBER_PREFIX.matcher(t == null ? "" : t).replaceFirst("");
    }

    private static Scores.Headings scoreSections(JsonNode gold, Map<String, JsonNode> docs, List<String> misses) {
        int found = 0;
        int wanted = 0;
        int produced = 0;
        int kindsRight = 0;
        int kinds = 0;
        for (Iterator<Map.Entry<String, JsonNode>> files = gold.fields(); files.hasNext(); ) {
            Map.Entry<String, JsonNode> file = files.next();
            List<JsonNode> flat = new ArrayList<>();
            JsonNode doc = docs.get(file.getKey());
            flatten(doc == null ? null : doc.get("sections"), flat);
            List<String> titles = flat.stream().map(s -> stripNumber(s.path("title").asText(""))).toList();
            produced += flat.size();
            Set<Integer> used = new HashSet<>();
            for (JsonNode head : file.getValue()) {
                wanted++;
                String title = head.get(2).asText();
                JsonNode kind = head.get(3);
                int hit = -1;
                for (int i = 0; i < titles.size() && hit < 0; i++) {
                    if (!used.contains(i) && titleMatch(titles.get(i), stripNumber(title))) {
                        hit = i;
                    }
                }
                if (hit < 0) {
                    misses.add("heading " + file.getKey() + ": missing " + title);
                    continue;
                }
                used.add(hit);
                found++;
                if (kind != null && !kind.isNull() && !kind.asText().isEmpty()) {
                    kinds++;
                    String got = flat.get(hit).path("kind").asText(null);
                    if (kind.asText().equals(got)) {
                        kindsRight++;
                    } else {
                        misses.add("heading " + file.getKey() + ": " + title + " kind want " + kind.asText() + " got " + got);
                    }
                }
            }
        }
        return new Scores.Headings(found, wanted, produced, kindsRight, kinds);
    }

    private static Double number(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        try {
            return Double.parseDouble(v.asText().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean close(JsonNode a, JsonNode b) {
        Double x = number(a);
        Double y = number(b);
        return x != null && y != null && Math.abs(x - y) <= 1e-6 * Math.max(1.0, Math.max(Math.abs(x), Math.abs(y)));
    }

    private static String unitNorm(JsonNode u) {
        String n = norm(u);
        n = n == null ? "" : n;
        return switch (n) {
            case "个百分点", "百分点" -> "pp";
            case "％" -> "%";
            default -> n;
        };
    }

    /** Python's == on JSON values: a missing field is None, numbers compare by value. */
    private static boolean sameValue(JsonNode a, JsonNode b) {
        boolean aNone = a == null || a.isNull() || a.isMissingNode();
        boolean bNone = b == null || b.isNull() || b.isMissingNode();
        if (aNone || bNone) {
            return aNone && bNone;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.asDouble() == b.asDouble();
        }
        return a.equals(b);
    }

    private static boolean matches(JsonNode exp, JsonNode ind) {
        String name = norm(ind.get("name"));
        if (!(name == null ? "" : name).contains(norm(exp.get("name")))) {
            return false;
        }
        if (!close(exp.get("value"), ind.get("value"))) {
            return false;
        }
        if (!unitNorm(exp.get("unit")).equals(unitNorm(ind.get("unit")))) {
            return false;
        }
        if (!sameValue(exp.get("kind"), ind.get("kind"))) {
            return false;
        }
        for (String k : OPTIONAL_FIELDS) {
            if (exp.has(k) && !sameValue(exp.get(k), ind.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static Scores.Cases scoreCases(List<JsonNode> cases, Map<String, JsonNode> docs, List<String> misses,
                                           boolean onlyTargets) {
        int found = 0;
        int wanted = 0;
        int inside = 0;
        int correct = 0;
        for (JsonNode c : cases) {
            List<JsonNode> expected = new ArrayList<>();
            c.path("expect").forEach(e -> {
                if (!onlyTargets || "target".equals(e.path("kind").asText())) {
                    expected.add(e);
                }
            });
            if (onlyTargets && expected.isEmpty()) {
                continue;
            }
            JsonNode doc = docs.get(c.path("file").asText());
            String sentence = norm(c.path("sentence").asText());
            List<JsonNode> candidates = new ArrayList<>();
            if (doc != null) {
                for (JsonNode ind : doc.path("indicators")) {
                    String evidence = norm(ind.path("evidence").path("text"));
                    if (evidence != null && !evidence.isEmpty() && sentence.contains(evidence)
                            && (!onlyTargets || "target".equals(ind.path("kind").asText()))) {
                        candidates.add(ind);
                    }
                }
            }
            inside += candidates.size();
            Set<Integer> used = new HashSet<>();
            for (JsonNode e : expected) {
                wanted++;
                int hit = -1;
                for (int k = 0; k < candidates.size() && hit < 0; k++) {
                    if (!used.contains(k) && matches(e, candidates.get(k))) {
                        hit = k;
                    }
                }
                if (hit < 0) {
                    List<String> near = new ArrayList<>();
                    for (JsonNode i : candidates) {
                        String n = norm(i.get("name"));
                        if (n != null && n.contains(norm(e.get("name"))) && near.size() < 3) {
                            near.add(i.path("name").asText() + "=" + i.path("value") + i.path("unit").asText() + "/"
                                    + i.path("kind").asText() + "/" + i.path("year") + "/" + i.path("measure").asText()
                                    + "/" + i.path("approx") + "/" + i.path("basis"));
                        }
                    }
                    misses.add("indicator " + c.path("file").asText() + ": want " + e + " near " + near);
                } else {
                    used.add(hit);
                    found++;
                }
            }
            correct += used.size();
        }
        return new Scores.Cases(found, wanted, correct, inside);
    }
}
