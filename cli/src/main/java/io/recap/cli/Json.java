package io.recap.cli;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON text of plain values (maps, lists, strings, numbers, booleans, null). Jackson is loaded only when a
 * command prints JSON, not on the start-up path of a table.
 */
final class Json {

    private Json() {
    }

    /** Indented, as {@code --format json} prints. */
    static String pretty(Object value) {
        return Mapper.INSTANCE.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }

    /** On one line, as {@code --format ndjson} prints. */
    static String line(Object value) {
        return Mapper.INSTANCE.writeValueAsString(value);
    }

    /** Parses JSON text. */
    static JsonNode read(String text) {
        return Mapper.INSTANCE.readTree(text);
    }

    /** Holder idiom: the mapper (immutable, thread-safe) is built on first use. */
    private static final class Mapper {
        static final JsonMapper INSTANCE = JsonMapper.builder().build();
    }
}
