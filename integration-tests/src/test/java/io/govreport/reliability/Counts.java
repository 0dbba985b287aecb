package io.govreport.reliability;

import java.time.Duration;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** What came out, counted through the gateway's read API: a batch's stored reports and their indicator rows, by year. */
final class Counts {
    private static final Duration POLL = Duration.ofMillis(500);

    private final Http gateway;

    Counts(Http gateway) {
        this.gateway = gateway;
    }

    /** Stored reports planning for {@code year}; empty while the gateway or the store cannot answer. */
    OptionalLong reports(int year) {
        return total("/api/v1/reports?size=1&year=" + year);
    }

    /** GDP growth target rows for {@code year}: one per stored synthetic report, unless rows were doubled. */
    OptionalLong gdpTargets(int year) {
        return total("/api/v1/indicators?metric=gdp&kind=target&size=1&year=" + year);
    }

    /** The ids of every stored report planning for {@code year}, read page by page. */
    Set<String> reportIds(int year) {
        Set<String> ids = new HashSet<>();
        for (int page = 1; ; page++) {
            Http.Answer answer = gateway.get("/api/v1/reports?size=200&year=" + year + "&page=" + page);
            if (answer.status() != 200) {
                throw new AssertionError("listing answered " + answer.status() + ": " + answer.body());
            }
            JsonNode items = answer.json().path("items");
            if (items.isEmpty()) {
                return ids;
            }
            items.forEach(item -> ids.add(item.path("id").asText()));
        }
    }

    /** Waits until {@code year} has {@code expected} stored reports; answers the count last seen. */
    long awaitReports(int year, long expected, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        long seen = -1;
        while (System.nanoTime() < deadline) {
            seen = reports(year).orElse(seen);
            if (seen >= expected) {
                return seen;
            }
            Thread.sleep(POLL.toMillis());
        }
        return seen;
    }

    /** A report's status document, or null while the store has not heard of it (404). */
    JsonNode status(String id) {
        Http.Answer answer = gateway.get("/api/v1/reports/" + id + "/status");
        if (answer.status() == 404) {
            return null;
        }
        if (answer.status() != 200) {
            throw new AssertionError("status answered " + answer.status() + ": " + answer.body());
        }
        return answer.json();
    }

    /** Waits until a report has {@code status}; answers its last status document. */
    JsonNode awaitStatus(String id, String status, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        JsonNode seen = null;
        while (System.nanoTime() < deadline) {
            seen = status(id);
            if (seen != null && status.equals(seen.path("status").asText())) {
                return seen;
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new AssertionError("report " + id + " not " + status + " within " + within.toSeconds() + " s; last seen " + seen);
    }

    private OptionalLong total(String path) {
        try {
            Http.Answer answer = gateway.get(path);
            return answer.status() == 200 ? OptionalLong.of(answer.json().path("total").asLong()) : OptionalLong.empty();
        } catch (java.io.UncheckedIOException unreachable) {
            return OptionalLong.empty();
        }
    }
}
