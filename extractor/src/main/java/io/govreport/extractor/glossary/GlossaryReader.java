package io.govreport.extractor.glossary;

import io.govreport.model.GlossaryEntry;
import io.govreport.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the 名词解释 part: one entry per line of the form "1.三区三园:依托中心城…" (or 【1】, [1], (1), ①, 一、). Thread-safe. */
public final class GlossaryReader {
    private static final Pattern ENTRY = Pattern.compile(
            "^(?:\\d{1,3}[.、]|\\(\\d{1,3}\\)|【\\d{1,3}】|\\[\\d{1,3}\\]|[①-⑳]|[一二三四五六七八九十]{1,3}、|【)?\\s*([^:】\\n]{1,30}?)\\s*(?::|】:?)\\s*(\\S.*)$");

    public List<GlossaryEntry> read(String text, List<Section> sections) {
        List<GlossaryEntry> entries = new ArrayList<>();
        for (Section part : sections) {
            if (!"glossary".equals(part.kind())) {
                continue;
            }
            int bodyStart = text.indexOf('\n', part.start());
            if (bodyStart < 0 || bodyStart >= part.end()) {
                continue;
            }
            for (String line : text.substring(bodyStart + 1, part.end()).split("\n")) {
                Matcher m = ENTRY.matcher(line);
                if (m.matches()) {
                    entries.add(new GlossaryEntry(m.group(1).strip(), m.group(2).strip()));
                }
            }
        }
        return entries;
    }
}
