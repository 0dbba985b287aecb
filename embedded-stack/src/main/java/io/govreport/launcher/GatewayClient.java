package io.govreport.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The gateway's REST API as the launcher and the system tests use it. */
public final class GatewayClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(250);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String apiKey;

    public GatewayClient(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    /** A reply that was not what the call expects: its status and body. */
    public static final class GatewayException extends IOException {
        private final int status;

        GatewayException(String what, int status, String body) {
            super(what + " answered " + status + ": " + body);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** Submits a report as UTF-8 text; returns its id (202 Accepted). */
    public String submit(String text) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/reports"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .header("X-API-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 202) {
            throw new GatewayException("POST /api/v1/reports", response.statusCode(), response.body());
        }
        return JSON.readTree(response.body()).path("id").asText();
    }

    /** GET of a path with its query (already URL-encoded) that must answer 200 with JSON. */
    public JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new GatewayException("GET " + pathAndQuery, response.statusCode(), response.body());
        }
        return JSON.readTree(response.body());
    }

    /** pending, stored or failed; pending too while the store has not yet heard of the report. */
    public String status(String id) throws IOException, InterruptedException {
        return statusOf(id).path("status").asText();
    }

    /** Waits until every report is stored; fails at once on a failed one, with its reason. */
    public void awaitStored(Collection<String> ids, Duration timeout) throws IOException, InterruptedException {
        Set<String> waiting = new LinkedHashSet<>(ids);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (String id : Set.copyOf(waiting)) {
                JsonNode status = statusOf(id);
                switch (status.path("status").asText()) {
                    case "stored" -> waiting.remove(id);
                    case "failed" -> throw new IOException("report " + id + " failed: " + status.path("reason").asText());
                    default -> { } // still pending
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("not stored within " + timeout.toSeconds() + " s: " + waiting);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private JsonNode statusOf(String id) throws IOException, InterruptedException {
        try {
            return get("/api/v1/reports/" + id + "/status");
        } catch (GatewayException e) {
            if (e.status() == 404) {
                return JSON.createObjectNode().put("id", id).put("status", "pending");
            }
            throw e;
        }
    }
}
