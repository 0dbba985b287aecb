package io.govreport.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Loopback ports that nothing listens on, for tests that must not collide with a running system or with each other. */
public final class FreePorts {
    private FreePorts() {
    }

    /** A port the OS just handed out as free; the caller binds it soon after. */
    public static int next() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(StackConfig.HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }
}
