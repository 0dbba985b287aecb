package io.govreport.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class LauncherTest {
    private static final Path DATA = Path.of("/srv/govreport/data");

    @Test
    void theDevelopmentKeyIsPrintedAndSentAsItIs() {
        ApiKeys dev = new ApiKeys("dev-123", "dev-123", true);
        assertEquals("-H 'X-API-Key: dev-123'", Launcher.keyHeader(dev));
        assertTrue(Launcher.apiKeyLine(dev, DATA).startsWith("API key:  dev-123 "));
        assertTrue(Launcher.apiKeyLine(dev, DATA).contains("/srv/govreport/data/dev-api-key"));
    }

    /** In single quotes the shell would send the four characters $KEY as the key. */
    @Test
    void ownKeysAreNotPrintedAndTheExampleLetsTheShellPutTheKeyIn() {
        ApiKeys own = new ApiKeys("secret-one,secret-two", "secret-one", false);
        assertEquals("-H \"X-API-Key: $KEY\"", Launcher.keyHeader(own));
        String line = Launcher.apiKeyLine(own, DATA);
        assertTrue(line.startsWith("API key:  ") && line.contains("$KEY"), line);
        assertFalse(line.contains("secret"), line);
    }
}
