package io.govreport.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input at the gateway: each refused with a clear RFC 7807 problem and nothing published, or, where the input is
 * odd but a text, accepted and stored as it should be. The services are still ready afterwards.
 */
@ExtendWith(ReliabilitySystem.class)
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class BadInputSystemTest {
    private static final Duration WITHIN = Duration.ofMinutes(2);
    private static final int LIMIT = 5 * 1024 * 1024;
    private static final String INGEST = "ingest-service";
    private static final String GATEWAY = "api-gateway";

    private static ReliabilitySystem.Running running;
    private static Http gateway;
    private static Admin writer;
    private static Counts counts;

    @BeforeAll
    static void connect(ReliabilitySystem.Running system) {
        running = system;
        gateway = system.gateway();
        writer = new Admin(gateway, system.system().apiKey());
        counts = new Counts(gateway);
    }

    @AfterAll
    static void everyServiceIsStillReady() {
        Http.Answer ready = gateway.get("/q/health/ready");
        assertEquals(200, ready.status(), "gateway (and behind it ingest and store) ready: " + ready.body());
    }

    @Test
    void anEmptyBodyIsRefused() throws Exception {
        assertRefused(400, "text/plain; charset=UTF-8", new byte[0]);
    }

    @Test
    void aBodyOfOnlyWhitespaceIsRefused() throws Exception {
        assertRefused(400, "text/plain; charset=UTF-8", " \n\t\u3000\r\n ".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPngIsRefused() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};
        assertRefused(415, "text/plain", png);
    }

    @Test
    void aZipIsRefused() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("report.txt"));
            out.write(SyntheticReports.report(2099, "zip").getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(415, "text/plain", zip.toByteArray());
    }

    @Test
    void aPdfWithoutATextLayerIsRefused() throws Exception {
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        String boundary = "govreport-" + UUID.randomUUID();
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n" + pdf + "\r\n--" + boundary + "--\r\n";
        JsonNode problem = assertRefused(415, "multipart/form-data; boundary=" + boundary, multipart.getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(problem.path("detail").asText().contains("text layer"), problem.toString());
    }

    @Test
    void bytesThatAreNeitherUtf8NorGb18030AreRefused() throws Exception {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 0xFF : 0x80); // 0xFF and 0x80 start no character in either
        }
        assertRefused(415, "text/plain", bytes);
    }

    /**
     * 64 times the limit offered with no Content-Length: refused once the limit is counted, and the two services the
     * body passes through hold no more of it afterwards than a few megabytes (live heap after a full collection). The
     * JDK client sends its whole body before it reads the answer, so the gateway reads and drops the rest.
     */
    @Test
    void aBodyOverTheLimitIsRefusedWhileItStreamsAndMemoryStaysFlat() throws Exception {
        long before = acceptedByIngest();
        long offered = 64L * LIMIT;
        Map<String, Long> liveBefore = liveHeapKib(INGEST, GATEWAY);
        // No Content-Length (chunked), so it cannot be refused up front: it has to be counted as it arrives.
        long[] read = new long[1];
        InputStream endless = new InputStream() {
            private long sent;

            @Override
            public int read() {
                return sent++ < offered ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                long left = offered - sent;
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                Arrays.fill(b, off, off + n, (byte) 'a');
                sent += n;
                read[0] = sent;
                return n;
            }
        };
        Http.Answer answer = gateway.send(gateway.request("/api/v1/reports")
                .header("Content-Type", "text/plain; charset=UTF-8").header("X-API-Key", running.system().apiKey())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless)));
        assertProblem(413, answer);
        assertEquals(before, acceptedByIngest(), "nothing published");
        Map<String, Long> liveAfter = liveHeapKib(INGEST, GATEWAY);
        System.out.printf("oversize body: %d MB offered, %d MB taken from the client; live heap KiB before %s, after %s%n",
                offered >> 20, read[0] >> 20, liveBefore, liveAfter);
        for (String service : liveBefore.keySet()) {
            long grown = liveAfter.get(service) - liveBefore.get(service);
            assertTrue(grown < (LIMIT * 2L) >> 10, service + " holds " + grown + " KiB more after a "
                    + (offered >> 20) + " MB body was refused");
        }
    }

    /** The heap each named service's JVM still uses after a full collection, asked with jcmd. */
    private static Map<String, Long> liveHeapKib(String... services) throws IOException, InterruptedException {
        Path jcmd = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd");
        Map<String, Long> live = new LinkedHashMap<>();
        for (String service : services) {
            String pid = String.valueOf(running.system().pids().get(service));
            run(jcmd.toString(), pid, "GC.run");
            Matcher used = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K").matcher(run(jcmd.toString(), pid, "GC.heap_info"));
            assertTrue(used.find(), "jcmd GC.heap_info of " + service);
            live.put(service, Long.parseLong(used.group(1)));
        }
        return live;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
        return output;
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsRead() throws Exception {
        byte[] body = new byte[LIMIT + 1];
        Arrays.fill(body, (byte) 'a');
        assertRefused(413, "text/plain; charset=UTF-8", body);
    }

    @Test
    void htmlFullOfScriptsIsStoredAsItsTextOnly() throws Exception {
        String marker = UUID.randomUUID().toString();
        String text = SyntheticReports.report(2095, marker);
        String html = "<html><head><script>alert('head')</script><style>p{}</style></head><body onload=\"alert('load')\">"
                + "<script src=\"https://evil.example/x.js\"></script>"
                + text.lines().map(line -> "<p>" + line + "<script>document.cookie</script></p>").reduce("", String::concat)
                + "<img src=x onerror=\"alert('img')\"></body></html>";
        String id = accept("text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
        counts.awaitStatus(id, "stored", WITHIN);
        String stored = gateway.get("/api/v1/reports/" + id).json().path("text").asText();
        assertTrue(stored.contains(marker), "the report's text is kept");
        for (String script : List.of("alert", "script", "document.cookie", "onerror", "evil.example")) {
            assertFalse(stored.contains(script), "no '" + script + "' in the stored text");
        }
    }

    @Test
    void aTextThatIsNoReportIsStoredWithWarnings() throws Exception {
        String text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " + UUID.randomUUID() + "\n";
        String id = accept("text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
        counts.awaitStatus(id, "stored", WITHIN);
        JsonNode warnings = gateway.get("/api/v1/reports/" + id).json().path("warnings");
        assertFalse(warnings.isEmpty(), "warnings say what could not be read");
    }

    @Test
    void aOneMegabyteSingleLineIsStored() throws Exception {
        StringBuilder line = new StringBuilder(SyntheticReports.report(2096, UUID.randomUUID().toString()).replace('\n', '。'));
        while (line.length() < 1024 * 1024 / 3) {
            line.append("全区地区生产总值增长6.5%，一般公共预算收入增长8%，");
        }
        String id = accept("text/plain; charset=UTF-8", line.toString().getBytes(StandardCharsets.UTF_8));
        counts.awaitStatus(id, "stored", WITHIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1/reports?colour=red",
            "/api/v1/indicators?metrc=gdp",
            "/api/v1/reports?page=0",
            "/api/v1/reports?page=-1",
            "/api/v1/reports?page=abc",
            "/api/v1/reports?size=100000",
            "/api/v1/reports?year=99999999999",
            "/api/v1/reports/not-an-id",
            "/api/v1/reports/%7B%22%24gt%22%3A%22%22%7D",
            "/api/v1/reports/ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789/status",
    })
    void aBadQueryIsAnsweredWith400(String path) {
        assertProblem(400, gateway.get(path));
    }

    @Test
    void aPagePastTheLastIsEmpty() {
        Http.Answer answer = gateway.get("/api/v1/reports?page=1000000&size=200");
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.json().path("items").isEmpty());
    }

    /** Every filter takes its value literally: an operator object, a regex or a regex bomb matches nothing, quickly. */
    @ParameterizedTest
    @ValueSource(strings = {"{\"$gt\": \"\"}", "{\"$ne\": null}", ".*", "^", "(a+)+$", "(.*a){20}", "'; db.reports.drop(); '"})
    void injectionInAFilterMatchesNothing(String value) {
        String v = URLEncoder.encode(value, StandardCharsets.UTF_8);
        for (String path : List.of("/api/v1/reports?region=" + v, "/api/v1/indicators?region=" + v,
                "/api/v1/indicators?name=" + v)) {
            Http.Answer answer = answeredQuickly(path);
            if (answer.status() == 200) {
                assertTrue(answer.json().path("items").isEmpty(), path + " matched something: " + answer.body());
            }
        }
        // search looks for the words of the query: a match on its letters is fine, an error or a slow answer is not
        answeredQuickly("/api/v1/search?q=" + v);
    }

    /** 200, or a 400 problem, within 5 s. */
    private static Http.Answer answeredQuickly(String path) {
        long start = System.nanoTime();
        Http.Answer answer = gateway.get(path);
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), path + " took over 5 s");
        if (answer.status() != 200) {
            assertProblem(400, answer);
        }
        return answer;
    }

    private static String accept(String contentType, byte[] body) throws InterruptedException {
        Http.Answer answer = writer.send("/api/v1/reports", contentType, body);
        assertEquals(202, answer.status(), answer.body());
        return answer.json().path("id").asText();
    }

    private static JsonNode assertRefused(int status, String contentType, byte[] body) throws InterruptedException {
        long before = acceptedByIngest();
        JsonNode problem = assertProblem(status, writer.send("/api/v1/reports", contentType, body));
        assertEquals(before, acceptedByIngest(), "nothing published");
        return problem;
    }

    /** An RFC 7807 body with the status, a title and a detail, and no stack trace or class name in it. */
    static JsonNode assertProblem(int status, Http.Answer answer) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer.header("Content-Type"));
        JsonNode problem = answer.json();
        assertEquals(status, problem.path("status").asInt());
        assertFalse(problem.path("title").asText().isBlank(), "a title");
        for (String leak : List.of("Exception", "\tat ", "java.", "io.govreport", "org.", "mongo", "kafka")) {
            assertFalse(answer.body().contains(leak), "'" + leak + "' in " + answer.body());
        }
        return problem;
    }

    /** ingest-service's count of reports it published: what "nothing written" is checked against. */
    private static long acceptedByIngest() {
        String metrics = new Http(running.ingestUrl()).get("/q/metrics").body();
        return metrics.lines()
                .filter(line -> line.startsWith("govreport_reports_in_total") && line.contains("outcome=\"accepted\""))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
