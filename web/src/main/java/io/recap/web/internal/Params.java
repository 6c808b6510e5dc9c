package io.recap.web.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parameters of one request's query string ({@code ?q=tu+duy&service=ecr&service=eks}), checked against the
 * names an endpoint takes. Every problem is an {@link HttpError} 400 that names the parameter.
 */
public final class Params {

    private final String endpoint;
    private final Map<String, List<String>> values;

    private Params(String endpoint, Map<String, List<String>> values) {
        this.endpoint = endpoint;
        this.values = values;
    }

    /**
     * Parses {@code rawQuery} (still percent-encoded, or {@code null}) for {@code endpoint}, which takes the
     * parameters {@code allowed}; {@code repeatable} may be given more than once.
     */
    public static Params parse(String endpoint, String rawQuery, Set<String> allowed, Set<String> repeatable)
            throws HttpError {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq), null);
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1), name);
                if (!allowed.contains(name)) {
                    throw HttpError.badParameter(name, "unknown parameter '" + name + "'; " + endpoint + " takes "
                            + String.join(", ", new TreeSet<>(allowed)));
                }
                List<String> list = values.computeIfAbsent(name, n -> new ArrayList<>());
                if (!list.isEmpty() && !repeatable.contains(name)) {
                    throw HttpError.badParameter(name, name + " is given more than once");
                }
                list.add(value);
            }
        }
        return new Params(endpoint, values);
    }

    private static String decode(String text, String name) throws HttpError {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            String which = name == null ? "a parameter name" : name;
            throw HttpError.badParameter(name, which + " is not valid percent-encoding");
        }
    }

    /** The endpoint these parameters were given to ({@code /api/search}). */
    public String endpoint() {
        return endpoint;
    }

    /** The value of {@code name}, stripped, or {@code null} when absent or blank. */
    public String text(String name) {
        List<String> list = values.get(name);
        if (list == null) {
            return null;
        }
        String v = list.get(0).strip();
        return v.isEmpty() ? null : v;
    }

    /** The non-blank values of a repeatable parameter, in order. */
    public List<String> all(String name) {
        List<String> out = new ArrayList<>();
        for (String v : values.getOrDefault(name, List.of())) {
            if (!v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }

    /** A whole number from {@code min} to {@code max}, or {@code fallback} when absent. */
    public int integer(String name, int fallback, int min, int max) throws HttpError {
        String v = text(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw HttpError.badParameter(name, String.format(java.util.Locale.ROOT,
                "%s takes a whole number from %,d to %,d, not '%s'", name, min, max, v));
    }

    /** A day written {@code YYYY-MM-DD}, or {@code null} when absent. */
    public LocalDate date(String name) throws HttpError {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw HttpError.badParameter(name, name + " takes a day written YYYY-MM-DD, such as 2025-03-15, not '"
                    + v + "'");
        }
    }

    /**
     * A switch, as a command line option without a value: {@code true} when given bare ({@code ?name}), empty,
     * {@code true} or {@code 1}; {@code false} when absent, {@code false} or {@code 0}.
     */
    public boolean flag(String name) throws HttpError {
        List<String> list = values.get(name);
        if (list == null) {
            return false;
        }
        String v = list.get(0).strip().toLowerCase(java.util.Locale.ROOT);
        switch (v) {
            case "", "true", "1":
                return true;
            case "false", "0":
                return false;
            default:
                throw HttpError.badParameter(name, name + " takes true or false, not '" + list.get(0) + "'");
        }
    }

    /** One of {@code choices} (in lower case), or {@code null} when absent. */
    public String choice(String name, List<String> choices) throws HttpError {
        String v = text(name);
        if (v == null) {
            return null;
        }
        String lower = v.toLowerCase(java.util.Locale.ROOT);
        if (!choices.contains(lower)) {
            throw HttpError.badParameter(name, name + " takes " + String.join(", ", choices) + ", not '" + v + "'");
        }
        return lower;
    }
}
