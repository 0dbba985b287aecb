package io.govreport.bench.synth;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Streams the gold of synthetic reports to {@code <prefix>-meta.json}, {@code <prefix>-sections.json} and
 * {@code <prefix>-cases.jsonl}, the layout shared/gold/score.py and {@code ./govreport eval} read.
 * Nothing is held in memory beyond the report being written.
 */
final class GoldWriter implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

    private final JsonGenerator meta;
    private final JsonGenerator sections;
    private final BufferedWriter cases;

    GoldWriter(Path goldDir, String prefix) throws IOException {
        Files.createDirectories(goldDir);
        this.meta = JSON.createGenerator(Files.newBufferedWriter(goldDir.resolve(prefix + "-meta.json"), StandardCharsets.UTF_8));
        this.sections = JSON.createGenerator(Files.newBufferedWriter(goldDir.resolve(prefix + "-sections.json"), StandardCharsets.UTF_8));
        this.cases = Files.newBufferedWriter(goldDir.resolve(prefix + "-cases.jsonl"), StandardCharsets.UTF_8);
        meta.writeStartObject();
        sections.writeStartObject();
    }

    void add(SyntheticReport report) throws IOException {
        meta.writeFieldName(report.fileName());
        meta.writeObject(report.meta());
        sections.writeFieldName(report.fileName());
        sections.writeObject(report.headings());
        for (Map<String, Object> c : report.cases()) {
            cases.write(JSON.writeValueAsString(c));
            cases.write('\n');
        }
    }

    @Override
    public void close() throws IOException {
        try (meta; sections; cases) {
            meta.writeEndObject();
            sections.writeEndObject();
        }
    }
}
