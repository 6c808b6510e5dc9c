package io.recap.web;

import com.sun.net.httpserver.HttpServer;
import io.recap.index.ReportIndex;
import io.recap.index.SearchRequest;
import io.recap.parser.ServiceCatalog;
import io.recap.web.internal.Api;
import io.recap.web.internal.Freshness;
import io.recap.web.internal.Json;
import io.recap.web.internal.Page;
import io.recap.web.internal.Router;
import io.recap.web.internal.ServedIndex;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A local web page over a recap index, and its JSON API ({@code recap serve}): a search box with results as you
 * type, facets, highlighted snippets, paging, a date range and a view of each event, at {@link #url()}. It holds
 * the index open and, before every API request, moves to the index's latest commit, so a page reload shows what a
 * {@code recap index} run added meanwhile.
 *
 * <pre>{@code
 * try (ReportIndex index = ReportIndex.open(Path.of("index"));
 *      WebServer server = WebServer.builder(index).port(0).start()) {
 *     System.out.println(server.url());   // http://127.0.0.1:41873/
 *     Thread.currentThread().join();
 * }
 * }</pre>
 *
 * <p><b>The HTTP server</b> is the JDK's own ({@code com.sun.net.httpserver}, module {@code jdk.httpserver}): in
 * every Java 17+ runtime, it adds no dependency (and nothing to the downloads but a 100 KB JDK module), starts in
 * milliseconds and serves the few static files and JSON documents a page on one person's machine needs, from a
 * small pool of threads. The libraries that would do more (Jetty, Undertow, Javalin, Helidon) bring megabytes,
 * their own release cycles and features this page does not use — TLS, HTTP/2, servlets, routing DSLs; a
 * framework with annotations or a container is out of the question for a tool that starts per command.
 *
 * <p><b>Security</b>: report text is untrusted. The page builds its content with text nodes only, so a title
 * such as {@code <img src=x onerror=alert(1)>} shows as that text; every response carries a
 * Content-Security-Policy that allows only the page's own script and style sheet (no inline script); the source
 * link serves only files that are in the index; the server listens on 127.0.0.1 unless told otherwise and then
 * answers only requests addressed to {@code localhost}/{@code 127.0.0.1} (which stops a web site that rebinds its
 * name to this machine). Errors are JSON ({@code {status, error, parameter}}) and never carry a stack trace.
 *
 * <p><b>Threads and resources</b>: the server answers from its own threads and reads the index, which must stay
 * open while it runs; {@link #close()} stops it (not the index).
 */
public final class WebServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads;
    private final URI url;
    private final boolean loopback;

    private WebServer(HttpServer server, ExecutorService threads, boolean loopback) {
        this.server = server;
        this.threads = threads;
        this.loopback = loopback;
        InetSocketAddress a = server.getAddress();
        InetAddress ip = a.getAddress();
        String host = ip.isAnyLocalAddress() ? "127.0.0.1"
                : ip instanceof Inet6Address ? "[" + ip.getHostAddress() + "]" : ip.getHostAddress();
        this.url = URI.create("http://" + host + ":" + a.getPort() + "/");
    }

    /**
     * A builder for a server over {@code index}: on 127.0.0.1, port 8080, the built-in service catalog.
     *
     * @param index the index to serve; it stays open (and owned by the caller) while the server runs
     * @return a new builder
     */
    public static Builder builder(ReportIndex index) {
        return new Builder(index);
    }

    /**
     * Where the page is: {@code http://127.0.0.1:PORT/} (on a server listening on every interface, the loopback
     * address, which also works).
     *
     * @return the page's address
     */
    public URI url() {
        return url;
    }

    /**
     * The address and port the server listens on (the port chosen when the builder asked for 0).
     *
     * @return the socket address
     */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /**
     * Whether the server listens only on a loopback address, out of reach of other machines.
     *
     * @return whether it is reachable from this machine only
     */
    public boolean loopbackOnly() {
        return loopback;
    }

    /** Stops answering (requests being answered get a second to finish); the index stays open. */
    @Override
    public void close() {
        server.stop(1);
        threads.shutdown();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The JDK server's switch for TCP_NODELAY on its connections. */
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    /** Builds and starts a {@link WebServer}; not thread-safe. */
    public static final class Builder {
        private final ReportIndex index;
        private InetAddress bind = InetAddress.getLoopbackAddress();
        private int port = 8080;
        private ServiceCatalog catalog = ServiceCatalog.builtIn();
        private int threads = 4;
        private Consumer<String> log = System.err::println;

        private Builder(ReportIndex index) {
            this.index = Objects.requireNonNull(index, "index");
        }

        /**
         * The address to listen on (default: the loopback address, 127.0.0.1). Any other address makes the
         * reports readable by whoever can reach it; the server then answers any host name.
         *
         * @param value the address, such as {@code InetAddress.getByName("0.0.0.0")}
         * @return this builder
         */
        public Builder bind(InetAddress value) {
            this.bind = Objects.requireNonNull(value, "bind");
            return this;
        }

        /**
         * The port (default 8080); 0 picks a free one ({@link WebServer#url()} tells which).
         *
         * @param value a port from 0 to 65535
         * @return this builder
         */
        public Builder port(int value) {
            if (value < 0 || value > 65_535) {
                throw new IllegalArgumentException("a port is from 0 to 65535, not " + value);
            }
            this.port = value;
            return this;
        }

        /**
         * The catalog that resolves the service names of requests (use the one the index was built with).
         *
         * @param value the catalog
         * @return this builder
         */
        public Builder catalog(ServiceCatalog value) {
            this.catalog = Objects.requireNonNull(value, "catalog");
            return this;
        }

        /**
         * How many requests are answered at the same time (default 4).
         *
         * @param value at least 1
         * @return this builder
         */
        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            this.threads = value;
            return this;
        }

        /**
         * Where the server says what happened: a new commit opened, an unexpected error with its stack trace
         * (default: standard error).
         *
         * @param value receives one message at a time
         * @return this builder
         */
        public Builder log(Consumer<String> value) {
            this.log = Objects.requireNonNull(value, "log");
            return this;
        }

        /**
         * Starts the server.
         *
         * @return the running server; close it
         * @throws IOException when the address cannot be bound (the port is taken, say)
         */
        public WebServer start() throws IOException {
            boolean loopback = bind.isLoopbackAddress();
            ServedIndex served = new ServedIndex(index);
            Router router = new Router(new Api(served, catalog), new Page(),
                    new Freshness(served::refresh, served.folder(), log), loopback, log);
            // The JDK's server writes a response's headers and its body apart; with Nagle's algorithm on, the body
            // then waits for the client's delayed ACK (40 ms on Linux) before it leaves. Off unless set otherwise;
            // the property is read once, when the JDK's server classes load.
            if (System.getProperty(NO_DELAY) == null) {
                System.setProperty(NO_DELAY, "true");
            }
            HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 64);
            server.createContext("/", router);
            ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
            server.setExecutor(pool);
            server.start();
            warmUp(served);
            return new WebServer(server, pool, loopback);
        }

        /**
         * Asks the index one search and the statistics the page asks first, and writes their JSON, in the
         * background: the classes of a search and of the JSON writer load now rather than during the first
         * request (which then takes milliseconds, not a few hundred).
         */
        private static void warmUp(ServedIndex index) {
            Thread t = new Thread(() -> {
                try {
                    Json.bytes(ResultJson.stats(index.stats()));
                    Json.bytes(ResultJson.search(index.search(SearchRequest.builder().facets(true).exactTotal(true)
                            .build()), true));
                } catch (IOException | RuntimeException e) {
                    // the first request will say what is wrong
                }
            }, "recap-web-warm-up");
            t.setDaemon(true);
            t.start();
        }

        private static ThreadFactory daemonThreads() {
            AtomicInteger n = new AtomicInteger();
            return r -> {
                Thread t = new Thread(r, "recap-web-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
        }
    }
}
