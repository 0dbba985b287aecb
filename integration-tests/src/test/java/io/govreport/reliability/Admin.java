package io.govreport.reliability;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes through the gateway with the system's API key. The access tests use up the key's rate on purpose, so a write
 * answered 429 waits the Retry-After it was given and goes again, as a well-behaved client does.
 */
final class Admin {
    private static final int ATTEMPTS = 5;

    private final Http gateway;
    private final String apiKey;

    Admin(Http gateway, String apiKey) {
        this.gateway = gateway;
        this.apiKey = apiKey;
    }

    /** A POST without a body that must answer 200 with JSON. */
    JsonNode post(String path) throws InterruptedException {
        Http.Answer answer = send(path, null, new byte[0]);
        if (answer.status() != 200) {
            throw new AssertionError("POST " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.json();
    }

    /** A POST that may answer anything but 429. */
    Http.Answer send(String path, String contentType, byte[] body) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            Http.Answer answer = gateway.post(path, contentType, body, apiKey);
            if (answer.status() != 429 || attempt == ATTEMPTS) {
                return answer;
            }
            Thread.sleep(1000L * Long.parseLong(answer.header("Retry-After")));
        }
    }
}
