package io.recap.cli;

import io.recap.index.ArchiveIndexer;
import io.recap.index.FileProblem;
import io.recap.index.IndexException;
import io.recap.index.IndexRun;
import io.recap.index.ProgressListener;
import io.recap.model.Severity;
import io.recap.parser.ReportParser;
import io.recap.solr.SolrArchiveIndexer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code recap index PATH…}: (re)indexes the reports under the paths, in one commit. */
@Command(name = "index", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Index the reports under PATH: Markdown files, directories (walked for *.md) and .zip "
                + "archives (read in place).",
            "Incremental: unchanged reports are skipped, changed ones replaced, vanished ones removed; all are "
                    + "read again when the index was built with another --catalog or recap version; --full "
                    + "rebuilds. One commit at the end: searches meanwhile see the old index, never half of it.",
            "With --solr URL --collection NAME, pushes the reports into a SolrCloud collection instead (the same "
                    + "way: incremental, one commit), creating it with --shards and --replicas when it does not "
                    + "exist; requests that fail while a node is down are retried with back-off for a minute.",
            "Shows a progress bar on a terminal; prints a summary line, or with --format json "
                    + "{indexed, unchanged, removed, failed, reports, sessions, seconds, errors}. Files that "
                    + "cannot be indexed are listed on stderr and make the exit code 4; the others are indexed."})
final class IndexCommand implements Callable<Integer> {

    private final Environment env;

    @Mixin
    GlobalOptions global;

    @Mixin
    IndexOption indexOption;

    @Mixin
    CatalogOption catalogOption;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files, directories or .zip archives.")
    List<Path> paths;

    @Option(names = "--full", description = "Rebuild the index from PATH alone (and compact it).")
    boolean full;

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Parsing threads. Default: the number of processors.")
    Integer threads;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json. Default: ${DEFAULT-VALUE}.")
    TextOrJson format;

    @Option(names = "--shards", paramLabel = "N",
            description = "With --solr: the shards of the collection, when this run creates it. Default: 1.")
    Integer shards;

    @Option(names = "--replicas", paramLabel = "N",
            description = "With --solr: the replicas of each shard, when this run creates the collection. "
                    + "Default: 1.")
    Integer replicas;

    IndexCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        if (threads != null && threads < 1) {
            throw new UserException("--threads must be at least 1", ExitCode.USAGE);
        }
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UserException("no such file or directory: " + p
                        + "; give a report file, a folder or a .zip archive", ExitCode.FAILURE);
            }
        }
        boolean solr = indexOption.isSolr();
        if (!solr && (shards != null || replicas != null)) {
            throw new UserException("--shards and --replicas go with --solr URL", ExitCode.USAGE);
        }
        if (shards != null && shards < 1 || replicas != null && replicas < 1) {
            throw new UserException("--shards and --replicas must be at least 1", ExitCode.USAGE);
        }
        ReportParser parser = ReportParser.builder().catalog(catalogOption.catalog()).build();
        Output output = new Output(env, global);
        Progress progress = output.progress("scanning", -1);
        IndexRun run;
        try {
            run = solr ? push(parser, output.showsProgress() ? new IndexProgressBar(progress) : null)
                    : index(parser, output.showsProgress() ? new IndexProgressBar(progress) : null);
        } catch (IndexException e) {
            progress.abandon();
            // a local index: the repair command with this run's paths (a collection's message says what to do)
            if (e.location() != null && (e.reason() == IndexException.Reason.DAMAGED
                    || e.reason() == IndexException.Reason.INCOMPATIBLE)) {
                throw new UserException(Repair.concrete(e.getMessage(), e.location(), paths), ExitCode.INDEX);
            }
            throw e;
        } catch (IOException | RuntimeException e) {
            progress.abandon();
            throw e;
        }
        progress.close();
        if (format == TextOrJson.json) {
            output.out.println(Json.pretty(json(run)));
        } else {
            for (FileProblem p : run.problems()) {
                output.err.println(p.path() + ":" + p.line() + ":0: "
                        + output.errStyle.severity(p.severity().label()) + ": " + p.message());
            }
            if (!output.quiet) {
                output.out.println(summary(run));
            }
        }
        output.out.flush();
        return run.failed() > 0 ? ExitCode.FAILURE : ExitCode.OK;
    }

    private IndexRun index(ReportParser parser, ProgressListener progress) throws IOException {
        ArchiveIndexer.Builder indexer = ArchiveIndexer.builder(indexOption.resolve(env)).full(full).parser(parser);
        if (threads != null) {
            indexer.threads(threads);
        }
        if (progress != null) {
            indexer.progress(progress);
        }
        return indexer.build().index(paths);
    }

    /** The run into a SolrCloud collection ({@code --solr}). */
    private IndexRun push(ReportParser parser, ProgressListener progress) throws IOException, UserException {
        SolrArchiveIndexer.Builder indexer = SolrArchiveIndexer.builder(indexOption.target()).full(full)
                .parser(parser).shards(shards == null ? 1 : shards).replicas(replicas == null ? 1 : replicas);
        if (threads != null) {
            indexer.threads(threads);
        }
        if (progress != null) {
            indexer.progress(progress);
        }
        return indexer.build().index(paths);
    }

    /**
     * {@code indexed 6 reports, 0 unchanged, 0 removed, 0 with errors in 0.5 s; the index holds 6 reports and 24
     * sessions}: what the run did, then what the index holds after it.
     */
    static String summary(IndexRun run) {
        long withErrors = run.problems().stream().filter(p -> p.severity() == Severity.ERROR)
                .map(FileProblem::path).distinct().count();
        return String.format(Locale.ROOT, "indexed %s, %,d unchanged, %,d removed, %,d with errors in %.1f s; "
                        + "the index holds %s and %s", count(run.indexed(), "report"), run.unchanged(),
                run.removed(), withErrors, run.seconds(), count(run.reports(), "report"),
                count(run.sessions(), "session"));
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    /** The documented JSON form of a run. */
    static Map<String, Object> json(IndexRun run) {
        List<Object> errors = new ArrayList<>();
        for (FileProblem p : run.problems()) {
            errors.add(Listing.object("path", p.path(), "line", p.line(), "message", p.message()));
        }
        return Listing.object("indexed", run.indexed(), "unchanged", run.unchanged(), "removed", run.removed(),
                "failed", run.failed(), "reports", run.reports(), "sessions", run.sessions(),
                "seconds", Math.round(run.seconds() * 1000) / 1000.0, "errors", errors);
    }
}
