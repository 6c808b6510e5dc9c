package io.recap.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The metadata block at the top of a Hugo page.
 *
 * @param format     the syntax it was written in
 * @param values     every key as written, in order; values are {@code String}, {@code Number},
 *                   {@code Boolean}, {@code List} or {@code Map} (deeply unmodifiable); an empty value is ""
 * @param title      the {@code title} key, or {@code null}
 * @param date       the {@code date} key as written, or {@code null}
 * @param weight     the {@code weight} key as a number, or {@code null}
 * @param draft      the {@code draft} key, or {@code null}
 * @param tags       the {@code tags} key
 * @param categories the {@code categories} key
 * @param lang       the {@code lang} or {@code languageCode} key, or {@code null}
 * @param lines      the lines of the block, delimiters included
 */
public record FrontMatter(
        Format format,
        Map<String, Object> values,
        String title,
        String date,
        Integer weight,
        Boolean draft,
        List<String> tags,
        List<String> categories,
        String lang,
        LineRange lines) {

    /** The syntax of a front-matter block. */
    public enum Format {
        /** Between {@code ---} lines. */
        YAML,
        /** Between {@code +++} lines. */
        TOML,
        /** A JSON object starting with <code>{</code>. */
        JSON
    }

    /** Validates the fields and copies the collections deeply. */
    public FrontMatter {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(lines, "lines");
        values = copyMap(values);
        tags = List.copyOf(tags);
        categories = List.copyOf(categories);
    }

    private static Map<String, Object> copyMap(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), copyValue(v)));
        return Collections.unmodifiableMap(copy);
    }

    private static Object copyValue(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Map<?, ?> m) {
            return copyMap(m);
        }
        if (v instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            l.forEach(e -> copy.add(copyValue(e)));
            return Collections.unmodifiableList(copy);
        }
        if (v instanceof String || v instanceof Number || v instanceof Boolean) {
            return v;
        }
        return v.toString();
    }
}
