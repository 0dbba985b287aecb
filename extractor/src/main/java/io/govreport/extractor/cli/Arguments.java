package io.govreport.extractor.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command line split into positional arguments (after the command), options with a value, and flags. */
record Arguments(List<String> positional, Map<String, String> options, Set<String> flags) {

    static Arguments parse(String[] args, List<String> withValue) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (withValue.contains(arg)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                options.put(arg, args[++i]);
            } else if (arg.startsWith("--")) {
                flags.add(arg);
            } else {
                positional.add(arg);
            }
        }
        return new Arguments(positional, options, flags);
    }

    String option(String name) {
        return options.get(name);
    }
}
