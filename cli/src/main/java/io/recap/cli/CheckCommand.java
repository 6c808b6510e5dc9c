package io.recap.cli;

import io.recap.index.FileProblem;
import io.recap.index.ReportFiles;
import io.recap.model.Diagnostic;
import io.recap.model.Report;
import io.recap.model.Severity;
import io.recap.parser.ReportParser;
import io.recap.parser.Twins;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code recap check PATH…}: lint for report authors. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Check reports before you publish them: an event name, a date and sessions must be there "
                + "(errors); service names the catalog does not know get a \"did you mean …?\", and language "
                + "versions of one page (_index.md, _index.vi.md) with another number of sessions are named "
                + "(warnings).",
            "Prints path:line:col: severity: message, or GitHub annotations (--format github), or JSON.",
            "Exits with 1 when any error is found."})
final class CheckCommand implements Callable<Integer> {

    /** Output forms. */
    enum Format { text, github, json }

    private final Environment env;

    @Mixin
    GlobalOptions global;

    @Mixin
    CatalogOption catalogOption;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files, directories or .zip archives.")
    List<Path> paths;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text, github or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--notes", description = "Also show the parser's notes (severity info).")
    boolean notes;

    CheckCommand(Environment env) {
        this.env = env;
    }

    /** One diagnostic of one file. */
    record Finding(String path, Diagnostic diagnostic) {
    }

    @Override
    public Integer call() throws Exception {
        Output output = new Output(env, global);
        ReportParser parser = ReportParser.builder().catalog(catalogOption.catalog()).build();
        try (ReportFiles.Scan scan = InputFiles.of(paths)) {
            return check(output, parser, scan);
        }
    }

    private int check(Output output, ReportParser parser, ReportFiles.Scan scan) {
        List<ReportFiles.Source> files = scan.files();
        ReportLinter linter = new ReportLinter(parser.catalog(), notes);
        List<Finding> findings = new ArrayList<>();
        boolean unreadable = false;
        for (FileProblem p : scan.problems()) {
            findings.add(new Finding(p.path(), new Diagnostic(p.severity(), p.code(), p.message(), 0, 0)));
            unreadable |= p.failed();
        }
        if (format == Format.text) {
            findings.forEach(f -> output.out.println(text(f, output.style)));
        }
        Map<String, Integer> sessionsByPath = new java.util.HashMap<>();
        try (Progress progress = files.size() > 1 && format == Format.text ? output.progress("checking",
                files.size()) : Progress.silent()) {
            for (ReportFiles.Source file : files) {
                List<Diagnostic> found;
                try {
                    byte[] content = file.read();
                    Report report = parser.parse(file.path(), content);
                    found = linter.lint(report, content);
                    if (!report.indexPage()) {
                        sessionsByPath.put(file.path(), report.sessions().size());
                    }
                } catch (IOException e) {
                    found = List.of(Diagnostic.error("file.unreadable", e.getMessage(), 0));
                    unreadable = true;
                }
                for (Diagnostic d : found) {
                    Finding f = new Finding(file.path(), d);
                    findings.add(f);
                    if (format == Format.text) {
                        progress.println(output.out, text(f, output.style));
                    }
                }
                progress.step();
            }
            // the language versions of one page that disagree on the programme
            Twins.disagreements(sessionsByPath).forEach((path, d) -> {
                Finding f = new Finding(path, d);
                findings.add(f);
                if (format == Format.text) {
                    progress.println(output.out, text(f, output.style));
                }
            });
        }
        long errors = findings.stream().filter(f -> f.diagnostic().severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.diagnostic().severity() == Severity.WARNING).count();
        switch (format) {
            case github -> findings.forEach(f -> output.out.println(github(f)));
            case json -> output.out.println(Json.pretty(json(files.size(), errors, warnings, findings)));
            default -> output.summary(String.format("checked %d %s: %d %s, %d %s", files.size(),
                    files.size() == 1 ? "file" : "files", errors, errors == 1 ? "error" : "errors", warnings,
                    warnings == 1 ? "warning" : "warnings"));
        }
        output.out.flush();
        if (unreadable) {
            return ExitCode.FAILURE;
        }
        return errors > 0 ? ExitCode.NOTHING : ExitCode.OK;
    }

    /** {@code path:line:col: severity: message}, the form compilers and editors understand. */
    static String text(Finding f, Style style) {
        Diagnostic d = f.diagnostic();
        return f.path() + ":" + d.line() + ":" + d.column() + ": " + style.severity(d.severity().label()) + ": "
                + d.message();
    }

    /** A GitHub Actions workflow command: {@code ::warning file=…,line=…,col=…,title=…::message}. */
    static String github(Finding f) {
        Diagnostic d = f.diagnostic();
        String level = switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        StringBuilder sb = new StringBuilder("::").append(level).append(" file=").append(property(f.path()));
        if (d.line() > 0) {
            sb.append(",line=").append(d.line());
            if (d.column() > 0) {
                sb.append(",col=").append(d.column());
            }
        }
        sb.append(",title=").append(property(d.code()));
        return sb.append("::").append(data(d.message())).toString();
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    private static Map<String, Object> json(int files, long errors, long warnings, List<Finding> findings) {
        List<Object> list = new ArrayList<>();
        for (Finding f : findings) {
            Diagnostic d = f.diagnostic();
            list.add(Listing.object("path", f.path(), "line", d.line(), "column", d.column(),
                    "severity", d.severity().label(), "code", d.code(), "message", d.message()));
        }
        return Listing.object("files", files, "errors", errors, "warnings", warnings, "diagnostics", list);
    }
}
