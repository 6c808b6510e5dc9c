package io.recap.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes the manual page {@code recap.1} (roff, for {@code man}) from the picocli model of the commands, so
 * that it says what {@code --help} says. Run at package time (see {@code cli/pom.xml}):
 * {@code java -cp recap.jar io.recap.cli.ManPage DIR}; read it with {@code man cli/target/man/recap.1}.
 */
public final class ManPage {

    private ManPage() {
    }

    /** {@code args[0]}: the directory to write {@code recap.1} into. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "."));
        Files.writeString(dir.resolve("recap.1"), render(), StandardCharsets.UTF_8);
    }

    /** The page's roff source. */
    static String render() throws IOException {
        PrintWriter quiet = new PrintWriter(OutputStream.nullOutputStream());
        CommandLine recap = RecapCommand.commandLine(new Environment(Map.of(), quiet, quiet, Terminal.none()));
        CommandSpec top = recap.getCommandSpec();
        String version = new VersionProvider().getVersion()[0].replace("recap ", "");
        StringBuilder r = new StringBuilder();
        r.append(".TH RECAP 1 \"\" \"recap ").append(version).append("\" \"recap manual\"\n");
        r.append(".SH NAME\nrecap \\- ").append(text(String.join(" ", top.usageMessage().description())))
                .append('\n');
        r.append(".SH SYNOPSIS\n");
        for (String name : recap.getSubcommands().keySet()) {
            r.append(".B recap ").append(name).append("\n.RI [ options ]\n.br\n");
        }
        r.append(".SH DESCRIPTION\n").append(text("recap reads event reports (Markdown with Hugo front matter, "
                + "in Vietnamese or English), indexes their sessions, and answers questions such as \"which "
                + "sessions covered CodeDeploy?\". Listing commands print aligned tables on a terminal, and json, "
                + "ndjson, csv, tsv or one path per line for scripts (--format).")).append('\n');
        r.append(".SH COMMANDS\n");
        for (Map.Entry<String, CommandLine> e : recap.getSubcommands().entrySet()) {
            command(r, e.getKey(), e.getValue().getCommandSpec());
        }
        r.append(".SH EXIT STATUS\n");
        for (String line : RecapCommand.FOOTER) {
            String t = line.strip();
            if (t.length() > 2 && Character.isDigit(t.charAt(0)) && t.charAt(1) == ' ') {
                r.append(".TP\n.B ").append(t.charAt(0)).append('\n').append(text(t.substring(1).strip()))
                        .append('\n');
            }
        }
        r.append(".SH ENVIRONMENT\n");
        item(r, "RECAP_INDEX", "The index directory when --index is not given.");
        item(r, "XDG_DATA_HOME", "The index is in $XDG_DATA_HOME/recap/index when neither --index nor "
                + "RECAP_INDEX is given; else in ~/.local/share/recap/index.");
        item(r, "NO_COLOR", "When set to anything but the empty string, no colour (unless --color always).");
        item(r, "COLUMNS", "The width tables are fitted to, instead of the terminal's.");
        r.append(".SH EXAMPLES\n.nf\n")
                .append(text("recap index examples && recap search --service CodeDeploy")).append('\n')
                .append(text("recap search \"tu duy\" --format json")).append('\n')
                .append(text("recap search kubernetes --since 2025-01-01 --lang en --facets")).append('\n')
                .append(text("recap events --service ecs --format csv")).append('\n')
                .append(text("recap show $(recap events devops --format paths | head -n 1)")).append('\n')
                .append(text("recap stats --format json")).append('\n')
                .append(text("recap check content/ --format github")).append('\n')
                .append(text("recap search devops --format paths | xargs grep -l Lambda")).append('\n')
                .append(".fi\n");
        return r.toString();
    }

    private static void command(StringBuilder r, String name, CommandSpec spec) {
        Help help = new Help(spec, Help.defaultColorScheme(Help.Ansi.OFF));
        r.append(".SS ").append(name).append('\n');
        r.append(".nf\n").append(text(help.synopsis(0).strip())).append("\n.fi\n");
        for (String d : spec.usageMessage().description()) {
            r.append(".PP\n").append(text(d)).append('\n');
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden()) {
                r.append(".TP\n.I ").append(text(p.paramLabel())).append('\n')
                        .append(text(describe(p.description(), p.defaultValueString()))).append('\n');
            }
        }
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) {
                continue;
            }
            r.append(".TP\n.B ").append(text(String.join(", ", o.names())));
            if (o.arity().max() > 0) {
                r.append(" \\fI").append(text(o.paramLabel())).append("\\fR");
            }
            r.append('\n').append(text(describe(o.description(), o.defaultValueString()))).append('\n');
        }
    }

    private static String describe(String[] description, String defaultValue) {
        return String.join(" ", List.of(description)).replace("${DEFAULT-VALUE}", String.valueOf(defaultValue));
    }

    private static void item(StringBuilder r, String name, String description) {
        r.append(".TP\n.B ").append(name).append('\n').append(text(description)).append('\n');
    }

    /** Text for roff: backslashes and hyphens escaped, no line starting with a control character. */
    static String text(String s) {
        String t = s.replace("\\", "\\e").replace("-", "\\-");
        StringBuilder out = new StringBuilder();
        for (String line : t.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (line.startsWith(".") || line.startsWith("'")) {
                out.append("\\&");
            }
            out.append(line);
        }
        return out.toString();
    }
}
