package io.recap.web.internal;

import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;

/** Compact JSON text of plain values (maps, lists, strings, numbers, booleans, null), as UTF-8 bytes. */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    /** The value as UTF-8 JSON. */
    public static byte[] bytes(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    /** The value as JSON text. */
    public static String text(Object value) {
        return new String(bytes(value), StandardCharsets.UTF_8);
    }
}
