package io.govreport.store.rest;

import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemMappersTest {
    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void anUnreachableDatabaseIsAnOutageToAskAgainAbout() {
        for (RuntimeException away : new RuntimeException[]{new MongoTimeoutException("no server"),
                new MongoSocketReadException("connection reset", new ServerAddress())}) {
            Response answer = mappers.storeUnavailable(away);
            assertEquals(503, answer.getStatus());
            assertEquals("5", answer.getHeaderString("Retry-After"));
        }
        assertEquals(500, mappers.unexpected(new IllegalStateException("a fault")).getStatus());
    }
}
