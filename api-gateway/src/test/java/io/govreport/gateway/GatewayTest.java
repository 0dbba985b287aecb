package io.govreport.gateway;

import io.govreport.model.ReportIds;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.eclipse.microprofile.config.ConfigProvider;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(FakeDownstream.class)
class GatewayTest {
    private static final String REPORT = "2018年北京市平谷区人民政府工作报告\n地区生产总值增长6.5%左右。";

    @Test
    void aWriteWithoutAKeyIs401AndWithAWrongKeyIs403() {
        FakeDownstream.lastBody.set(null);
        given().contentType("text/plain; charset=UTF-8").body(REPORT).post("/api/v1/reports").then()
                .statusCode(401).contentType("application/problem+json").body("status", equalTo(401))
                .header("WWW-Authenticate", containsString("X-API-Key"));
        given().header("X-API-Key", "key-three").contentType("text/plain").body(REPORT).post("/api/v1/reports").then()
                .statusCode(403).contentType("application/problem+json").body("title", equalTo("API key not accepted"));
        given().header("X-API-Key", "key-on").contentType("text/plain").body(REPORT).post("/api/v1/reports").then()
                .statusCode(403);
        assertEquals(null, FakeDownstream.lastBody.get(), "nothing reaches ingest without a valid key");
    }

    @Test
    void aKeyPastItsRateIsTold429WithRetryAfter() {
        for (int i = 0; i < 5; i++) {
            given().header("X-API-Key", "key-two").contentType("text/plain").body(REPORT + i).post("/api/v1/reports")
                    .then().statusCode(202);
        }
        given().header("X-API-Key", "key-two").contentType("text/plain").body(REPORT).post("/api/v1/reports").then()
                .statusCode(429).contentType("application/problem+json").header("Retry-After", not(nullValue()));
    }

