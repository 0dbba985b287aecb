package io.govreport.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
@TestProfile(DownstreamDownTest.NothingListening.class)
class DownstreamDownTest {

    /** Points both clients at a loopback port that was free a moment ago and has nothing listening. */
    public static class NothingListening implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String url = "http://127.0.0.1:" + closedPort();
            return Map.of("quarkus.rest-client.ingest.url", url, "quarkus.rest-client.store.url", url,
                    "govreport.api-keys", "key-one");
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void readsAndWritesAnswer503WithAProblemWhenTheServicesAreDown() {
        given().get("/api/v1/reports").then().statusCode(503).contentType("application/problem+json")
                .body("status", equalTo(503)).header("Retry-After", equalTo("5"))
                .body("detail", not(containsString("Exception")));
        given().get("/api/v1/indicators?metric=gdp").then().statusCode(503);
        given().get("/api/v1/reports/" + "a".repeat(64) + "/status").then().statusCode(503);
        given().header("X-API-Key", "key-one").contentType("text/plain").body("报告").post("/api/v1/reports").then()
                .statusCode(503).contentType("application/problem+json");
        given().get("/q/health/ready").then().statusCode(503).body("checks[0].data.'ingest-service'", equalTo("DOWN"));
    }
}
