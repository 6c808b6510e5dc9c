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
 * <p>{@link #values()} holds plain Java values in the forms a JSON reader gives back, so that a front matter
 * survives {@code io.recap.parser.ReportJson} unchanged: text as {@code String}; whole numbers as
 * {@code Integer}, {@code Long} or {@code BigInteger} (the smallest that holds the number); other numbers as a
 * finite {@code Double}; {@code Boolean}; {@code List} and {@code Map} (with {@code String} keys), deeply
 * unmodifiable. The constructor brings any value to these forms: an absent ({@code null}) value becomes "", a
 * number JSON cannot write (NaN, an infinity, a decimal beyond the range of a {@code double}) and any other
 * object (a date, say) become their text.
 *
 * @param format     the syntax it was written in
 * @param values     every key as written, in order, with values in the forms above
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

    /**
     * Validates the fields, copies the collections deeply and brings the values to the forms above.
     *
     * @param format     the syntax it was written in
     * @param values     every key as written, in order
     * @param title      the {@code title} key, or {@code null}
     * @param date       the {@code date} key as written, or {@code null}
     * @param weight     the {@code weight} key as a number, or {@code null}
     * @param draft      the {@code draft} key, or {@code null}
     * @param tags       the {@code tags} key
     * @param categories the {@code categories} key
     * @param lang       the {@code lang} or {@code languageCode} key, or {@code null}
     * @param lines      the lines of the block, delimiters included
     */
    public FrontMatter {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(lines, "lines");
        values = copyMap(values);
        title = Values.optional(title);
        date = Values.optional(date);
        lang = Values.optional(lang);
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
        if (v instanceof Number n) {
            return Values.number(n);
        }
        if (v instanceof String || v instanceof Boolean) {
            return v;
        }
        return v.toString();
    }
}
