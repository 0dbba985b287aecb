package io.govreport.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.govreport.model.ReportIds;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for ingest-service and store-service on one free port, answering like them and remembering the last
 * request, so the tests can see what the gateway passed on.
 */
public class FakeDownstream implements QuarkusTestResourceLifecycleManager {
    static final String KNOWN_ID = "a".repeat(64);
    /** A report whose status store-service fails to read (a fault: 500). */
    static final String FAULTY_ID = "c".repeat(64);
    /** A report that ingest cannot queue because the broker is away (503, Retry-After 30). */
    static final String BROKER_AWAY = "broker away";
    static final AtomicReference<String> lastContentType = new AtomicReference<>();
    static final AtomicReference<String> lastContentLength = new AtomicReference<>();
    static final AtomicReference<byte[]> lastBody = new AtomicReference<>();
    static final AtomicReference<String> lastQuery = new AtomicReference<>();

    static final int UPLOAD_MAX_BYTES = 200_000;

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.ingest.url", url, "quarkus.rest-client.store.url", url,
                "govreport.api-keys", "key-one, key-two, key-parallel, key-faults",
                "govreport.rate-limit.capacity", "5",
                "govreport.rate-limit.per-second", "0.01",
                "govreport.upload-max-bytes", String.valueOf(UPLOAD_MAX_BYTES));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        lastQuery.set(exchange.getRequestURI().getRawQuery());
        try (InputStream in = exchange.getRequestBody()) {
            if (exchange.getRequestMethod().equals("POST") && path.equals("/reports")) {
                lastContentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
                lastContentLength.set(exchange.getRequestHeaders().getFirst("Content-Length"));
                byte[] body = in.readAllBytes();
                lastBody.set(body);
                if (body.length == 0) {
                    send(exchange, 400, "application/problem+json",
                            "{\"type\":\"about:blank\",\"title\":\"Empty report\",\"status\":400,\"detail\":\"The body is empty.\"}");
                    return;
                }
                if (isMalformedMultipart(lastContentType.get(), body)) {
                    send(exchange, 400, "application/problem+json",
                            "{\"type\":\"about:blank\",\"title\":\"Malformed upload\",\"status\":400,\"detail\":\"The multipart/form-data body is malformed.\"}");
                    return;
                }
                if (new String(body, StandardCharsets.UTF_8).equals(BROKER_AWAY)) {
                    exchange.getResponseHeaders().add("Retry-After", "30");
                    send(exchange, 503, "application/problem+json",
                            "{\"type\":\"about:blank\",\"title\":\"Pipeline unavailable\",\"status\":503,\"detail\":\"The broker is unreachable.\"}");
                    return;
                }
                String id = ReportIds.of(new String(body, StandardCharsets.UTF_8));
                exchange.getResponseHeaders().add("Location", "/api/v1/reports/" + id + "/status");
                send(exchange, 202, "application/json", "{\"id\":\"" + id + "\",\"status\":\"/api/v1/reports/" + id + "/status\"}");
            } else if (path.equals("/reports") || path.equals("/indicators")) {
                String query = lastQuery.get();
                if (query != null && query.contains("size=500")) {
                    send(exchange, 400, "application/problem+json",
                            "{\"type\":\"about:blank\",\"title\":\"Bad request\",\"status\":400,\"detail\":\"size must be between 1 and 200\"}");
                    return;
                }
                String row = path.equals("/reports")
                        ? "{\"id\":\"" + KNOWN_ID + "\",\"title\":\"2018年北京市平谷区人民政府工作报告\",\"level\":\"district\",\"year\":2018}"
                        : "{\"reportId\":\"" + KNOWN_ID + "\",\"metric\":\"gdp\",\"kind\":\"target\",\"value\":6.5,\"unit\":\"%\"}";
                send(exchange, 200, "application/json", "{\"items\":[" + row + "],\"page\":1,\"size\":20,\"total\":1}");
            } else if (path.equals("/reports/" + KNOWN_ID)) {
                send(exchange, 200, "application/json", "{\"id\":\"" + KNOWN_ID + "\",\"extractorVersion\":\"v1\",\"text\":\"正文\"}");
            } else if (path.equals("/reports/" + KNOWN_ID + "/status")) {
                send(exchange, 200, "application/json", "{\"id\":\"" + KNOWN_ID + "\",\"status\":\"failed\",\"reason\":\"no text\"}");
            } else if (path.equals("/reports/" + FAULTY_ID + "/status")) {
                send(exchange, 500, "application/problem+json",
                        "{\"type\":\"about:blank\",\"title\":\"Internal error\",\"status\":500,\"detail\":\"The request could not be completed; see the service log.\"}");
            } else if (path.equals("/q/health/ready")) {
                send(exchange, 200, "application/json", "{\"status\":\"UP\",\"checks\":[]}");
            } else {
                send(exchange, 404, "application/problem+json",
                        "{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,\"detail\":\"No stored report has this id.\"}");
            }
        }
    }

    /** As ingest's parser sees it: a multipart body without its closing delimiter. */
    private static boolean isMalformedMultipart(String contentType, byte[] body) {
        int boundary = contentType == null ? -1 : contentType.indexOf("boundary=");
        return contentType != null && contentType.startsWith("multipart/") && (boundary < 0
                || !new String(body, StandardCharsets.ISO_8859_1).contains("--" + contentType.substring(boundary + 9) + "--"));
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
