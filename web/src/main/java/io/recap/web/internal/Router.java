package io.recap.web.internal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every request: GET or HEAD only; when the server listens on loopback, only for the host names of this machine
 * (a web site that rebinds its own name to 127.0.0.1 gets 403, not the reports); {@code /api/…} to the
 * {@link Api} (after bringing the index up to its latest commit), anything else to the {@link Page}. Every
 * response carries a Content-Security-Policy and the other headers that keep a browser from running or framing
 * what it should not; an error is a short JSON document, and an unexpected exception goes to the log with its
 * stack trace while the browser gets only a 500.
 */
public final class Router implements HttpHandler {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private final Api api;
    private final Page page;
    private final Freshness freshness;
    private final boolean loopbackOnly;
    private final Consumer<String> log;

    /**
     * A router.
     *
     * @param loopbackOnly whether to answer only requests addressed to this machine's own names
     */
    public Router(Api api, Page page, Freshness freshness, boolean loopbackOnly, Consumer<String> log) {
        this.api = api;
        this.page = page;
        this.freshness = freshness;
        this.loopbackOnly = loopbackOnly;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            long started = System.nanoTime();
            Response response = answer(exchange);
            double ms = (System.nanoTime() - started) / 1e6;
            send(exchange, response.with("Server-Timing", String.format(Locale.ROOT, "app;dur=%.3f", ms)));
        } finally {
            exchange.close();
        }
    }

    private Response answer(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        try {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                throw HttpError.methodNotAllowed(method);
            }
            if (loopbackOnly && !isLocal(exchange.getRequestHeaders().getFirst("Host"))) {
                throw HttpError.forbidden("this server answers only to localhost and 127.0.0.1");
            }
            if (path == null) {
                throw HttpError.notFound("no such address");
            }
            if (path.startsWith("/api/")) {
                freshness.check();
                return api.handle(path, exchange.getRequestURI().getRawQuery()).with("Cache-Control", "no-store");
            }
            return page.handle(path, exchange.getRequestHeaders().getFirst("If-None-Match"));
        } catch (HttpError e) {
            return Response.error(e);
        } catch (IOException | RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            log.accept("recap: error while answering " + exchange.getRequestMethod() + " " + exchange.getRequestURI()
                    + ":\n" + trace);
            return Response.internalError();
        }
    }

    /** Whether a Host header names this machine: localhost, 127.0.0.1 or [::1], with any port. */
    static boolean isLocal(String host) {
        if (host == null) {
            return false;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon > h.lastIndexOf(']')) {
            h = h.substring(0, colon);
        }
        return LOCAL_HOSTS.contains(h);
    }

    private static void send(HttpExchange exchange, Response r) throws IOException {
        Headers h = exchange.getResponseHeaders();
        h.set("Content-Type", r.contentType());
        h.set("Content-Security-Policy", Page.POLICY);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cross-Origin-Resource-Policy", "same-origin");
        for (Map.Entry<String, String> e : r.headers().entrySet()) {
            h.set(e.getKey(), e.getValue());
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (r.status() == 304 || head) {
            exchange.sendResponseHeaders(r.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(r.body());
        }
    }
}
