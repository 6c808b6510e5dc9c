package io.recap.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The page itself: {@code index.html}, {@code app.js}, {@code app.css} and {@code favicon.svg}, shipped in the jar
 * (no CDN, no build step) and read once when the server starts. {@code /} with any query string is the page: the
 * script reads its state from the URL. The files are served with an ETag, so a reload asks only whether they
 * changed.
 */
public final class Page {

    /**
     * What the page may load and run: only its own script and style sheet (no inline script, no inline style, no
     * other origin), JSON from its own server, nothing in frames.
     */
    public static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final String FOLDER = "/io/recap/web/page/";

    private record Asset(String contentType, byte[] body, String etag) {
    }

    private final Map<String, Asset> assets = new LinkedHashMap<>();

    /** Reads the page's files from the class path. */
    public Page() {
        add("/", "index.html", "text/html; charset=utf-8");
        add("/app.js", "app.js", "text/javascript; charset=utf-8");
        add("/app.css", "app.css", "text/css; charset=utf-8");
        add("/favicon.svg", "favicon.svg", "image/svg+xml");
    }

    private void add(String path, String file, String contentType) {
        try (InputStream in = Page.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no " + FOLDER + file);
            }
            byte[] body = in.readAllBytes();
            String etag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12)
                    + "\"";
            assets.put(path, new Asset(contentType, body, etag));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The file at {@code path}, or 304 when {@code ifNoneMatch} is its ETag. */
    public Response handle(String path, String ifNoneMatch) throws HttpError {
        Asset a = assets.get(path.equals("/index.html") ? "/" : path);
        if (a == null) {
            throw HttpError.notFound("nothing at " + path + "; the page is at /");
        }
        Map<String, String> headers = Map.of("ETag", a.etag(), "Cache-Control", "no-cache");
        if (a.etag().equals(ifNoneMatch)) {
            return new Response(304, a.contentType(), new byte[0], headers);
        }
        return new Response(200, a.contentType(), a.body(), headers);
    }
}
