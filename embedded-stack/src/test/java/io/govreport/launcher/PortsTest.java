package io.govreport.launcher;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;

import io.govreport.stack.StackConfig;
import org.junit.jupiter.api.Test;

class PortsTest {
    @Test
    void freePortsPassTheCheck() {
        assertDoesNotThrow(() -> Ports.free().requireFree());
    }

    @Test
    void aTakenPortIsNamedWithItsPartAndWhatToDo() throws Exception {
        Ports free = Ports.free();
        try (ServerSocket other = new ServerSocket(free.gateway(), 1, InetAddress.getByName(StackConfig.HOST))) {
            IllegalStateException taken = assertThrows(IllegalStateException.class, free::requireFree);
            assertTrue(taken.getMessage().startsWith("port " + free.gateway() + " (api-gateway) "), taken.getMessage());
            assertTrue(taken.getMessage().contains("another govreport run"), taken.getMessage());
        }
    }
}
