package io.govreport.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand annotations in the format of shared/gold: {@code <prefix>-meta.json}, {@code <prefix>-sections.json},
 * {@code <prefix>-cases.jsonl}; any of them may be missing (null here).
 */
public record GoldSet(JsonNode meta, JsonNode sections, List<JsonNode> cases) {

    /** The names of the annotation files of a prefix: metadata, sections, cases. */
    public static List<String> fileNames(String prefix) {
        return List.of(prefix + "-meta.json", prefix + "-sections.json", prefix + "-cases.jsonl");
    }

    public static GoldSet load(Path dir, String prefix, ObjectMapper json) throws IOException {
        List<String> names = fileNames(prefix);
        Path meta = dir.resolve(names.get(0));
        Path sections = dir.resolve(names.get(1));
        Path cases = dir.resolve(names.get(2));
        List<JsonNode> caseList = null;
        if (Files.exists(cases)) {
            caseList = new ArrayList<>();
            for (String line : Files.readAllLines(cases, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    caseList.add(json.readTree(line));
                }
            }
        }
        return new GoldSet(Files.exists(meta) ? json.readTree(meta.toFile()) : null,
                Files.exists(sections) ? json.readTree(sections.toFile()) : null, caseList);
    }

    /** The report files the annotations name. */
    public List<String> files() {
        List<String> files = new ArrayList<>();
        if (meta != null) {
            meta.fieldNames().forEachRemaining(files::add);
        }
        if (sections != null) {
            sections.fieldNames().forEachRemaining(f -> addOnce(files, f));
        }
        if (cases != null) {
            cases.forEach(c -> addOnce(files, c.path("file").asText()));
        }
        return files;
    }

    private static void addOnce(List<String> files, String f) {
        if (!files.contains(f)) {
            files.add(f);
        }
    }
}
