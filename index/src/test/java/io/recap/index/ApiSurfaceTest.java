package io.recap.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.model.Report;
import io.recap.parser.ReportParser;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The API of recap's three modules uses only the JDK and recap's own API: {@code jdeps --api-only} finds no
 * exported package of {@code io.recap.model}, {@code io.recap.parser} or {@code io.recap.index} whose public
 * signatures name a type of Lucene, Jackson, commonmark or SnakeYAML, nor one of recap's {@code .internal}
 * packages. So those libraries can change without breaking a consumer. {@code .ci/run} runs the same check on
 * the installed jars.
 */
class ApiSurfaceTest {

    /** A class-level line of {@code jdeps -verbose:class}: class, the class it depends on, that class's module. */
    private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s+(\\S+)$");

    @Test
    void noExportedSignatureNamesAThirdPartyOrInternalType() throws Exception {
        List<String> edges = apiDependencies(location(Report.class), location(ReportParser.class),
                location(ReportIndex.class));

        assertThat(edges).as("API dependencies found by jdeps").isNotEmpty()
                .anyMatch(e -> e.startsWith("io.recap.index.ReportIndex -> io.recap.model.Report "));
        assertThat(edges).as("API dependencies on neither the JDK nor recap's API")
                .filteredOn(e -> !acceptable(e)).isEmpty();
    }

    @Test
    void theCheckFindsThirdPartyTypesWhereAnApiHasThem() throws Exception {
        // Lucene's query parser names Lucene core's Query and Analyzer in its API: the same check must say so
        Path queryParser = location(org.apache.lucene.queryparser.classic.QueryParser.class);

        assertThat(apiDependencies(queryParser)).filteredOn(e -> !acceptable(e))
                .anyMatch(e -> e.endsWith(" org.apache.lucene.core"));
    }

    /** Whether an edge ends in the JDK or in an exported package of recap. */
    private static boolean acceptable(String edge) {
        String[] parts = edge.split(" ");
        String target = parts[2];
        String module = parts[3];
        return module.startsWith("java.")
                || module.startsWith("io.recap.") && !target.contains(".internal.");
    }

    /**
     * Every dependency of the exported API of the modules at {@code roots}, as
     * {@code "class -> dependency module"}, read with {@code jdeps --api-only -verbose:class}.
     */
    private static List<String> apiDependencies(Path... roots) throws Exception {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        String modulePath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".jar") || List.of(roots).contains(p))
                .map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator));
        List<String> args = new ArrayList<>(List.of("--multi-release", "17", "--module-path", modulePath,
                "--api-only", "-verbose:class"));
        for (Path root : roots) {
            args.add(root.toString());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertThat(status).as("jdeps %s%n%s", args, err).isZero();
        List<String> edges = new ArrayList<>();
        for (String line : out.toString().split("\\R")) {
            Matcher m = EDGE.matcher(line);
            if (m.matches()) {
                edges.add(m.group(1) + " -> " + m.group(2) + " " + m.group(3));
            }
        }
        return edges;
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
