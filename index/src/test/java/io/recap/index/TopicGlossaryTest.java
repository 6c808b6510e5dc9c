package io.recap.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recap.model.Service;
import io.recap.parser.ServiceCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The built-in topic glossary ({@code topics.tsv}) is knowledge a curator keeps: these checks keep it sound. Every
 * topic has English names and Vietnamese ones (or a note saying why not); no name belongs to two topics; services
 * are catalog ids a session can carry; and the marks say the truth about the real corpus: an unmarked term is
 * written in it, a term marked {@code *} never is.
 */
class TopicGlossaryTest {

    static final TopicGlossary GLOSSARY = TopicGlossary.builtIn();

    @Test
    void holdsAtLeastOneHundredAndFiftyTopicsWithAVersion() {
        assertThat(GLOSSARY.topics()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(GLOSSARY.version()).matches("\\d{4}\\.\\d{2}-\\d+");
    }

    @Test
    void everyTopicHasEnglishAndVietnameseNamesOrSaysWhyNot() {
        for (Topic t : GLOSSARY.topics()) {
            assertThat(t.names()).as(t.id()).isNotEmpty();
            if (t.vietnameseNames().isEmpty()) {
                assertThat(t.note()).as("%s has no Vietnamese name and no note saying why", t.id()).isNotBlank();
            }
            assertThat(t.category()).as(t.id()).isNotBlank();
        }
    }

    @Test
    void noNameBelongsToTwoTopics() {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Topic t : GLOSSARY.topics()) {
            List<String> names = new ArrayList<>(t.names());
            names.addAll(t.vietnameseNames());
            for (String n : names.stream().distinct().toList()) {
                String previous = owner.putIfAbsent(TopicGlossary.key(n), t.id());
                if (previous != null && !previous.equals(t.id())) {
                    clashes.add(n + " (" + previous + ", " + t.id() + ")");
                }
            }
        }
        assertThat(clashes).as("names typed would expand to two topics").isEmpty();
    }

    @Test
    void aCloseTermIsNotAlsoANameOfItsOwnTopic() {
        for (Topic t : GLOSSARY.topics()) {
            List<String> names = Stream.concat(t.names().stream(), t.vietnameseNames().stream())
                    .map(TopicGlossary::key).toList();
            for (String c : Stream.concat(t.closeTerms().stream(), t.closeVietnamese().stream()).toList()) {
                assertThat(names).as("%s lists '%s' as a name and a close term", t.id(), c)
                        .doesNotContain(TopicGlossary.key(c));
            }
        }
    }

    @Test
    void servicesAreCatalogIdsSessionsCarry() {
        ServiceCatalog catalog = ServiceCatalog.builtIn();
        for (Topic t : GLOSSARY.topics()) {
            for (String id : t.services()) {
                Optional<Service> s = catalog.byId(id);
                assertThat(s).as("%s names service %s, which the catalog lacks", t.id(), id).isPresent();
                assertThat(s.get().id()).as("%s names %s, a feature folded into another service", t.id(), id)
                        .isEqualTo(id);
            }
        }
    }

    @Test
    void namesResolveWhateverTheirCaseAndDiacritics() {
        assertThat(GLOSSARY.resolve("Observability")).map(Topic::id).contains("observability");
        assertThat(GLOSSARY.resolve("khả năng quan sát")).map(Topic::id).contains("observability");
        assertThat(GLOSSARY.resolve("kha nang quan sat")).map(Topic::id).contains("observability");
        assertThat(GLOSSARY.resolve("infrastructure-as-code")).map(Topic::id).contains("infrastructure-as-code");
        assertThat(GLOSSARY.resolve("IaC")).map(Topic::id).contains("infrastructure-as-code");
        assertThat(GLOSSARY.resolve("no such topic")).isEmpty();
        assertThat(GLOSSARY.suggest("observ", 3)).extracting(Topic::id).contains("observability");
    }

    @Test
    void theIssuesExamplesAreThere() {
        assertThat(terms("observability")).contains("monitoring", "logging", "tracing", "giám sát");
        assertThat(terms("infrastructure-as-code")).contains("IaC", "CloudFormation", "CDK", "Terraform",
                "hạ tầng dưới dạng mã");
        assertThat(terms("incident-response")).contains("ứng phó sự cố");
        assertThat(terms("cost-optimization")).contains("FinOps", "tối ưu chi phí");
        assertThat(terms("rag")).contains("retrieval-augmented generation", "knowledge base", "vector search");
    }

    private static List<String> terms(String id) {
        return GLOSSARY.byId(id).orElseThrow().allTerms();
    }

    @Test
    void aRowThatBreaksTheFormatIsRefusedWithItsLine() {
        assertThatThrownBy(() -> TopicGlossary.parse("# c\nBad Id\tx\ty\n", "t.tsv"))
                .hasMessageContaining("t.tsv:2").hasMessageContaining("Bad Id");
        assertThatThrownBy(() -> TopicGlossary.parse("a\tx\tA\n" + "a\tx\tB\n", "t.tsv"))
                .hasMessageContaining("t.tsv:2").hasMessageContaining("listed twice");
        assertThatThrownBy(() -> TopicGlossary.parse("a\tx\t\tvi\n", "t.tsv"))
                .hasMessageContaining("no English name");
        TopicGlossary g = TopicGlossary.parse("# version: 2099.01-1\na\tx\tA|*Aa\tÀ\n", "t.tsv");
        assertThat(g.version()).isEqualTo("2099.01-1");
        assertThat(g.topics().get(0).names()).containsExactly("A", "Aa");
        assertThat(g.unattested("Aa")).isTrue();
        assertThat(g.unattested("A")).isFalse();
    }

    /**
     * Each term was checked against how the real corpus writes it: the marks must stay true. A term is written in
     * the corpus when some report has its words in sequence, whole, case aside, with its diacritics.
     */
    @Test
    void theMarksSayWhichTermsTheRealCorpusWrites() throws IOException {
        Path corpus = corpus();
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                texts.add(Normalizer.normalize(Files.readString(f), Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
            }
        }
        List<String> absent = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (Topic t : GLOSSARY.topics()) {
            for (String term : t.allTerms().stream().distinct().toList()) {
                boolean written = written(texts, term);
                if (GLOSSARY.unattested(term) && written) {
                    present.add(t.id() + ": " + term);
                } else if (!GLOSSARY.unattested(term) && !written) {
                    absent.add(t.id() + ": " + term);
                }
            }
        }
        assertThat(absent).as("terms without '*' that no report writes").isEmpty();
        assertThat(present).as("terms marked '*' that reports do write").isEmpty();
    }

    private static boolean written(List<String> texts, String term) {
        String t = Normalizer.normalize(term, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String words = Pattern.quote(t).replace(" ", "\\E[\\s\\-]+\\Q");
        Pattern p = Pattern.compile("(?<![\\w])" + words + "(?![\\w])", Pattern.UNICODE_CHARACTER_CLASS);
        return texts.stream().anyMatch(x -> p.matcher(x).find());
    }

    static Path corpus() throws IOException {
        Path module = Path.of("").toAbsolutePath();
        for (Path candidate : List.of(module.resolve("../../shared/corpus/real/files"),
                module.resolve("../shared/corpus/real/files"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.toRealPath();
            }
        }
        if (System.getenv("CI") != null) {
            throw new AssertionError("the real corpus ../shared/corpus/real is missing on CI");
        }
        Assumptions.abort("the real corpus ../shared/corpus/real is absent");
        return null;
    }
}
