package io.govreport.bench.e2e;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** {@code --name value} command-line options of the benchmark mains. */
public final class Args {
    private final Map<String, String> values = new HashMap<>();

    public Args(String[] args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("options come as --name value pairs");
        }
        for (int i = 0; i < args.length; i += 2) {
            values.put(args[i], args[i + 1]);
        }
    }

    /** @param fallback null: the option is required */
    public String string(String name, String fallback) {
        String value = values.getOrDefault(name, fallback);
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    /** @return null when the option is not given */
    public String optional(String name) {
        return values.get(name);
    }

    public int integer(String name, int fallback) {
        return Integer.parseInt(string(name, Integer.toString(fallback)));
    }

    public Path path(String name, String fallback) {
        return Path.of(string(name, fallback));
    }
}
