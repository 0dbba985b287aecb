package io.govreport.extractor.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command line split into positional arguments (after the command), options with a value, and flags. */
record Arguments(List<String> positional, Map<String, String> options, Set<String> flags) {

    /**
     * @param withValue the options the command takes with a value
     * @param flagNames the options it takes alone
     * @throws IllegalArgumentException for any other option, or an option without its value: a mistyped option
     *                                  must not be ignored (the run would do something else than asked)
     */
    static Arguments parse(String[] args, List<String> withValue, List<String> flagNames) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (withValue.contains(arg)) {
                if (i + 1 >= args.length || isOption(args[i + 1])) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                options.put(arg, args[++i]);
            } else if (flagNames.contains(arg)) {
                flags.add(arg);
            } else if (isOption(arg)) {
                throw new IllegalArgumentException(args[0] + ": unknown option '" + arg + "'");
            } else {
                positional.add(arg);
            }
        }
        return new Arguments(positional, options, flags);
    }

    private static boolean isOption(String arg) {
        return arg.startsWith("-") && arg.length() > 1;
    }

    String option(String name) {
        return options.get(name);
    }
}
