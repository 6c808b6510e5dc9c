package io.recap.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.model.Diagnostic;
import io.recap.model.FrontMatter;
import io.recap.model.LineRange;
import io.recap.model.Report;
import io.recap.model.Section;
import io.recap.model.Service;
import io.recap.model.ServiceCount;
import io.recap.model.Session;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What every parsed report promises, whatever its input: checked by the property, hostile-input and corpus
 * tests. Each method throws an {@link AssertionError} naming the broken promise.
 */
final class ReportInvariants {

    /** The code of the parser's last-resort diagnostic, which no input may ever produce. */
    static final String INTERNAL_ERROR = "parser.internal-error";

    private static final Pattern SPACE_ENTITY = Pattern.compile(
            "&(?:emsp|ensp|nbsp|thinsp|numsp|#8195|#8194|#8201|#160|#xA0|#x2003|#x2002);", Pattern.CASE_INSENSITIVE);

    private ReportInvariants() {
    }

    /** All promises below that hold for any input. */
    static void assertWellFormed(Report report, byte[] input) {
        assertNoInternalError(report);
        assertEverySectionLiesInTheFile(report, input);
        assertEveryBodyLineIsInExactlyOneSection(report, input);
        assertSessionServicesAreReportServices(report);
        assertSessionLinesLieInTheFile(report, input);
    }

    /** The parser never fell back to its last resort. */
    static void assertNoInternalError(Report report) {
        assertThat(report.diagnostics()).as("diagnostics of %s", report.source().path())
                .extracting(Diagnostic::code).doesNotContain(INTERNAL_ERROR);
    }

    /**
     * Every line of the file that shows something, outside the front-matter block, lies in exactly one
     * section's line range. Not checked for binary files and files cut at {@code maxBytes}, whose lines are
     * not read.
     */
    static void assertEveryBodyLineIsInExactlyOneSection(Report report, byte[] input) {
        if (unread(report)) {
            return;
        }
        List<String> lines = lines(input);
        FrontMatter fm = report.frontMatter();
        List<Section> sections = report.sections();
        // how many sections cover each line, by a difference array: linear in lines and sections
        int[] delta = new int[lines.size() + 2];
        for (Section s : sections) {
            int start = Math.min(s.lines().start(), lines.size() + 1);
            int end = Math.min(s.lines().end(), lines.size());
            if (start <= end) {
                delta[start]++;
                delta[end + 1]--;
            }
        }
        List<Integer> missing = new ArrayList<>();
        List<Integer> twice = new ArrayList<>();
        int covering = 0;
        for (int line = 1; line <= lines.size(); line++) {
            covering += delta[line];
            if (fm != null && fm.lines().contains(line) || isBlank(lines.get(line - 1))) {
                continue;
            }
            if (covering == 0) {
                missing.add(line);
            } else if (covering > 1) {
                twice.add(line);
            }
        }
        assertThat(missing).as("non-blank lines of %s in no section (sections %s)", report.source().path(),
                sections.stream().map(Section::lines).limit(50).toList()).isEmpty();
        assertThat(twice).as("non-blank lines of %s in more than one section", report.source().path()).isEmpty();
    }

    /** No section reaches past the end of the file. */
    static void assertEverySectionLiesInTheFile(Report report, byte[] input) {
        int count = Math.max(1, lines(input).size());
        assertThat(report.sections()).as("sections of %s", report.source().path())
                .allSatisfy(s -> assertThat(s.lines().end()).isLessThanOrEqualTo(count));
    }

    /** A session's services are among the report's. */
    static void assertSessionServicesAreReportServices(Report report) {
        Set<String> all = report.services().stream().map(ServiceCount::service).map(Service::id)
                .collect(Collectors.toSet());
        for (Session s : report.sessions()) {
            assertThat(s.services()).as("services of session %d of %s", s.number(), report.source().path())
                    .extracting(Service::id).allMatch(all::contains);
        }
    }

    /** A session's lines lie inside the file. */
    static void assertSessionLinesLieInTheFile(Report report, byte[] input) {
        LineRange file = new LineRange(1, Math.max(1, lines(input).size()));
        for (Session s : report.sessions()) {
            assertThat(file.contains(s.lines())).as("lines %s of session %d of %s in a file of %s", s.lines(),
                    s.number(), report.source().path(), file).isTrue();
        }
    }

    /**
     * Two reports are equal in every component but their source (path, hash and size), and so are the events
     * they hold.
     */
    static void assertSameModel(Report actual, Report expected) {
        assertThat(actual.events()).as("events of %s", actual.source().path()).hasSameSizeAs(expected.events());
        for (int i = 0; i < actual.events().size(); i++) {
            assertSameModel(actual.events().get(i), expected.events().get(i));
        }
        for (RecordComponent c : Report.class.getRecordComponents()) {
            if (c.getName().equals("source") || c.getName().equals("events")) {
                continue;
            }
            assertThat(value(c, actual)).as("%s of %s", c.getName(), actual.source().path())
                    .isEqualTo(value(c, expected));
        }
    }

    private static Object value(RecordComponent c, Report r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean unread(Report report) {
        return report.diagnostics().stream().anyMatch(d -> d.code().equals("text.binary")
                || d.code().equals("text.too-large"));
    }

    /** The file's lines, split on LF, CRLF and CR as editors do; a final line end starts no line. */
    static List<String> lines(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /**
     * Whether a line shows nothing: only white space, entities that render as white space ({@code &emsp;},
     * {@code &nbsp;}…), invisible format characters (ZWSP, BOM, soft hyphen) or NULs.
     */
    static boolean isBlank(String line) {
        return SPACE_ENTITY.matcher(line).replaceAll(" ").codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT || cp == 0 || cp == 0xAD);
    }
}
