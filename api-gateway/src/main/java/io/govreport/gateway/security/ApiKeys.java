package io.govreport.gateway.security;

import io.govreport.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * The configured API keys. A presented key is compared with every configured one in constant time (over their
 * SHA-256 digests, so the length of a key does not leak either), and the loop never stops early.
 */
@ApplicationScoped
public class ApiKeys {
    private static final Logger LOG = Logger.getLogger(ApiKeys.class);

    private final List<String> keys;
    private final List<byte[]> digests;

    public ApiKeys(GatewayConfig config) {
        this.keys = config.apiKeys().orElse(List.of()).stream().map(String::strip).filter(k -> !k.isEmpty()).toList();
        this.digests = keys.stream().map(ApiKeys::sha256).toList();
        if (keys.isEmpty()) {
            LOG.warn("GOVREPORT_API_KEYS is not set: every write will be refused");
        }
    }

    /** The configured key the presented one equals, if any; rate limits are kept per configured key. */
    public Optional<String> match(String presented) {
        byte[] digest = sha256(presented);
        String matched = null;
        for (int i = 0; i < digests.size(); i++) {
            if (MessageDigest.isEqual(digests.get(i), digest)) {
                matched = keys.get(i);
            }
        }
        return Optional.ofNullable(matched);
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
