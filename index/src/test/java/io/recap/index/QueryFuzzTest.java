package io.recap.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coverage-guided fuzzing of the query parser, through {@link ReportIndex#search} on a small real index (so
 * that wildcards, fuzzy retries, ranges, fields and service names all reach Lucene). Regression mode over
 * {@code QueryFuzzTestInputs/search} in every build; {@code tools/fuzz query} fuzzes.
 *
 * <p>For every query: it either finds sessions (at most the page asked for) or is refused with an
 * {@link InvalidQueryException} whose message is recap's own sentence, not the parser's raw text; nothing else
 * escapes.
 */
class QueryFuzzTest {

    private static final ReportIndex INDEX = open();
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    private static ReportIndex open() {
        try {
            Path dir = Files.createTempDirectory("recap-query-fuzz");
            List<Path> reports = SampleArchive.write(dir.resolve("reports"));
            ArchiveIndexer.builder(dir.resolve("index")).build().index(reports);
            return ReportIndex.open(dir.resolve("index"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void search(FuzzedDataProvider data) throws IOException {
        int limit = data.consumeInt(0, 20);
        String query = data.consumeRemainingAsString();
        SearchResult result;
        try {
            result = INDEX.search(SearchRequest.builder().query(query).limit(limit).build());
        } catch (InvalidQueryException e) {
            // the message quotes the query as typed, and may quote a part of it ('…' is not a date): those may hold
            // anything, so check what recap says about them
            String said = withoutQuotedParts(e.getMessage().replace(query.strip(), ""), query);
            assertThat(said).as("message for %s", query)
                    .doesNotContain("Encountered").doesNotContain("Was expecting").doesNotContain("<EOF>")
                    .doesNotContain("Lexical error").doesNotContain("Cannot parse");
            Throwable cause = e.getCause();
            if (cause != null) {
                // a refusal recap understood (syntax, a bad date, too many clauses), not a bug it wrapped
                assertThat(cause.getClass().getName()).as("cause of the refusal of %s", query)
                        .matches("org\\.apache\\.lucene\\.queryparser\\..*|org\\.apache\\.lucene\\.search\\."
                                + "IndexSearcher\\$TooManyClauses|java\\.time\\.format\\.DateTimeParseException"
                                + "|io\\.recap\\..*");
            }
            return;
        }
        assertThat(result.hits().size()).isLessThanOrEqualTo(limit);
        assertThat(result.total()).isGreaterThanOrEqualTo(result.hits().size());
    }

    /** {@code message} without the quoted parts ('…') that are text of {@code query}, normalised or not. */
    static String withoutQuotedParts(String message, String query) {
        String nfc = Normalizer.normalize(query, Normalizer.Form.NFC);
        Matcher m = QUOTED.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String part = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(
                    query.contains(part.strip()) || nfc.contains(part.strip()) ? "''" : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
