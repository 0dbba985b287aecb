package io.govreport.bench.synth;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The sentences planted into synthetic reports with their known indicators ({@code synth/plants.json}). */
final class Plants {

    record Slot(BigDecimal min, BigDecimal max, int decimals) {
        /** A value in [min, max] with exactly {@code decimals} decimals (fewer when they are zeros). */
        BigDecimal draw(SplittableRandom random) {
            long low = min.movePointRight(decimals).longValueExact();
            long high = max.movePointRight(decimals).longValueExact();
            return BigDecimal.valueOf(random.nextLong(low, high + 1), decimals).stripTrailingZeros();
        }
    }

    /** One expected indicator: {@code value = slot × times}; {@code year} names PY or Y. */
    record Expectation(String name, String slot, BigDecimal times, String unit, String kind, String year,
                       String measure, String approx, String basis) {
    }

    record Template(String part, String text, Map<String, String> slots, List<Expectation> expect) {
    }

    record PlantsFile(Map<String, Slot> slots, List<Template> templates) {
    }

    /** A planted sentence and the indicators in it, as gold expectations (ordered maps, ready for JSON). */
    record Planted(String sentence, List<Map<String, Object>> expect) {
    }

    private final Map<String, Slot> slots;
    private final Map<String, List<Template>> byPart = new HashMap<>();

    Plants() {
        PlantsFile file = read();
        this.slots = file.slots();
        for (Template t : file.templates()) {
            byPart.computeIfAbsent(t.part(), p -> new ArrayList<>()).add(t);
        }
    }

    List<Template> templates(String part) {
        return byPart.get(part);
    }

    Planted plant(Template template, Map<String, String> context, int reviewYear, int planYear, SplittableRandom random) {
        Map<String, String> values = new HashMap<>(context);
        Map<String, BigDecimal> drawn = new HashMap<>();
        template.slots().forEach((name, kind) -> {
            BigDecimal v = slots.get(kind).draw(random);
            drawn.put(name, v);
            values.put(name, v.toPlainString());
        });
        List<Map<String, Object>> expect = new ArrayList<>();
        for (Expectation e : template.expect()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.name());
            BigDecimal times = e.times() == null ? BigDecimal.ONE : e.times();
            m.put("value", drawn.get(e.slot()).multiply(times).stripTrailingZeros());
            m.put("unit", e.unit());
            m.put("kind", e.kind());
            if (e.year() != null) {
                m.put("year", "PY".equals(e.year()) ? reviewYear : planYear);
            }
            m.put("measure", e.measure());
            putIfPresent(m, "approx", e.approx());
            putIfPresent(m, "basis", e.basis());
            expect.add(m);
        }
        return new Planted(Placeholders.fill(template.text(), values), expect);
    }

    private static void putIfPresent(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static PlantsFile read() {
        try (InputStream in = Plants.class.getClassLoader().getResourceAsStream("synth/plants.json")) {
            return new ObjectMapper()
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, PlantsFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
