package io.recap.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.model.Diagnostic;
import io.recap.model.ListedEvent;
import io.recap.model.Report;
import io.recap.model.Service;
import io.recap.model.Session;
import io.recap.model.Severity;
import io.recap.model.Speaker;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Golden tests of the shapes real reports take. Each {@code shapes/NAME.md} is a report written for this
 * project in one of the shapes the corpus survey found; {@code shapes/NAME.expected.yaml} says what a reader
 * expects the parser to find. Only the keys present in the expectation are checked:
 *
 * <ul>
 *   <li>scalars: {@code language, title, pageTitle, date, startTime, endTime, location, format, indexPage};
 *   <li>{@code objectives} (a count), {@code takeaways}, {@code organizers};
 *   <li>{@code speakers} (names), {@code speakerRoles}, {@code speakerOrganizations};
 *   <li>{@code sessions} (titles), {@code sessionParts}, {@code sessionStarts}, {@code sessionEnds},
 *       {@code sessionServices} (catalog ids), {@code sessionSpeakers}, {@code demos},
 *       {@code sessionPointsContain};
 *   <li>{@code listedEvents}, {@code listedDates}, {@code listedLinks} for index pages;
 *   <li>{@code diagnostics: []} — no warning or error; {@code diagnosticCodes} — exactly these codes, in order;
 *       {@code diagnosticLines}; {@code frontMatter: {format, weight, draft, tags}}; {@code firstSectionKind}.
 * </ul>
 */
class ReportShapesTest {

    private static final ReportParser PARSER = ReportParser.builder().build();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    static Stream<String> shapes() throws IOException, URISyntaxException {
        Path dir = Path.of(ReportShapesTest.class.getResource("shapes").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void parsesAsExpected(String name) throws Exception {
        Path dir = Path.of(ReportShapesTest.class.getResource("shapes").toURI());
        Report r = PARSER.parse(name, Files.readAllBytes(dir.resolve(name)));
        JsonNode e = YAML.readTree(Files.readString(dir.resolve(name.replaceFirst("\\.md$", ".expected.yaml"))));
        SoftAssertions soft = new SoftAssertions();

        scalar(soft, e, "language", r.language());
        scalar(soft, e, "title", r.title());
        scalar(soft, e, "pageTitle", r.pageTitle());
        scalar(soft, e, "date", r.date());
        scalar(soft, e, "startTime", r.startTime());
        scalar(soft, e, "endTime", r.endTime());
        scalar(soft, e, "location", r.location());
        scalar(soft, e, "format", r.format());
        if (e.has("indexPage")) {
            soft.assertThat(r.indexPage()).as("indexPage").isEqualTo(e.get("indexPage").asBoolean());
        }
        if (e.has("objectives")) {
            soft.assertThat(r.objectives()).as("objectives").hasSize(e.get("objectives").asInt());
        }
        list(soft, e, "takeaways", r.takeaways());
        list(soft, e, "organizers", r.organizers());
        list(soft, e, "speakers", map(r.speakers(), Speaker::name));
        list(soft, e, "speakerRoles", map(r.speakers(), Speaker::role));
        list(soft, e, "speakerOrganizations", map(r.speakers(), Speaker::organization));
        list(soft, e, "sessions", map(r.sessions(), Session::title));
        list(soft, e, "sessionParts", map(r.sessions(), s -> s.part() == null ? null : s.part().label()));
        list(soft, e, "sessionStarts", map(r.sessions(), s -> str(s.startTime())));
        list(soft, e, "sessionEnds", map(r.sessions(), s -> str(s.endTime())));
        nested(soft, e, "sessionServices", map(r.sessions(), s -> map(s.services(), Service::id)));
        nested(soft, e, "sessionSpeakers", map(r.sessions(), s -> map(s.speakers(), Speaker::name)));
        nested(soft, e, "demos", map(r.sessions(), Session::demos));
        if (e.has("sessionPointsContain")) {
            JsonNode expected = e.get("sessionPointsContain");
            for (int i = 0; i < expected.size() && i < r.sessions().size(); i++) {
                soft.assertThat(r.sessions().get(i).points()).as("points of session " + (i + 1))
                        .containsAll(strings(expected.get(i)));
            }
        }
        list(soft, e, "listedEvents", map(r.listedEvents(), ListedEvent::title));
        list(soft, e, "listedDates", map(r.listedEvents(), l -> str(l.date())));
        list(soft, e, "listedLinks", map(r.listedEvents(), ListedEvent::link));
        if (e.has("diagnostics")) {
            soft.assertThat(r.diagnostics()).as("warnings and errors")
                    .filteredOn(d -> d.severity() != Severity.INFO).isEmpty();
        }
        list(soft, e, "diagnosticCodes", map(r.diagnostics(), Diagnostic::code));
        list(soft, e, "diagnosticLines", map(r.diagnostics(), d -> Integer.toString(d.line())));
        if (e.has("frontMatter")) {
            JsonNode fm = e.get("frontMatter");
            soft.assertThat(r.frontMatter()).as("frontMatter").isNotNull();
            if (r.frontMatter() != null) {
                scalar(soft, fm, "format", r.frontMatter().format().name().toLowerCase(java.util.Locale.ROOT));
                scalar(soft, fm, "weight", r.frontMatter().weight());
                scalar(soft, fm, "draft", r.frontMatter().draft());
                list(soft, fm, "tags", r.frontMatter().tags());
            }
        }
        if (e.has("firstSectionKind")) {
            soft.assertThat(r.sections().get(0).kind().label()).as("first section")
                    .isEqualTo(e.get("firstSectionKind").asString());
        }
        soft.assertAll();
    }

    private static void scalar(SoftAssertions soft, JsonNode e, String key, Object actual) {
        if (e.has(key)) {
            JsonNode v = e.get(key);
            soft.assertThat(actual == null ? null : actual.toString()).as(key)
                    .isEqualTo(v.isNull() ? null : v.asString());
        }
    }

    private static void list(SoftAssertions soft, JsonNode e, String key, List<String> actual) {
        if (e.has(key)) {
            soft.assertThat(actual).as(key).containsExactlyElementsOf(strings(e.get(key)));
        }
    }

    private static void nested(SoftAssertions soft, JsonNode e, String key, List<List<String>> actual) {
        if (e.has(key)) {
            List<List<String>> expected = new ArrayList<>();
            e.get(key).forEach(n -> expected.add(strings(n)));
            soft.assertThat(actual).as(key).isEqualTo(expected);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isNull() ? null : n.asString()));
        return out;
    }

    private static <T, R> List<R> map(List<T> items, Function<T, R> f) {
        List<R> out = new ArrayList<>();
        items.forEach(i -> out.add(f.apply(i)));
        return out;
    }

    private static String str(Object o) {
        return Objects.toString(o, null);
    }
}
