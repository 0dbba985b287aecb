package io.govreport.extractor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void extractWritesOneDocumentPerReportAsJsonLines(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "2018年北京市平谷区人民政府工作报告\n各位代表:\n一年工作回顾\n");
        Files.write(dir.resolve("b.txt"), "武清区2018年政府工作报告\n各位代表:\n".getBytes(Charset.forName("GBK")));
        Path out = dir.resolve("out").resolve("docs.jsonl");
        Files.createDirectories(out.getParent());
        assertEquals(0, cli.run(new String[]{"extract", dir.toString(), "--out", out.toString()}), err.toString());
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        JsonNode a = json.readTree(lines.get(0));
        JsonNode b = json.readTree(lines.get(1));
        assertEquals("a.txt", a.path("source").path("fileName").asText());
        assertEquals("北京市平谷区", a.path("meta").path("region").path("name").asText());
        assertEquals("GB18030", b.path("source").path("charset").asText());
        assertEquals("天津市武清区", b.path("meta").path("region").path("name").asText());
    }

    @Test
    void aMissingFileIsAnErrorButTheOthersAreStillExtracted(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "政府工作报告\n");
        Path out = dir.resolve("docs.jsonl");
        int code = cli.run(new String[]{"extract", dir.resolve("missing.txt").toString(), dir.resolve("a.txt").toString(),
                "--out", out.toString()});
        assertEquals(1, code);
        assertTrue(err.toString().contains("missing.txt"), err.toString());
        assertEquals(1, Files.readAllLines(out).size());
    }

    @Test
    void unknownCommandsAndMissingArgumentsShowTheUsage() {
        assertEquals(2, cli.run(new String[]{"frobnicate"}));
        assertEquals(2, cli.run(new String[]{"eval", "--gold"}));
        assertTrue(err.toString().contains("usage:"));
    }

    @Test
    void unknownOptionsAreRefusedWithTheUsage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "政府工作报告\n");
        assertRefused("extract: unknown option '--bogus'", "extract", "--bogus", dir.toString());
        assertRefused("extract: unknown option '-o'", "extract", dir.toString(), "-o", "x.jsonl");
        assertRefused("extract: unknown option '--quiet'", "extract", dir.toString(), "--quiet");
        assertRefused("eval: unknown option '--bogus'", "eval", "--gold", dir.toString(), "--corpus", dir.toString(), "--bogus");
        assertRefused("eval takes no files ('samples'); give --corpus DIR", "eval", "--gold", dir.toString(), "--corpus", dir.toString(), "samples");
    }

    @Test
    void anOptionWithoutItsValueIsRefusedWithTheUsage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "政府工作报告\n");
        assertRefused("--out needs a value", "extract", dir.toString(), "--out");
        assertRefused("--gold needs a value", "eval", "--gold", "--corpus", dir.toString());
        assertRefused("--prefix needs a value", "eval", "--gold", dir.toString(), "--corpus", dir.toString(), "--prefix");
    }

    /** Exit 2 with the reason and the usage, before anything is read or written. */
    private void assertRefused(String reason, String... args) {
        err.reset();
        assertEquals(2, cli.run(args), err.toString());
        assertTrue(err.toString().startsWith(reason + "\n"), err.toString());
        assertTrue(err.toString().contains("usage: govreport extract"), err.toString());
        assertEquals("", out.toString());
    }
}
