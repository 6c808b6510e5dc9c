package io.recap.cli;

import io.recap.index.IndexException;
import io.recap.index.ReportSearcher;
import io.recap.model.Report;
import io.recap.model.ServiceCount;
import io.recap.model.Session;
import io.recap.model.Speaker;
import io.recap.parser.ReportJson;
import io.recap.parser.ReportParser;
import io.recap.parser.ServiceCatalog;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code recap show ID|PATH}: one event with its sessions, speakers and services, as the index holds it. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Show one indexed event: its date, place and language, its sessions (number, part, time, "
                + "title, and under each its services and speakers), its speakers and the services it mentions "
                + "(with how often).",
            "ID is an event id as 'recap events --format json' prints it (the report's path; PATH#2 for the "
                    + "second event of a page that recaps several), a session id (ID#N), or the path of an indexed "
                    + "report file. With --format json, print the report as stored, in the form of 'recap parse "
                    + "--format json'.",
            "A report file that is not in the index is parsed on the fly (stderr says so). Exits with 1 when "
                    + "there is no such event."})
final class ShowCommand implements Callable<Integer> {

    /** The source path of an event of a page that recaps several: the page's path, '#', the event's number. */
    private static final Pattern EVENT_OF_PAGE = Pattern.compile("(.+)#(\\d+)");

    /** The facts under the heading: a label padded to ten columns, then the value. */
    private static final String LABEL = "%-10s";

    private final Environment env;

    @Mixin
    GlobalOptions global;

    @Mixin
    IndexOption indexOption;

    @Parameters(paramLabel = "ID|PATH", description = "The event: its id, a session id, or its report's path.")
    String id;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json. Default: ${DEFAULT-VALUE}.")
    TextOrJson format;

    ShowCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        Optional<Report> found;
        Output output = new Output(env, global);
        try (ReportSearcher idx = indexOption.open(env, ServiceCatalog.builtIn())) {
            found = idx.report(id);
        } catch (IndexException e) {
            if (e.reason() != IndexException.Reason.MISSING || !isFile(id)) {
                throw e;
            }
            found = Optional.empty(); // no index yet: a report file can still be shown
        }
        if (found.isEmpty() && isFile(id)) {
            // not in the index (not indexed yet, or refused by a limit): read the file itself, and say so
            found = Optional.of(ReportParser.builder().build().parse(Path.of(id)));
            output.summary("recap: " + id + " is not in the index; parsed it now (`recap index " + id
                    + "` adds it)");
        }
        if (found.isEmpty()) {
            output.err.println("no event '" + id + "' in the index; list the events and their ids with `recap events`");
            output.err.flush();
            return ExitCode.NOTHING;
        }
        Report report = found.get();
        if (format == TextOrJson.json) {
            output.out.println(ReportJson.writePretty(report));
        } else {
            print(report, output);
        }
        output.out.flush();
        return ExitCode.OK;
    }

    private static boolean isFile(String name) {
        try {
            return Files.isRegularFile(Path.of(name));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * The report for people: a heading, its facts, then tables of sessions, speakers and services; a column
     * that would be empty in every row (no session has a time, no speaker a role) is left out.
     */
    static void print(Report r, Output output) {
        int width = output.width;
        String title = r.title() != null ? r.title() : r.pageTitle() != null ? r.pageTitle() : r.source().path();
        for (String line : wrap(title, width)) {
            output.out.println(output.style.bold(line));
        }
        fact(output, "date", r.date() == null ? null : r.date() + (r.endDate() == null ? "" : " – " + r.endDate())
                + (time(r.startTime(), r.endTime()) == null ? "" : ", " + time(r.startTime(), r.endTime())));
        fact(output, "location", r.location());
        fact(output, "language", r.language());
        fact(output, "page", r.pageTitle() != null && !r.pageTitle().equals(title) ? r.pageTitle() : null);
        // never cut: a path is there to be copied; an event of a page that recaps several ("page.md#2") shows
        // its id and the page's file
        String id = r.source().path();
        Matcher ofPage = EVENT_OF_PAGE.matcher(id);
        if (ofPage.matches()) {
            output.out.println(String.format(LABEL, "id") + id);
        }
        output.out.println(String.format(LABEL, "path") + output.style.cyan(ofPage.matches() ? ofPage.group(1) : id));
        if (!r.sessions().isEmpty()) {
            boolean parts = r.sessions().stream().anyMatch(s -> s.part() != null);
            boolean times = r.sessions().stream().anyMatch(s -> s.startTime() != null);
            List<Table.Column> columns = new ArrayList<>(List.of(new Table.Column("#", true)));
            if (parts) {
                columns.add(new Table.Column("PART", false));
            }
            if (times) {
                columns.add(new Table.Column("TIME", false));
            }
            columns.add(new Table.Column("SESSION", false));
            Table sessions = new Table(columns).wrapNotes();
            for (Session s : r.sessions()) {
                List<String> cells = new ArrayList<>(List.of(Integer.toString(s.number())));
                if (parts) {
                    cells.add(s.part() == null ? null : s.part().label());
                }
                if (times) {
                    cells.add(time(s.startTime(), s.endTime()));
                }
                cells.add(s.title());
                sessions.row(cells, sessionNote(s));
            }
            output.out.println();
            sessions.print(output.out, width, output.style);
        }
        if (!r.speakers().isEmpty()) {
            boolean roles = r.speakers().stream().anyMatch(s -> s.role() != null);
            boolean organizations = r.speakers().stream().anyMatch(s -> s.organization() != null);
            List<Table.Column> columns = new ArrayList<>(List.of(new Table.Column("SPEAKER", false)));
            if (roles) {
                columns.add(new Table.Column("ROLE", false));
            }
            if (organizations) {
                columns.add(new Table.Column("ORGANIZATION", false));
            }
            Table speakers = new Table(columns);
            for (Speaker s : r.speakers()) {
                List<String> cells = new ArrayList<>(List.of(s.name()));
                if (roles) {
                    cells.add(s.role());
                }
                if (organizations) {
                    cells.add(s.organization());
                }
                speakers.row(cells, null);
            }
            output.out.println();
            speakers.print(output.out, width, output.style);
        }
        if (!r.services().isEmpty()) {
            Table services = new Table(List.of(new Table.Column("SERVICE", false), new Table.Column("NAME", false),
                    new Table.Column("MENTIONS", true)));
            for (ServiceCount c : r.services()) {
                services.row(List.of(c.service().shortName(), c.service().name(), Integer.toString(c.mentions())),
                        null);
            }
            output.out.println();
            services.print(output.out, width, output.style);
        }
    }

    /** The line under a session: {@code services: ECS, ECR; speakers: Vũ Thị Lan}, or null when it has neither. */
    private static String sessionNote(Session s) {
        List<String> parts = new ArrayList<>();
        if (!s.services().isEmpty()) {
            List<String> names = new ArrayList<>();
            s.services().forEach(svc -> names.add(svc.shortName()));
            parts.add("services: " + String.join(", ", names));
        }
        if (!s.speakers().isEmpty()) {
            parts.add("speakers: " + names(s.speakers()));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** A fact: its label, then its value wrapped under itself. */
    private static void fact(Output output, String label, String value) {
        if (value != null && !value.isBlank()) {
            String indent = String.format(LABEL, "");
            List<String> lines = wrap(value.replaceAll("\\s+", " ").strip(), output.width - indent.length());
            for (int i = 0; i < lines.size(); i++) {
                output.out.println((i == 0 ? String.format(LABEL, label) : indent) + lines.get(i));
            }
        }
    }

    private static List<String> wrap(String text, int width) {
        return width > 0 ? Table.wrap(text, Math.max(Table.NARROWEST, width)) : List.of(text);
    }

    private static String time(LocalTime start, LocalTime end) {
        if (start == null) {
            return null;
        }
        return end == null ? start.toString() : start + "–" + end;
    }

    private static String names(List<Speaker> speakers) {
        List<String> names = new ArrayList<>();
        speakers.forEach(s -> names.add(s.name()));
        return String.join(", ", names);
    }
}
