package io.govreport.stack;

import java.util.concurrent.CountDownLatch;

/** Runs the embedded stack until SIGTERM/SIGINT: {@code --data DIR --kafka-port N --controller-port N --mongo-port N}. */
public final class EmbeddedStackMain {
    /** The launcher waits for a line that starts with this. */
    public static final String READY = "READY";

    private EmbeddedStackMain() {
    }

    public static void main(String[] args) throws Exception {
        StackConfig config;
        try {
            config = StackConfig.fromArgs(args);
        } catch (IllegalArgumentException e) {
            System.err.println("govreport: " + e.getMessage());
            System.err.println("usage: ./govreport stack " + StackConfig.OPTIONS);
            System.exit(2);
            return;
        }
        try {
            FreePorts.requireFree(config.namedPorts());
        } catch (IllegalStateException taken) {
            System.err.println("govreport: " + taken.getMessage());
            System.exit(1);
            return;
        }
        long started = System.nanoTime();
        EmbeddedStack stack = EmbeddedStack.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping the embedded stack");
            stack.close();
            System.out.println("embedded stack stopped");
            stopped.countDown();
        }, "stack-shutdown"));
        System.out.printf("%s kafka=%s mongodb=%s data=%s (started in %d ms)%n", READY, stack.kafkaBootstrap(),
                stack.mongoUri(), config.dataDir().toAbsolutePath(), (System.nanoTime() - started) / 1_000_000);
        stopped.await();
    }
}
