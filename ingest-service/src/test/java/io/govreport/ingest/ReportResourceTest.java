package io.govreport.ingest;

import io.govreport.model.RawReport;
import io.govreport.model.ReportIds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ReportResourceTest {
    private static final Path SAMPLE = Path.of("..", "samples", "000_bb1657dc1677307e.txt");
    private static final String PROBLEM = "application/problem+json";
    private static final int MAX_BYTES = 5 * 1024 * 1024;

    @Inject
    @Any
    InMemoryConnector connector;

    private InMemorySink<RawReport> published;

    @BeforeEach
    void clearSink() {
        published = connector.sink("reports-raw");
        published.clear();
    }

    @Test
    void acceptsAPlainTextReportAndPublishesItKeyedById() throws IOException {
        String text = Files.readString(SAMPLE);
        String id = given().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/reports")
                .then().statusCode(202)
                .header("Location", equalTo("/api/v1/reports/" + ReportIds.of(text) + "/status"))
                .body("status", equalTo("/api/v1/reports/" + ReportIds.of(text) + "/status"))
                .extract().path("id");

        assertThat(id, is(ReportIds.of(text)));
        RawReport report = onlyPublished();
        assertThat(report.id(), is(id));
        assertThat(report.text(), is(text));
        assertThat(report.source().contentType(), is("text/plain"));
        assertThat(report.source().charset(), is("UTF-8"));
        assertThat(report.receivedAt(), not(is((Object) null)));
        Message<RawReport> message = published.received().get(0);
        assertThat(message.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getKey(), is(id));
        given().when().get("/q/metrics")
                .then().body(containsString("govreport_reports_in_total{outcome=\"accepted\"}"));
    }

    @Test
    void theSameTextTwiceIsTheSameReport() {
        String first = submitText("2018年政府工作报告\n全区地区生产总值增长6.5%。");
        String second = submitText("2018年政府工作报告\r\n全区地区生产总值增长6.5%。");
        assertThat(second, is(first));
        assertThat(published.received(), hasSize(2));
    }

    @Test
    void decodesAGbkBody() {
        String text = "2018年北京市平谷区人民政府工作报告\n地区生产总值增长6.5%左右。";
        // no charset declared, as a GBK file posted by a script would be: the service has to detect it
        given().config(RestAssured.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("text/plain").body(text.getBytes(Charset.forName("GBK")))
                .when().post("/reports")
                .then().statusCode(202).body("id", equalTo(ReportIds.of(text)));
        RawReport report = onlyPublished();
        assertThat(report.text(), is(text));
        assertThat(report.source().charset(), is("GB18030"));
    }

    @Test
    void stripsMarkupScriptsAndNavigationFromHtml() {
        String html = """
                <html><head><title>报告</title><script>var tracker = "统计脚本";</script></head>
                <body><nav><a href="/">首页</a> | <a href="/news">新闻中心</a></nav>
                <div class="article"><h1>2018年政府工作报告</h1><p>全区地区生产总值增长<b>6.5%</b>。</p></div>
                </body></html>""";
        given().contentType("text/html; charset=UTF-8").body(html.getBytes(StandardCharsets.UTF_8))
                .when().post("/reports")
                .then().statusCode(202);
        RawReport report = onlyPublished();
        assertThat(report.text(), allOf(containsString("2018年政府工作报告"), containsString("全区地区生产总值增长6.5%。"),
                not(containsString("统计脚本")), not(containsString("新闻中心")), not(containsString("<"))));
        assertThat(report.source().contentType(), is("text/html"));
    }

    @Test
    void rejectsAnEmptyOrBlankBody() {
        for (String body : List.of("", "  \n\t \u3000\n")) {
            given().contentType("text/plain; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8))
                    .when().post("/reports")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("status", equalTo(400)).body("title", equalTo("Empty report"));
        }
        assertThat(published.received(), empty());
    }

    @Test
    void rejectsABodyOverTheLimitWhetherItsLengthIsDeclaredOrNot() {
        byte[] big = new byte[MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        given().contentType("text/plain").body(big)
                .when().post("/reports")
                .then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413));
        // An InputStream body goes out chunked, without Content-Length: the service counts while it reads.
        given().contentType("text/plain").body(new ByteArrayInputStream(big))
                .when().post("/reports")
                .then().statusCode(413).contentType(PROBLEM).body("detail", containsString(String.valueOf(MAX_BYTES)));
        assertThat(published.received(), empty());
    }

    @Test
    void rejectsBinaryBytesSentAsText() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};
        given().contentType("text/plain").body(png)
                .when().post("/reports")
                .then().statusCode(415).contentType(PROBLEM)
                .body("detail", containsString("binary")).body("detail", not(containsString("Exception")));
        assertThat(published.received(), empty());
    }

    @Test
    void rejectsAnUnsupportedContentType() {
        given().contentType(ContentType.JSON).body("{\"text\": \"报告\"}")
                .when().post("/reports")
                .then().statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
    }

    @Test
    void acceptsATextFileUpload() throws IOException {
        String text = Files.readString(SAMPLE);
        given().multiPart("file", "pinggu-2018.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post("/reports")
                .then().statusCode(202).body("id", equalTo(ReportIds.of(text)));
        RawReport report = onlyPublished();
        assertThat(report.source().fileName(), is("pinggu-2018.txt"));
        assertThat(report.text(), is(text));
    }

    @Test
    void acceptsAWordUpload() throws IOException {
        byte[] docx = docx("2018年政府工作报告", "全区地区生产总值增长6.5%。");
        given().multiPart("file", "report.docx", docx, "application/octet-stream")
                .when().post("/reports")
                .then().statusCode(202);
        RawReport report = onlyPublished();
        assertThat(report.text(), containsString("2018年政府工作报告\n全区地区生产总值增长6.5%。"));
        assertThat(report.source().contentType(),
                is("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    }

    @Test
    void rejectsAPdfWithoutATextLayer() throws IOException {
        given().multiPart("file", "scan.pdf", blankPdf(), "application/pdf")
                .when().post("/reports")
                .then().statusCode(415).contentType(PROBLEM).body("detail", containsString("no text layer"));
        assertThat(published.received(), empty());
    }

    @Test
    void rejectsAnUploadOfAnotherKind() {
        given().multiPart("file", "photo.png", new byte[]{(byte) 0x89, 'P', 'N', 'G'}, "image/png")
                .when().post("/reports")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void rejectsAMalformedMultipartBodyAsABadRequest() {
        String truncated = "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhello";
        String brokenHeader = "--XYZ\r\nContent-Disposition form-data\r\n\r\nhello\r\n--XYZ--\r\n";
        for (String body : List.of("garbage", truncated, brokenHeader)) {
            given().contentType("multipart/form-data; boundary=XYZ").body(body.getBytes(StandardCharsets.US_ASCII))
                    .when().post("/reports")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("status", equalTo(400)).body("title", equalTo("Malformed upload"))
                    .body("detail", containsString("multipart"));
        }
        assertThat(published.received(), empty());
    }

    private String submitText(String text) {
        return given().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/reports")
                .then().statusCode(202).extract().path("id");
    }

    private RawReport onlyPublished() {
        assertThat(published.received(), hasSize(1));
        return published.received().get(0).getPayload();
    }

    private static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                doc.createParagraph().createRun().setText(paragraph);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] blankPdf() throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.addPage(new PDPage());
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
