package io.recap.web.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the server answers to one request: a status, a content type, a body and extra headers. The security
 * headers every response carries are added by {@link Router}.
 *
 * @param status      the HTTP status
 * @param contentType the body's media type, with its charset
 * @param body        the body
 * @param headers     more headers (name → value)
 */
public record Response(int status, String contentType, byte[] body, Map<String, String> headers) {

    /** The media type of JSON. */
    public static final String JSON = "application/json; charset=utf-8";

    /** Copies the headers. */
    public Response {
        headers = Map.copyOf(headers);
    }

    /** 200 with a JSON document of plain values. */
    public static Response json(Object value) {
        return new Response(200, JSON, Json.bytes(value), Map.of());
    }

    /** 200 with JSON text already written. */
    public static Response jsonText(String json) {
        return new Response(200, JSON, json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** The error's status with {@code {status, error, parameter}}. */
    public static Response error(HttpError e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", e.status());
        body.put("error", e.getMessage());
        body.put("parameter", e.parameter());
        Map<String, String> headers = e.status() == 405 ? Map.of("Allow", "GET, HEAD") : Map.of();
        return new Response(e.status(), JSON, Json.bytes(body), headers);
    }

    /** 500 without any detail: what went wrong goes to the server's log, not to the browser. */
    public static Response internalError() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 500);
        body.put("error", "internal error; the server's log says more");
        body.put("parameter", null);
        return new Response(500, JSON, Json.bytes(body), Map.of());
    }

    /** The same response with one more header. */
    public Response with(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Response(status, contentType, body, h);
    }
}
