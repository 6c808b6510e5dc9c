package io.recap.cli;

import io.recap.index.IndexStats;
import io.recap.index.ReportSearcher;
import io.recap.parser.ServiceCatalog;
import io.recap.web.ResultJson;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code recap stats}: what the index holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print what the index holds: where it is, its reports and how many of them are section "
                + "index pages (lists of events, which searches leave out), the sessions of the other reports "
                + "(the events: what 'recap search' looks in), the distinct services those events mention (what "
                + "'recap services' lists), the schema version it was written with and the time of its last commit.",
            "With --format json: {location, reports, indexPages, sessions, services, schemaVersion, lastCommit}."})
final class StatsCommand implements Callable<Integer> {

    private final Environment env;

    @Mixin
    GlobalOptions global;

    @Mixin
    IndexOption indexOption;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json. Default: ${DEFAULT-VALUE}.")
    TextOrJson format;

    StatsCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        IndexStats stats;
        try (ReportSearcher idx = indexOption.open(env, ServiceCatalog.builtIn())) {
            stats = idx.stats();
        }
        Output output = new Output(env, global);
        output.out.print(format == TextOrJson.json ? Json.pretty(json(stats)) + "\n" : text(stats));
        output.out.flush();
        return ExitCode.OK;
    }

    /** One fact per line, labels aligned. */
    static String text(IndexStats s) {
        return String.format(Locale.ROOT, """
                index           %s
                reports         %,d
                index pages     %,d
                sessions        %,d
                services        %,d
                schema version  %d
                last commit     %s
                """, s.location(), s.reports(), s.indexPages(), s.sessions(), s.services(), s.schemaVersion(),
                s.lastCommit() == null ? "unknown" : s.lastCommit().toString());
    }

    /** The documented JSON form ({@link ResultJson#stats}, as the web API's {@code /api/stats}). */
    static Map<String, Object> json(IndexStats s) {
        return ResultJson.stats(s);
    }
}
