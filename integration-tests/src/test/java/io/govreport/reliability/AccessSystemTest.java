package io.govreport.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Only key holders write, each at its key's rate; reads are open; other origins get no CORS grant. */
@ExtendWith(ReliabilitySystem.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class AccessSystemTest {
    private static final byte[] REPORT = SyntheticReports.report(2097, "access").getBytes(StandardCharsets.UTF_8);

    private static ReliabilitySystem.Running running;
    private static Http gateway;

    @BeforeAll
    static void connect(ReliabilitySystem.Running system) {
        running = system;
        gateway = system.gateway();
    }

    @Test
    void aWriteWithoutAKeyIs401() {
        for (String path : new String[] {"/api/v1/reports", "/api/v1/admin/dead-letters/retry", "/api/v1/admin/reextract"}) {
            Http.Answer answer = gateway.post(path, "text/plain; charset=UTF-8", REPORT, null);
            BadInputSystemTest.assertProblem(401, answer);
            assertNotNull(answer.header("WWW-Authenticate"), path);
        }
    }

    @Test
    void aWriteWithAWrongKeyIs403() {
        String almost = running.system().apiKey() + "x";
        for (String path : new String[] {"/api/v1/reports", "/api/v1/admin/dead-letters/retry", "/api/v1/admin/reextract"}) {
            BadInputSystemTest.assertProblem(403, gateway.post(path, "text/plain; charset=UTF-8", REPORT, almost));
        }
    }

    /** The key's bucket holds 20 writes and refills at 2 a second: a burst of 60 runs past it. */
    @Test
    void writesPastTheKeysRateAre429WithRetryAfter() {
        Http.Answer last = null;
        int accepted = 0;
        for (int i = 0; i < 60; i++) {
            last = gateway.post("/api/v1/reports", "text/plain; charset=UTF-8", REPORT, running.system().apiKey());
            if (last.status() == 429) {
                break;
            }
            assertEquals(202, last.status(), last.body());
            accepted++;
        }
        BadInputSystemTest.assertProblem(429, last);
        assertTrue(Long.parseLong(last.header("Retry-After")) >= 1);
        assertTrue(accepted <= 40, "refused after " + accepted + " writes");
    }

    @Test
    void readsNeedNoKey() {
        assertEquals(200, gateway.get("/api/v1/reports?size=1").status());
    }

    @Test
    void anotherOriginGetsNoCorsGrant() {
        Http.Answer preflight = gateway.send(gateway.request("/api/v1/reports")
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertNull(preflight.header("Access-Control-Allow-Origin"), "preflight answered with a CORS grant");
        Http.Answer read = gateway.send(gateway.request("/api/v1/reports?size=1").header("Origin", "https://elsewhere.example").GET());
        assertNull(read.header("Access-Control-Allow-Origin"), "read answered with a CORS grant");
    }
}
