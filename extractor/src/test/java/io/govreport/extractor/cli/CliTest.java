package io.govreport.extractor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
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
    void extractReadsAWordFileAsTheApiDoes(@TempDir Path dir) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream docx = Files.newOutputStream(dir.resolve("r3.docx"))) {
            for (String paragraph : List.of("2018年北京市平谷区人民政府工作报告", "各位代表:", "一年工作回顾")) {
                doc.createParagraph().createRun().setText(paragraph);
            }
            doc.write(docx);
        }
        assertEquals(0, cli.run(new String[]{"extract", dir.resolve("r3.docx").toString()}), err.toString());
        JsonNode doc = json.readTree(out.toString());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                doc.path("source").path("contentType").asText());
        assertEquals("北京市平谷区", doc.path("meta").path("region").path("name").asText());
    }

    @Test
    void extractSaysWhyAPdfCannotBeRead(@TempDir Path dir) throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(dir.resolve("scan.pdf").toFile());
        }
        assertEquals(1, cli.run(new String[]{"extract", dir.resolve("scan.pdf").toString()}));
        assertEquals("error: " + dir.resolve("scan.pdf") + ": the PDF has no text layer (a scan?); run OCR first or "
                + "submit the text\n", err.toString());
    }

    @Test
    void aFileOfAnotherKindIsAnErrorNamingTheKindsExtractReads(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("r3.doc"), new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        assertEquals(1, cli.run(new String[]{"extract", dir.resolve("r3.doc").toString()}));
        assertTrue(err.toString().startsWith("error: " + dir.resolve("r3.doc") + ": "), err.toString());
        assertTrue(err.toString().endsWith(" (extract reads text, .html, .pdf and .docx files)\n"), err.toString());
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
    void evalPrintsTheScoresAndExitsZeroWhenEveryReportIsScored(@TempDir Path dir) throws Exception {
        Path gold = goldAndCorpus(dir);
        assertEquals(0, cli.run(new String[]{"eval", "--gold", gold.toString(), "--corpus", dir.toString()}), err.toString());
        assertEquals("meta fields right: 2/2 = 1.000\nSUMMARY meta=1.000\n", out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void evalFailsOnOneLineWithoutTheGoldDirectory(@TempDir Path dir) throws Exception {
        goldAndCorpus(dir);
        assertEvalFails(dir.resolve("nonexistent"), dir, "no gold annotations: " + dir.resolve("nonexistent")
                + " is not a directory; give --gold DIR");
    }

    @Test
    void evalFailsOnOneLineWhenTheGoldDirectoryHoldsNoAnnotations(@TempDir Path dir) throws Exception {
        goldAndCorpus(dir);
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertEvalFails(empty, dir, "no gold annotations in " + empty + " (seed-meta.json, seed-sections.json, "
                + "seed-cases.jsonl name no report); give --gold DIR");
    }

    @Test
    void evalFailsOnOneLineWithoutTheCorpusDirectory(@TempDir Path dir) throws Exception {
        Path gold = goldAndCorpus(dir);
        assertEvalFails(gold, dir.resolve("x"), "no corpus: " + dir.resolve("x") + " is not a directory; "
                + "give --corpus DIR, the directory of the 2 reports the gold names");
    }

    @Test
    void evalFailsOnOneLineWhenTheCorpusLacksAReportTheGoldNames(@TempDir Path dir) throws Exception {
        Path gold = goldAndCorpus(dir);
        Files.delete(dir.resolve("b.txt"));
        assertEvalFails(gold, dir, "the corpus " + dir + " lacks 1 of the 2 reports the gold names (b.txt); "
                + "give --corpus DIR");
    }

    @Test
    void evalNamesAtMostFiveOfTheReportsTheCorpusLacks(@TempDir Path dir) throws Exception {
        Path gold = Files.createDirectory(dir.resolve("gold"));
        Files.writeString(gold.resolve("seed-meta.json"), "{\"r1.txt\": {}, \"r2.txt\": {}, \"r3.txt\": {}, "
                + "\"r4.txt\": {}, \"r5.txt\": {}, \"r6.txt\": {}, \"r7.txt\": {}}");
        assertEvalFails(gold, dir, "the corpus " + dir + " lacks 7 of the 7 reports the gold names "
                + "(r1.txt, r2.txt, r3.txt, r4.txt, r5.txt, …); give --corpus DIR");
    }

    @Test
    void evalFailsWhenAReportOfTheGoldCannotBeRead(@TempDir Path dir) throws Exception {
        Path gold = goldAndCorpus(dir);
        Files.write(dir.resolve("b.txt"), new byte[]{(byte) 0xFF, (byte) 0x80, (byte) 0xFF, (byte) 0x80});
        assertEvalFails(gold, dir, "error: " + dir.resolve("b.txt") + ": ");
    }

    /** Gold metadata for two reports, a.txt and b.txt in {@code dir}, and the gold directory. */
    private static Path goldAndCorpus(Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "2018年北京市平谷区人民政府工作报告\n各位代表:\n一年工作回顾\n");
        Files.writeString(dir.resolve("b.txt"), "武清区2018年政府工作报告\n各位代表:\n");
        Path gold = Files.createDirectory(dir.resolve("gold"));
        Files.writeString(gold.resolve("seed-meta.json"),
                "{\"a.txt\": {\"region\": \"北京市平谷区\"}, \"b.txt\": {\"region\": \"天津市武清区\"}}");
        return gold;
    }

    /** Exit 1 and one line on stderr that starts with {@code reason} (after "error: "), no scores. */
    private void assertEvalFails(Path gold, Path corpus, String reason) {
        assertEquals(1, cli.run(new String[]{"eval", "--gold", gold.toString(), "--corpus", corpus.toString()}), err.toString());
        String prefix = reason.startsWith("error: ") ? reason : "error: " + reason;
        assertTrue(err.toString().startsWith(prefix), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertEquals("", out.toString());
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
