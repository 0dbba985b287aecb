package io.govreport.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Loopback ports that nothing listens on, for tests that must not collide with a running system or with each other.
 *
 * <p>They are drawn from just below the OS's ephemeral range, not from it: a port the OS hands out as free (bind to 0)
 * is an ephemeral one, and before the service meant to listen on it has started, the OS may give the same port to
 * one of the many outgoing connections a starting system opens (CI saw store-service fail "port in use" that way).
 */
public final class FreePorts {
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    /** Linux's default start of the ephemeral range, where the OS does not say. */
    private static final int DEFAULT_EPHEMERAL_START = 32768;
    private static final int SPAN = 12_000;
    private static final int ATTEMPTS = 200;
    /** Handed out by this process: a system takes all its ports before it binds any of them. */
    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    /** A port nothing listens on now, not handed out before by this process; the caller binds it soon after. */
    public static int next() {
        int top = ephemeralStart();
        int bottom = Math.max(1024, top - SPAN);
        if (bottom >= top) {
            throw new IllegalStateException("the ephemeral port range starts at " + top + ": no room below it");
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(bottom, top);
            if (!GIVEN.contains(port) && bindable(port) && GIVEN.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free loopback port in " + bottom + "-" + (top - 1) + " after " + ATTEMPTS + " tries");
    }

    /** Whether nothing listens on {@code port} of the loopback address every part of the system binds. */
    public static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(StackConfig.HOST))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Fails at once, naming the first port something already listens on (another run, say): the part meant for it would
     * otherwise fail to bind deep in its log, or after a wait for readiness.
     *
     * @param parts each port by the part of the system that binds it
     */
    public static void requireFree(Map<String, Integer> parts) {
        parts.forEach((part, port) -> {
            if (!bindable(port)) {
                throw new IllegalStateException("port " + port + " (" + part + ") on " + StackConfig.HOST + " is taken, by "
                        + "another govreport run or another program (ss -ltnp 'sport = :" + port + "' shows which); stop it "
                        + "and start again");
            }
        });
    }

    private static int ephemeralStart() {
        try {
            // readAllLines, not readString: /proc files report size 0, and readString returned one byte of this one
            return Integer.parseInt(Files.readAllLines(EPHEMERAL_RANGE).get(0).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return DEFAULT_EPHEMERAL_START;
        }
    }
}
