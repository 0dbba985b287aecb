package io.govreport.bench.synth;

import java.util.Map;

/** Fills {@code {name}} placeholders; an unknown name is a mistake in a resource file, so it fails loudly. */
final class Placeholders {
    private Placeholders() {
    }

    static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                out.append(template, at, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            String name = template.substring(open + 1, close);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + name + "} in: " + template);
            }
            out.append(template, at, open).append(value);
            at = close + 1;
        }
        return out.toString();
    }
}
