package io.recap.cli;

import io.recap.index.FileProblem;
import io.recap.index.ReportFiles;
import io.recap.model.Diagnostic;
import io.recap.model.Report;
import io.recap.model.Severity;
import io.recap.parser.ReportJson;
import io.recap.parser.ReportParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code recap parse PATH…}: prints the model of each report, or with {@code --stats} the parser's coverage. */
@Command(name = "parse", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Parse reports and print their model as JSON, NDJSON or YAML.",
            "Directories are walked for *.md files and .zip archives read, as recap index does. Diagnostics go to "
                    + "stderr as path:line:col: severity: message.",
            "With --stats, print instead how many reports have an event name, a date, sessions, speakers and "
                    + "services, and the diagnostics by code."})
final class ParseCommand implements Callable<Integer> {

    /** Output forms. */
    enum Format { json, ndjson, yaml, table }

    private final Environment env;

    @Mixin
    GlobalOptions global;

    @Mixin
    CatalogOption catalogOption;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files, directories or .zip archives.")
    List<Path> paths;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "json (one object for one file, else an array), ndjson (one object per line) or yaml "
                    + "(one document per report). Default: json; with --stats, table (or json).")
    Format format;

    @Option(names = "--stats", description = "Print the coverage of the reports instead of their models.")
    boolean stats;

    ParseCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        Output output = new Output(env, global);
        ReportParser parser = ReportParser.builder().catalog(catalogOption.catalog()).build();
        try (ReportFiles.Scan scan = InputFiles.of(paths)) {
            boolean failed = false;
            for (FileProblem p : scan.problems()) {
                output.err.println(p.path() + ":0:0: " + output.errStyle.severity(p.severity().label()) + ": "
                        + p.message());
                failed |= p.failed();
            }
            List<ReportFiles.Source> files = scan.files();
            return stats ? stats(output, parser, files, failed) : models(output, parser, files, failed);
        }
    }

    private int models(Output output, ReportParser parser, List<ReportFiles.Source> files, boolean failed)
            throws UserException {
        Format f = format == null ? Format.json : format;
        if (f == Format.table) {
            throw new UserException("--format table goes with --stats; a report's model prints as json, ndjson "
                    + "or yaml", ExitCode.USAGE);
        }
        boolean single = paths.size() == 1 && Files.isRegularFile(paths.get(0))
                && ReportFiles.isMarkdown(paths.get(0));
        boolean array = f == Format.json && !single;
        if (array) {
            output.out.println("[");
        }
        boolean first = true;
        for (ReportFiles.Source file : files) {
            Report report;
            try {
                report = parser.parse(file.path(), file.read());
            } catch (IOException e) {
                output.err.println(file.path() + ":0:0: " + output.errStyle.severity("error") + ": "
                        + e.getMessage());
                failed = true;
                continue;
            }
            for (Diagnostic d : report.diagnostics()) {
                if (d.severity() != Severity.INFO || output.verbose) {
                    output.err.println(file.path() + ":" + d.line() + ":" + d.column() + ": "
                            + output.errStyle.severity(d.severity().label()) + ": " + d.message());
                }
            }
            switch (f) {
                case ndjson -> output.out.println(ReportJson.write(report));
                case yaml -> output.out.print(Yaml.document(ReportJson.write(report)));
                default -> {
                    // the separator goes before every element but the first written: a file that cannot
                    // be read leaves no dangling comma
                    if (array && !first) {
                        output.out.println(",");
                    }
                    output.out.print(ReportJson.writePretty(report));
                }
            }
            first = false;
        }
        if (array) {
            output.out.println(first ? "]" : "\n]");
        } else if (f == Format.json && !first) {
            output.out.println();
        }
        output.out.flush();
        return failed ? ExitCode.FAILURE : ExitCode.OK;
    }

    private int stats(Output output, ReportParser parser, List<ReportFiles.Source> files, boolean failed)
            throws UserException {
        Format f = format == null ? Format.table : format;
        if (f != Format.table && f != Format.json) {
            throw new UserException("--stats prints --format table or json", ExitCode.USAGE);
        }
        Coverage coverage = new Coverage();
        try (Progress progress = output.progress("parsing", files.size())) {
            for (ReportFiles.Source file : files) {
                try {
                    coverage.add(parser.parse(file.path(), file.read()));
                } catch (IOException e) {
                    coverage.addUnreadable();
                    progress.println(output.err, file.path() + ":0:0: " + output.errStyle.severity("error")
                            + ": " + e.getMessage());
                    failed = true;
                }
                progress.step();
            }
        }
        if (f == Format.json) {
            output.out.println(Json.pretty(coverage.json()));
        } else {
            ListingPrinter printer = new ListingPrinter(output);
            output.out.println(coverage.headline());
            output.out.println();
            printer.print(coverage.coverage(), OutputFormat.table);
            Listing diagnostics = coverage.diagnostics();
            if (!diagnostics.rows().isEmpty()) {
                output.out.println();
                printer.print(diagnostics, OutputFormat.table);
            }
        }
        output.out.flush();
        return failed ? ExitCode.FAILURE : ExitCode.OK;
    }
}
