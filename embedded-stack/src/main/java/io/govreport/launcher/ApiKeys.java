package io.govreport.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * The gateway's API keys. {@code GOVREPORT_API_KEYS} (comma-separated) when it is set; otherwise a development key,
 * made once and kept in {@code <data>/dev-api-key}, so it stays the same across runs.
 *
 * @param configured  the value the gateway gets as GOVREPORT_API_KEYS
 * @param clientKey   the key the launcher and tests send as X-API-Key
 * @param development true when the key is the generated development key (and so may be printed)
 */
public record ApiKeys(String configured, String clientKey, boolean development) {
    static final String VARIABLE = "GOVREPORT_API_KEYS";
    static final String DEV_KEY_FILE = "dev-api-key";

    static ApiKeys resolve(Map<String, String> environment, Path dataDir) throws IOException {
        String configured = environment.get(VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return new ApiKeys(configured, configured.split(",")[0].trim(), false);
        }
        Path file = dataDir.resolve(DEV_KEY_FILE);
        if (Files.exists(file)) {
            String key = Files.readString(file, StandardCharsets.UTF_8).trim();
            return new ApiKeys(key, key, true);
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String key = "dev-" + HexFormat.of().formatHex(random);
        Files.createDirectories(dataDir);
        Files.writeString(file, key + System.lineSeparator(), StandardCharsets.UTF_8);
        return new ApiKeys(key, key, true);
    }
}
