package io.recap.cli;

import io.recap.index.IndexStats;
import io.recap.index.ReportIndex;
import io.recap.parser.ServiceCatalog;
import io.recap.web.WebServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code recap serve}: the web page over the index, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Serve a web page to browse and search the index: results as you type, facets by service, "
                + "year and language, a date range, highlighted snippets and a view of each event. Prints the "
                + "page's address on stdout and serves until stopped (Ctrl-C).",
            "The page reads the JSON API under /api/ (search, events, services, event/ID, stats, source), whose "
                    + "documents are those of --format json. A `recap index` run while it serves shows on the "
                    + "next reload.",
            "It listens on 127.0.0.1, out of reach of other machines, unless --bind says otherwise."})
final class ServeCommand implements Callable<Integer> {

    private final Environment env;

    @Mixin
    GlobalOptions global;

    @Mixin
    IndexOption indexOption;

    @Mixin
    CatalogOption catalogOption;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N",
            description = "The port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDR",
            description = "The address to listen on. Default: ${DEFAULT-VALUE} (this machine only); 0.0.0.0 makes "
                    + "every indexed report readable by whoever can reach this machine.")
    String bind;

    @Option(names = "--open", description = "Open the page in the default browser.")
    boolean open;

    ServeCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            throw new UserException("--port takes a port from 0 to 65535 (0: a free one), not " + port,
                    ExitCode.USAGE);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new UserException("--bind takes an address of this machine (127.0.0.1, 0.0.0.0, ::1…), not '"
                    + bind + "'", ExitCode.USAGE);
        }
        ServiceCatalog catalog = catalogOption.catalog();
        Path location = indexOption.resolve(env);
        Output output = new Output(env, global);
        ReportIndex index = ReportIndex.open(location, catalog);
        WebServer server;
        try {
            server = WebServer.builder(index).bind(address).port(port).catalog(catalog).log(line -> {
                env.err.println(line);
                env.err.flush();
            }).start();
        } catch (IOException e) {
            index.close();
            String reason = e instanceof BindException ? "the port is taken, or the address is not this machine's"
                    : String.valueOf(e.getMessage());
            throw new UserException("cannot listen on " + bind + " port " + port + " (" + reason + "); choose "
                    + "another with --port N, or --port 0 for a free one", ExitCode.FAILURE);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                index.close();
            } catch (IOException e) {
                // stopping anyway
            }
            stopped.countDown();
        }, "recap-serve-stop"));

        URI url = server.url();
        env.out.println(url);
        env.out.flush();
        IndexStats stats = index.stats();
        output.summary(String.format(Locale.ROOT, "recap: serving %,d reports (%,d sessions) of %s at %s; Ctrl-C "
                + "stops it", stats.reports(), stats.sessions(), location, url));
        if (!server.loopbackOnly()) {
            env.err.println("recap: warning: listening on " + bind + " port " + server.address().getPort()
                    + ", not only on this machine: whoever can reach it can read every indexed report");
            env.err.flush();
        }
        if (open) {
            openInBrowser(url, output);
        }
        stopped.await();
        return ExitCode.OK;
    }

    /** Asks the desktop to open {@code url}: xdg-open, open (macOS) or the Windows shell. */
    private static void openInBrowser(URI url, Output output) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", url.toString())
                : os.contains("mac") ? List.of("open", url.toString()) : List.of("xdg-open", url.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            output.summary("recap: cannot open a browser (" + command.get(0) + ": " + e.getMessage()
                    + "); open " + url + " yourself");
        }
    }
}
