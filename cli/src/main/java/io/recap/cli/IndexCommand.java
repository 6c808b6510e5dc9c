package io.recap.cli;

import io.recap.index.ArchiveIndexer;
import io.recap.index.FileProblem;
import io.recap.index.IndexRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code recap index PATH…}: (re)indexes the reports under the paths. */
@Command(name = "index", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Index the reports under PATH (files, or directories walked for *.md).",
            "Incremental: unchanged reports are skipped, changed ones replaced, vanished ones removed."})
final class IndexCommand implements Callable<Integer> {

    enum Format { text, json }

    private final Environment env;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or directories.")
    List<Path> paths;

    @Option(names = "--index", paramLabel = "DIR", description = "The index directory.")
    Path index;

    @Option(names = "--full", description = "Rebuild the index from scratch.")
    boolean full;

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    IndexCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        Path dir = IndexLocation.resolve(index, env.env);
        for (Path p : paths) {
            if (!java.nio.file.Files.exists(p)) {
                throw new UserException("no such file or directory: " + p, ExitCode.FAILURE);
            }
        }
        IndexRun run = ArchiveIndexer.builder(dir).full(full).build().index(paths);
        if (format == Format.json) {
            JsonMapper mapper = JsonMapper.builder().build();
            ObjectNode o = mapper.createObjectNode();
            o.put("indexed", run.indexed());
            o.put("unchanged", run.unchanged());
            o.put("removed", run.removed());
            o.put("failed", run.failed());
            o.put("reports", run.reports());
            o.put("sessions", run.sessions());
            o.put("seconds", Math.round(run.seconds() * 1000) / 1000.0);
            ArrayNode errors = o.putArray("errors");
            for (FileProblem p : run.problems()) {
                ObjectNode e = errors.addObject();
                e.put("path", p.path());
                e.put("line", p.line());
                e.put("message", p.message());
            }
            env.out.println(mapper.writeValueAsString(o));
        } else {
            for (FileProblem p : run.problems()) {
                env.err.println(p.path() + ":" + p.line() + ":0: error: " + p.message());
            }
            long withErrors = run.problems().stream().map(FileProblem::path).distinct().count();
            env.out.printf(Locale.ROOT, "indexed %,d reports (%,d sessions in the index), %,d unchanged, %,d removed,"
                            + " %,d with errors in %.1f s%n", run.indexed(), run.sessions(), run.unchanged(),
                    run.removed(), withErrors, run.seconds());
        }
        env.out.flush();
        return run.failed() > 0 ? ExitCode.FAILURE : ExitCode.OK;
    }
}
