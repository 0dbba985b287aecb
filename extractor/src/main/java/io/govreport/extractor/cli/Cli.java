package io.govreport.extractor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.govreport.extractor.Extractor;
import io.govreport.extractor.eval.GoldSet;
import io.govreport.extractor.eval.Scorer;
import io.govreport.extractor.eval.Scores;
import io.govreport.extractor.input.DecodedReport;
import io.govreport.extractor.input.ReportDecoder;
import io.govreport.extractor.input.ReportFileReader;
import io.govreport.extractor.input.ReportFormat;
import io.govreport.extractor.input.UndecodableInputException;
import io.govreport.model.ReportDocument;
import io.govreport.model.Source;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The command line: {@code extract FILE...|DIR [--out F]} writes one JSON document per report (JSON Lines);
 * {@code eval --gold DIR --corpus DIR [--prefix seed] [--out F] [--quiet]} scores extraction against gold annotations.
 */
public final class Cli {
    private static final String USAGE = """
            usage: govreport extract FILE...|DIR [--out FILE]
                   govreport eval --gold DIR --corpus DIR [--prefix seed] [--out FILE] [--quiet]""";
    /** Said when a file of another kind (.doc, an image) could not be read as text. */
    private static final String FORMATS_READ = " (extract reads text, .html, .pdf and .docx files)";
    /** Progress goes to stderr every this many reports. */
    private static final int PROGRESS_EVERY = 50;

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final ReportFileReader files = new ReportFileReader(new ReportDecoder());
    private final PrintStream out;
    private final PrintStream err;
    private Extractor extractor;

    Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        // POI (.docx) logs through the Log4j API, which warns on stderr when no logging backend is on the class path,
        // then uses its simple logger (errors to stderr) anyway: name that one, without the warning.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        System.exit(new Cli(System.out, System.err).run(args));
    }

    int run(String[] args) {
        if (args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        try {
            return switch (args[0]) {
                case "extract" -> extract(Arguments.parse(args, List.of("--out"), List.of()));
                case "eval" -> eval(Arguments.parse(args, List.of("--gold", "--corpus", "--prefix", "--out"), List.of("--quiet")));
                default -> {
                    err.println("unknown command '" + args[0] + "'\n" + USAGE);
                    yield 2;
                }
            };
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + USAGE);
            return 2;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private int extract(Arguments a) throws IOException {
        if (a.positional().isEmpty()) {
            throw new IllegalArgumentException("extract needs at least one file or directory");
        }
        List<Path> files = new ArrayList<>();
        boolean failed = !collect(a.positional(), files);
        String outFile = a.option("--out");
        try (Writer w = outFile == null ? new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(Path.of(outFile), StandardCharsets.UTF_8)) {
            int done = 0;
            for (Path file : files) {
                ReportDocument doc = extractFile(file);
                if (doc == null) {
                    failed = true;
                } else {
                    w.write(json.writeValueAsString(doc));
                    w.write('\n');
                }
                if (++done % PROGRESS_EVERY == 0) {
                    err.println("extracted " + done + "/" + files.size());
                }
            }
            w.flush();
        }
        return failed ? 1 : 0;
    }

    private int eval(Arguments a) throws IOException {
        String gold = a.option("--gold");
        String corpus = a.option("--corpus");
        if (gold == null || corpus == null) {
            throw new IllegalArgumentException("eval needs --gold DIR and --corpus DIR");
        }
        if (!a.positional().isEmpty()) {
            throw new IllegalArgumentException("eval takes no files ('" + a.positional().get(0) + "'); give --corpus DIR");
        }
        Path goldDir = Path.of(gold).toAbsolutePath().normalize();
        Path corpusDir = Path.of(corpus).toAbsolutePath().normalize();
        String prefix = a.option("--prefix") == null ? "seed" : a.option("--prefix");
        GoldSet set = Files.isDirectory(goldDir) ? GoldSet.load(goldDir, prefix, json) : null;
        String missing = missingInput(goldDir, prefix, set, corpusDir);
        if (missing != null) {
            err.println("error: " + missing);
            return 1;
        }
        List<String> names = set.files();
        // Scores with a report left out would count its figures as misses: a score is printed only when all were read.
        Map<String, JsonNode> docs = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        boolean unreadable = false;
        for (String name : names) {
            ReportDocument doc = extractFile(corpusDir.resolve(name));
            if (doc == null) {
                unreadable = true;
            } else {
                JsonNode tree = json.valueToTree(doc);
                docs.put(name, tree);
                lines.add(json.writeValueAsString(tree));
            }
        }
        if (unreadable) {
            return 1;
        }
        if (a.option("--out") != null) {
            Files.write(Path.of(a.option("--out")), lines, StandardCharsets.UTF_8);
        }
        Scores scores = new Scorer().score(set, docs);
        out.print(scores.report(!a.flags().contains("--quiet")));
        out.flush();
        return 0;
    }

    /** Why eval has nothing to score against, or not every report to score (what to give instead); null when all is there. */
    private static String missingInput(Path goldDir, String prefix, GoldSet set, Path corpusDir) {
        String goldFiles = String.join(", ", GoldSet.fileNames(prefix));
        if (set == null) {
            return "no gold annotations: " + goldDir + " is not a directory; give --gold DIR, the directory of "
                    + goldFiles + " (../shared/gold beside the checkout)";
        }
        List<String> names = set.files();
        if (names.isEmpty()) {
            return "no gold annotations in " + goldDir + " (" + goldFiles + " name no report); give --gold DIR, "
                    + "or --prefix NAME for other annotation files";
        }
        if (!Files.isDirectory(corpusDir)) {
            return "no corpus: " + corpusDir + " is not a directory; give --corpus DIR, the directory of the "
                    + names.size() + " reports the gold names";
        }
        List<String> absent = names.stream().filter(n -> !Files.isRegularFile(corpusDir.resolve(n))).toList();
        if (!absent.isEmpty()) {
            // at most five names, so that a large corpus missing keeps its error on one readable line
            String shown = String.join(", ", absent.subList(0, Math.min(5, absent.size()))) + (absent.size() > 5 ? ", …" : "");
            return "the corpus " + corpusDir + " lacks " + absent.size() + " of the " + names.size()
                    + " reports the gold names (" + shown + "); give --corpus DIR, the directory of them all";
        }
        return null;
    }

    /** Adds the files named (a directory adds its regular files, sorted); reports the missing ones. */
    private boolean collect(List<String> names, List<Path> files) throws IOException {
        boolean ok = true;
        for (String name : names) {
            Path p = Path.of(name);
            if (Files.isDirectory(p)) {
                try (Stream<Path> children = Files.list(p)) {
                    children.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                err.println("error: " + name + ": no such file or directory");
                ok = false;
            }
        }
        return ok;
    }

    /**
     * The document of one file, read as ingest-service reads an upload of it, or null (with the reason on stderr) when
     * it cannot be read. A name with no ending of a {@link ReportFormat} is read as text, whose decoder still knows
     * HTML by its markup.
     */
    private ReportDocument extractFile(Path file) {
        String name = file.getFileName().toString();
        ReportFormat format = ReportFormat.ofFileName(name);
        try {
            DecodedReport decoded = files.read(file, name, format == null ? ReportFormat.TEXT : format);
            if (extractor == null) {
                extractor = new Extractor();
            }
            return extractor.extract(decoded.text(), new Source(name, decoded.contentType(), decoded.charset()));
        } catch (IOException e) {
            err.println("error: " + file + ": cannot read (" + e.getMessage() + ")");
        } catch (UndecodableInputException e) {
            err.println("error: " + file + ": " + e.getMessage() + (format == null ? FORMATS_READ : ""));
        }
        return null;
    }
}
