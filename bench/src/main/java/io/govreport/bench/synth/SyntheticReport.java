package io.govreport.bench.synth;

import java.util.List;
import java.util.Map;

/**
 * One synthetic report and its gold, in the shapes of shared/gold: {@code meta} as one entry of
 * {@code synth-meta.json}, {@code headings} as {@code [level, number, title, kind]}, {@code cases} as lines of
 * {@code synth-cases.jsonl}.
 */
record SyntheticReport(String fileName, String text, Map<String, Object> meta, List<List<Object>> headings,
                       List<Map<String, Object>> cases) {
}
