package io.recap.cli;

import io.recap.index.ReportFiles;
import io.recap.model.Diagnostic;
import io.recap.model.Report;
import io.recap.model.Severity;
import io.recap.parser.ReportJson;
import io.recap.parser.ReportParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code recap parse PATH…}: prints the model of each report as JSON. */
@Command(name = "parse", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Parse reports and print their model.",
            "Directories are walked for *.md files. Diagnostics go to stderr as path:line:col: severity: message."})
final class ParseCommand implements Callable<Integer> {

    enum Format { json, ndjson }

    private final Environment env;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or directories.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "json",
            description = "json (one object for one file, else an array) or ndjson (one object per line). "
                    + "Default: ${DEFAULT-VALUE}.")
    Format format;

    ParseCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        ReportParser parser = ReportParser.builder().build();
        List<Path> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UserException("no such file or directory: " + p, ExitCode.FAILURE);
            }
            files.addAll(ReportFiles.walk(p, problems));
        }
        problems.forEach(p -> env.err.println("recap: " + p));
        boolean single = paths.size() == 1 && Files.isRegularFile(paths.get(0));
        boolean failed = !problems.isEmpty();
        if (format == Format.json && !single) {
            env.out.println("[");
        }
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Report report;
            try {
                report = parser.parse(file);
            } catch (java.io.IOException e) {
                env.err.println(file + ":0:0: error: cannot read: " + e.getMessage());
                failed = true;
                continue;
            }
            for (Diagnostic d : report.diagnostics()) {
                if (d.severity() != Severity.INFO || common.verbose) {
                    env.err.println(d.format(file.toString()));
                }
            }
            if (format == Format.ndjson) {
                env.out.println(ReportJson.write(report));
            } else {
                String json = ReportJson.writePretty(report);
                env.out.print(json);
                env.out.println(single || i == files.size() - 1 ? "" : ",");
            }
        }
        if (format == Format.json && !single) {
            env.out.println("]");
        }
        env.out.flush();
        return failed ? ExitCode.FAILURE : ExitCode.OK;
    }
}
