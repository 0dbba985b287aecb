package io.govreport.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTest {
    @TempDir
    Path dataDir;

    @Test
    void theDevelopmentKeyIsMadeOnceAndStaysTheSameAcrossRuns() throws Exception {
        ApiKeys first = ApiKeys.resolve(Map.of(), dataDir);
        ApiKeys second = ApiKeys.resolve(Map.of(), dataDir);
        assertTrue(first.development());
        assertTrue(first.clientKey().length() >= 32, "long enough not to guess");
        assertEquals(first, second);
        assertTrue(Files.readString(dataDir.resolve(ApiKeys.DEV_KEY_FILE)).contains(first.clientKey()));
    }

    @Test
    void configuredKeysWinAndTheFirstIsTheOneClientsSend() throws Exception {
        ApiKeys keys = ApiKeys.resolve(Map.of(ApiKeys.VARIABLE, "alpha, beta"), dataDir);
        assertFalse(keys.development());
        assertEquals("alpha, beta", keys.configured());
        assertEquals("alpha", keys.clientKey());
        assertFalse(Files.exists(dataDir.resolve(ApiKeys.DEV_KEY_FILE)), "no development key is made when keys are configured");
    }
}
