package io.govreport.launcher;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code ./govreport up}: starts the system on the default ports, ingests the sample reports, prints where to
 * look, and runs until Ctrl-C or SIGTERM, which stop the services and then the stack.
 * Options: {@code --root DIR} (the checkout, default .) and {@code --data DIR} (default ROOT/data).
 */
public final class Launcher {
    private static final Duration STORE_TIMEOUT = Duration.ofMinutes(5);

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(".");
        Path data = null;
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            if (!option.equals("--root") && !option.equals("--data")) {
                refuse("unknown option " + option);
            }
            if (i + 1 >= args.length) {
                refuse("option " + option + " needs a value");
            }
            if (option.equals("--root")) {
                root = Path.of(args[i + 1]);
            } else {
                data = Path.of(args[i + 1]);
            }
        }
        Path dataDir = (data == null ? root.resolve("data") : data).toAbsolutePath().normalize();

        long started = System.nanoTime();
        System.out.println("govreport: starting the embedded stack and four services (data: " + dataDir + ", logs: "
                + dataDir.resolve("logs") + ")");
        GovreportSystem system;
        try {
            system = GovreportSystem.start(root, dataDir, Ports.defaults());
        } catch (StartupException | IllegalStateException e) {
            System.err.println("govreport: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.printf("govreport: all services ready in %.1f s%n", seconds(started));

        GatewayClient gateway = system.gateway();
        List<String> ids = List.of();
        try {
            ids = ingestSamples(root.resolve("samples"), gateway);
        } catch (IOException e) {
            // the system stays up, so the logs and the API can show what went wrong
            System.err.println("govreport: the sample reports were not all stored: " + e.getMessage());
        }
        printWhereToLook(system, gateway, ids, dataDir);
        Thread.currentThread().join();
    }

    private static List<String> ingestSamples(Path samples, GatewayClient gateway) throws IOException, InterruptedException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(samples)) {
            files = listing.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
        long started = System.nanoTime();
        List<String> ids = new ArrayList<>();
        for (Path file : files) {
            ids.add(gateway.submit(Files.readString(file, StandardCharsets.UTF_8)));
        }
        gateway.awaitStored(ids, STORE_TIMEOUT);
        System.out.printf("govreport: %d sample reports from %s stored in %.1f s%n", ids.size(), samples, seconds(started));
        return ids;
    }

    private static void printWhereToLook(GovreportSystem system, GatewayClient gateway, List<String> ids, Path dataDir)
            throws IOException, InterruptedException {
        String url = system.gatewayUrl();
        System.out.println();
        System.out.println("gateway:  " + url + "   (OpenAPI UI: " + url + "/q/swagger-ui)");
        System.out.println("web:      " + url + "/   (reports, compare, search, upload)");
        System.out.println(apiKeyLine(system.apiKeys(), dataDir));
        System.out.println("try:");
        System.out.println("  curl '" + url + "/api/v1/reports'");
        if (!ids.isEmpty()) {
            JsonNode region = gateway.get("/api/v1/reports/" + ids.get(0)).path("meta").path("region").path("name");
            if (region.isTextual()) {
                System.out.println("  curl '" + url + "/api/v1/reports?region="
                        + URLEncoder.encode(region.asText(), StandardCharsets.UTF_8) + "'    # region=" + region.asText());
            }
        }
        System.out.println("  curl -H 'Accept: application/json' '" + url + "/api/v1/indicators?metric=gdp&kind=target'");
        System.out.println("  curl -X POST -H 'Content-Type: text/plain; charset=UTF-8' " + keyHeader(system.apiKeys())
                + " --data-binary @report.txt '" + url + "/api/v1/reports'");
        System.out.println("Ctrl-C stops everything.");
    }

    /** The development key is printed; the user's own keys are not, so the examples name the one to send $KEY. */
    static String apiKeyLine(ApiKeys keys, Path dataDir) {
        if (keys.development()) {
            return "API key:  " + keys.clientKey() + "   (development key, kept in " + dataDir.resolve(ApiKeys.DEV_KEY_FILE)
                    + "; set " + ApiKeys.VARIABLE + " to use your own)";
        }
        return "API key:  the first of " + ApiKeys.VARIABLE + " (not printed); the write example sends it as $KEY";
    }

    /** The example's key header: in double quotes where it names $KEY, so that the shell puts the key in. */
    static String keyHeader(ApiKeys keys) {
        return keys.development() ? "-H 'X-API-Key: " + keys.clientKey() + "'" : "-H \"X-API-Key: $KEY\"";
    }

    private static void refuse(String problem) {
        System.err.println("govreport: " + problem);
        System.err.println("usage: ./govreport up [--data DIR]");
        System.exit(2);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
