package io.recap.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one bench command: {@code --name value} options, {@code --flag} switches and positional
 * arguments. Unknown options are refused so that a typo never silently measures the wrong thing.
 */
final class Args {

    private final Map<String, String> options = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    /**
     * Parses {@code args}; {@code valued} names the options that take a value, {@code flags} the switches.
     *
     * @throws UsageException for an unknown option or a missing value
     */
    Args(List<String> args, Set<String> valued, Set<String> flags) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (flags.contains(name) && value == null) {
                    options.put(name, "true");
                } else if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException("--" + name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    options.put(name, value);
                } else {
                    throw new UsageException("unknown option --" + name);
                }
            } else {
                positional.add(a);
            }
        }
    }

    /** An option's value, or {@code fallback}. */
    String get(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    /** An integer option (underscores and commas allowed: {@code 10_000}). */
    int integer(String name, int fallback) {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not '" + v + "'");
        }
    }

    /** A long option. */
    long longValue(String name, long fallback) {
        String v = options.get(name);
        try {
            return v == null ? fallback : Long.parseLong(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not '" + v + "'");
        }
    }

    /** A decimal option. */
    double decimal(String name, double fallback) {
        String v = options.get(name);
        try {
            return v == null ? fallback : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, not '" + v + "'");
        }
    }

    /** Whether a switch is on. */
    boolean flag(String name) {
        return options.containsKey(name);
    }

    /** The positional arguments. */
    List<String> positional() {
        return positional;
    }

    /** The only positional argument. */
    String single(String what) {
        if (positional.size() != 1) {
            throw new UsageException("expected one " + what);
        }
        return positional.get(0);
    }
}