    @Test
    void aSubmissionIsPassedOnWithItsBodyAndContentType() {
        given().header("X-API-Key", "key-one").contentType("text/plain; charset=GB18030")
                .body(REPORT.getBytes(java.nio.charset.Charset.forName("GB18030")))
                .post("/api/v1/reports").then().statusCode(202)
                .body("status", containsString("/api/v1/reports/"));
        assertEquals("text/plain; charset=GB18030", FakeDownstream.lastContentType.get());
        assertEquals(String.valueOf(REPORT.getBytes(java.nio.charset.Charset.forName("GB18030")).length),
                FakeDownstream.lastContentLength.get(), "the declared length travels with the stream");
        assertArrayEquals(REPORT.getBytes(java.nio.charset.Charset.forName("GB18030")), FakeDownstream.lastBody.get());

        String id = ReportIds.of(REPORT);
        given().header("X-API-Key", "key-one").multiPart("file", "report.txt", REPORT.getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/v1/reports").then().statusCode(202).body("id", equalTo(ReportIds.of(
                        new String(FakeDownstream.lastBody.get(), StandardCharsets.UTF_8))));
        assertEquals(true, FakeDownstream.lastContentType.get().startsWith("multipart/form-data; boundary="));
        assertEquals(true, new String(FakeDownstream.lastBody.get(), StandardCharsets.UTF_8).contains(REPORT));
        assertEquals(64, id.length());
    }

    /**
     * The JDK client asks for an h2c upgrade on a new plain-HTTP connection; had the gateway taken it, report-sized
     * uploads sent together over the one HTTP/2 connection stalled in flow control until the 30 s downstream timeout.
     * They must all be answered, whichever protocol the gateway settles on.
     */
    @Test
    void reportSizedUploadsSentTogetherByAClientThatOffersHttp2AreAllAnswered() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        URI uri = URI.create("http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class)
                + "/api/v1/reports");
        assertEquals(202, client.send(upload(uri, REPORT + "首份"), HttpResponse.BodyHandlers.discarding()).statusCode());
        List<CompletableFuture<HttpResponse<Void>>> together = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            together.add(client.sendAsync(upload(uri, REPORT + "。".repeat(15_000) + i), HttpResponse.BodyHandlers.discarding()));
        }
        for (CompletableFuture<HttpResponse<Void>> answer : together) {
            assertEquals(202, answer.get(15, TimeUnit.SECONDS).statusCode());
        }
    }

    private static HttpRequest upload(URI uri, String report) {
        return HttpRequest.newBuilder(uri).header("X-API-Key", "key-parallel").header("Content-Type", "text/plain; charset=UTF-8")
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(report)).build();
    }

    /** Ingest would read a refused body to its end; the gateway stops passing it on at its own limit. */
    @Test
    void anUploadPastTheGatewaysLimitIsCutOffWithAProblem() {
        byte[] tenTimesTheLimit = new byte[10 * FakeDownstream.UPLOAD_MAX_BYTES];
        Arrays.fill(tenTimesTheLimit, (byte) 'a');
        given().header("X-API-Key", "key-one").contentType("text/plain; charset=UTF-8")
                .body(new ByteArrayInputStream(tenTimesTheLimit))
                .post("/api/v1/reports").then().statusCode(413).contentType("application/problem+json")
                .body("title", equalTo("Report too large"))
                .body("detail", containsString(String.valueOf(FakeDownstream.UPLOAD_MAX_BYTES)));
    }

    @Test
    void ingestsOwnProblemReachesTheClient() {
        given().header("X-API-Key", "key-one").contentType("text/plain").body(new byte[0]).post("/api/v1/reports").then()
                .statusCode(400).contentType("application/problem+json").body("title", equalTo("Empty report"));
    }

    @Test
    void aMalformedUploadIsIngestsBadRequestNotAnOutage() {
        String truncated = "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhello";
        for (String body : List.of("garbage", truncated)) {
            given().header("X-API-Key", "key-faults").contentType("multipart/form-data; boundary=XYZ")
                    .body(body.getBytes(StandardCharsets.US_ASCII)).post("/api/v1/reports").then()
                    .statusCode(400).contentType("application/problem+json").header("Retry-After", nullValue())
                    .body("title", equalTo("Malformed upload"));
            assertArrayEquals(body.getBytes(StandardCharsets.US_ASCII), FakeDownstream.lastBody.get());
        }
    }

    /** 503 tells a client to send the same request again: only for a service or broker that is away, not for a fault. */
    @Test
    void aDownstreamFaultStays500AndOnlyAnOutageIs503() {
        given().get("/api/v1/reports/" + FakeDownstream.FAULTY_ID + "/status").then().statusCode(500)
                .contentType("application/problem+json").header("Retry-After", nullValue())
                .body("title", equalTo("Internal error"));
        given().header("X-API-Key", "key-faults").contentType("text/plain").body(FakeDownstream.BROKER_AWAY)
                .post("/api/v1/reports").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", equalTo("30")).body("title", equalTo("Pipeline unavailable"));
    }

    @Test
    void readsAreOpenAndPassTheirQueryThrough() {
        given().get("/api/v1/reports?region=北京市&year=2018").then().statusCode(200)
                .body("items[0].title", equalTo("2018年北京市平谷区人民政府工作报告")).body("total", equalTo(1));
        assertEquals(true, FakeDownstream.lastQuery.get().contains("year=2018"));
        given().queryParam("region", "{\"$gt\": \"\"}").get("/api/v1/indicators").then().statusCode(200)
                .body("items[0].value", equalTo(6.5f));
        assertEquals(true, FakeDownstream.lastQuery.get().contains("region=%7B%22%24gt%22"), FakeDownstream.lastQuery.get());
        given().get("/api/v1/reports/" + FakeDownstream.KNOWN_ID).then().statusCode(200).body("text", equalTo("正文"));
        given().get("/api/v1/reports/" + FakeDownstream.KNOWN_ID + "/status?verbose=1").then().statusCode(200)
                .body("status", equalTo("failed")).body("reason", equalTo("no text"));
        assertEquals("verbose=1", FakeDownstream.lastQuery.get(), "store-service judges every query parameter");
    }

    @Test
    void downstreamProblemsKeepTheirStatusAndBadIdsStopAtTheGateway() {
        given().get("/api/v1/indicators?size=500").then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("size must be between 1 and 200"));
        given().get("/api/v1/reports/" + "b".repeat(64)).then().statusCode(404).contentType("application/problem+json");
        FakeDownstream.lastQuery.set("untouched");
        given().get("/api/v1/reports/..%2F..%2Fq%2Fhealth").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/reports/XYZ/status").then().statusCode(400).body("detail", containsString("id"));
        assertEquals("untouched", FakeDownstream.lastQuery.get());
    }

    @Test
    void anUnknownPathMethodOrMediaTypeIsAProblemThatSaysWhatThereIs() {
        given().get("/api/v1/xyz").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No such path: GET /api/v1/xyz; the API is described at /q/swagger-ui (OpenAPI document: /q/openapi)"));
        given().delete("/api/v1/indicators").then().statusCode(405).contentType("application/problem+json")
                .header("Allow", "GET, HEAD, OPTIONS")
                .body("detail", startsWith("No such method: DELETE /api/v1/indicators; the path takes GET, HEAD, OPTIONS"));
        given().get("/api/v1/admin/reextract").then().statusCode(405).header("Allow", "OPTIONS, POST");
        given().delete("/api/v1/reports/abc").then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS");
        given().options("/api/v1/indicators").then().header("Allow", containsString("GET"));
        given().get("/api/v1/indicators?region=" + "a".repeat(9000)).then().statusCode(414)
                .contentType("application/problem+json").body("detail", startsWith("The URL is 9026 bytes; at most 8192 are taken"));
        given().get("/api/v1/indicators?region=" + "a".repeat(8000)).then().statusCode(200);
        given().accept("text/xml").get("/api/v1/reports").then().statusCode(406).contentType("application/problem+json")
                .body("detail", startsWith("Accept: text/xml names no media type GET /api/v1/reports answers"));
    }

    @Test
    void theOpenApiDocumentAndSwaggerUiAreServed() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/indicators'.get.parameters.name", org.hamcrest.Matchers.hasItems("metric", "region", "page"))
                .body("paths.'/api/v1/reports'.post.responses.'429'.description", containsString("rate"))
                .body("paths.'/api/v1/indicators'.get.responses.'200'.content.'application/json'.schema.properties.items.items.'$ref'",
                        containsString("IndicatorRow"))
                .body("paths.'/api/v1/reports'.get.responses.'200'.content.'application/json'.schema.properties.items.items.'$ref'",
                        containsString("ReportSummary"));
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200).body("checks[0].data.'store-service'", equalTo("UP"));
    }
}
