package io.recap.cli;

import io.recap.index.IndexHealth;
import io.recap.index.ReportIndex;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code recap doctor}: checks the index's files with Lucene's CheckIndex and says how to repair them. */
@Command(name = "doctor", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Check the index: every file of every segment is read and verified (checksums, terms, "
                + "stored fields, doc values) with Lucene's CheckIndex, and the schema version is compared with "
                + "this recap's. Changes nothing.",
            "Prints where the index is, whether it is healthy, its segments and documents, and each problem found; "
                    + "with --verbose also Lucene's own report. With --format json: {location, healthy, segments, "
                    + "documents, problems, seconds}.",
            "Exits with 0 when the index is healthy and 3 when it is damaged (or missing, locked, incompatible); a "
                    + "damaged index is rebuilt with 'recap index --full --index DIR PATH…'."})
final class DoctorCommand implements Callable<Integer> {

    private final Environment env;

    @Mixin
    GlobalOptions global;

    @Mixin
    IndexOption indexOption;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json. Default: ${DEFAULT-VALUE}.")
    TextOrJson format;

    DoctorCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        IndexHealth health = ReportIndex.check(indexOption.resolve(env));
        Output output = new Output(env, global);
        if (format == TextOrJson.json) {
            output.out.println(Json.pretty(json(health)));
        } else {
            output.out.print(text(health, output.style));
            if (output.verbose) {
                output.out.println();
                output.out.print(health.details());
            }
        }
        output.out.flush();
        if (!health.healthy()) {
            output.err.println("recap: error: the index at " + health.location() + " is damaged; "
                    + Repair.command(health.location(), null));
            output.err.flush();
            return ExitCode.INDEX;
        }
        return ExitCode.OK;
    }

    /** One fact per line, labels aligned; a line per problem. */
    static String text(IndexHealth h, Style style) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "index      %s%n", h.location()));
        sb.append(String.format(Locale.ROOT, "status     %s%n", h.healthy() ? style.green("healthy")
                : style.red("damaged")));
        sb.append(String.format(Locale.ROOT, "segments   %,d%n", h.segments()));
        sb.append(String.format(Locale.ROOT, "documents  %,d%n", h.documents()));
        for (String p : h.problems()) {
            sb.append(String.format(Locale.ROOT, "problem    %s%n", p));
        }
        sb.append(String.format(Locale.ROOT, "checked in %.1f s%n", h.seconds()));
        return sb.toString();
    }

    /** The documented JSON form. */
    static Map<String, Object> json(IndexHealth h) {
        return Listing.object("location", h.location().toString(), "healthy", h.healthy(), "segments", h.segments(),
                "documents", h.documents(), "problems", h.problems(),
                "seconds", Math.round(h.seconds() * 1000) / 1000.0);
    }
}
