package io.govreport.gateway.security;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RateLimiterTest {
    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(2, 0.5, now::get);

    @Test
    void aBurstUpToCapacityPassesThenTheKeyWaitsForTheRefill() {
        assertEquals(OptionalLong.empty(), limiter.acquire("k"));
        assertEquals(OptionalLong.empty(), limiter.acquire("k"));
        assertEquals(OptionalLong.of(2), limiter.acquire("k"), "one token per 2 s");
        now.addAndGet(1_000_000_000L);
        assertEquals(OptionalLong.of(1), limiter.acquire("k"));
        now.addAndGet(1_000_000_000L);
        assertEquals(OptionalLong.empty(), limiter.acquire("k"));
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        limiter.acquire("a");
        limiter.acquire("a");
        assertEquals(OptionalLong.empty(), limiter.acquire("b"));
    }
}
