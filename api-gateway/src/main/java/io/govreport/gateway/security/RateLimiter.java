package io.govreport.gateway.security;

import io.govreport.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** A token bucket per API key, in memory (one gateway instance; behind several, each limits its own share). */
@ApplicationScoped
public class RateLimiter {
    private final int capacity;
    private final double perNano;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    public RateLimiter(GatewayConfig config) {
        this(config.rateLimit().capacity(), config.rateLimit().perSecond(), System::nanoTime);
    }

    RateLimiter(int capacity, double perSecond, LongSupplier clock) {
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.clock = clock;
    }

    /** Takes a token for the key: empty when granted, otherwise the whole seconds to wait before the next one. */
    public OptionalLong acquire(String key) {
        return buckets.computeIfAbsent(key, k -> new Bucket(capacity, clock.getAsLong())).take();
    }

    private final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized OptionalLong take() {
            long now = clock.getAsLong();
            tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return OptionalLong.empty();
            }
            double nanosToNext = (1 - tokens) / perNano;
            return OptionalLong.of(Math.max(1, (long) Math.ceil(nanosToNext / 1e9)));
        }
    }
}
