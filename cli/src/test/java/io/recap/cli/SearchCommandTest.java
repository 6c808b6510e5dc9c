package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.index.FacetCount;
import io.recap.index.Facets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code recap search} in every output format, on an index of the example archive. */
class SearchCommandTest {

    @TempDir
    Path tmp;
    final Cli cli = Examples.overSharedIndex();

    @Test
    void atEightyColumnsNamesWrapAndTheServicesColumnIsLeftOutRatherThanCuttingThem() {
        cli.env.put("COLUMNS", "80");
        assertThat(cli.run("search", "--service", "CodeDeploy")).isZero();
        assertThat(cli.out).isEqualTo("""
                DATE        EVENT                            #  SESSION
                2025-11-29  Container Day – Modernising      2  Continuous delivery for
                            Applications                        containers
                    Blue/green deployments to ECS with «AWS CodeDeploy».
                2025-11-29  Container Day                    2  Continuous delivery for
                                                                containers
                    AWS CodePipeline and AWS CodeBuild feed «AWS CodeDeploy».
                2025-11-17  DevOps on AWS Workshop           2  CI/CD trên AWS
                    Các chiến lược triển khai (Blue/Green, Rolling, Canary) với «CodeDeploy».
                (lang, services not shown at this width)
                3 of 3 sessions
                """);
        assertThat(cli.out).doesNotContain("…");
        assertThat(cli.out.lines()).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(80));
        assertThat(cli.err).isEmpty();
    }

    @Test
    void inAPipeTheTableIsLaidOutFor120ColumnsAndNothingIsCut() {
        assertThat(cli.run("search", "--service", "CodeDeploy")).isZero();
        assertThat(cli.out).isEqualTo("""
                DATE        EVENT                            #  SESSION                          LANG    SERVICES
                2025-11-29  Container Day – Modernising      2  Continuous delivery for          en +vi  CodePipeline, CodeBuild, ECS,
                            Applications                        containers                               CodeDeploy
                    Blue/green deployments to ECS with «AWS CodeDeploy».
                2025-11-29  Container Day                    2  Continuous delivery for          en      CodePipeline, CodeBuild,
                                                                containers                               CodeDeploy, ECS
                    AWS CodePipeline and AWS CodeBuild feed «AWS CodeDeploy».
                2025-11-17  DevOps on AWS Workshop           2  CI/CD trên AWS                   vi      CodeCommit, CodePipeline,
                                                                                                         CodeBuild, CodeDeploy
                    Các chiến lược triển khai (Blue/Green, Rolling, Canary) với «CodeDeploy».
                3 of 3 sessions
                """);
        assertThat(cli.out.lines()).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(120));
    }

    @Test
    void matchesAreMarkedWithGuillemetsWithoutColourAndInColourOnATerminal() {
        assertThat(cli.run("search", "tu duy")).isZero();
        assertThat(cli.out).contains("    «Tư» «Duy» & Văn Hóa DevOps\n").doesNotContain("\u001b[");

        cli.terminal = new Terminal(true, true, 100);
        assertThat(cli.run("search", "tu duy")).isZero();
        assertThat(cli.out).contains("    \u001b[1;33mTư\u001b[0m \u001b[1;33mDuy\u001b[0m & Văn Hóa DevOps\n")
                .contains("\u001b[1mDATE");
    }

    @Test
    void noColorAndColorNeverKeepATerminalPlain() {
        cli.terminal = new Terminal(true, true, 100);
        cli.env.put("NO_COLOR", "1");
        assertThat(cli.run("search", "tu duy")).isZero();
        assertThat(cli.out).doesNotContain("\u001b[").contains("«Tư» «Duy»");

        cli.env.remove("NO_COLOR");
        assertThat(cli.run("search", "tu duy", "--color", "never")).isZero();
        assertThat(cli.out).doesNotContain("\u001b[");

        cli.terminal = Terminal.none();
        assertThat(cli.run("search", "tu duy", "--color=always")).isZero();
        assertThat(cli.out).contains("\u001b[1;33mTư\u001b[0m");
    }

    @Test
    void csvQuotesCellsWithCommasAndEndsLinesWithCrLf() {
        // --prefer-language vi: of Container Day's twins, the Vietnamese page
        assertThat(cli.run("search", "--service", "ecr", "--format", "csv", "--prefer-language", "vi")).isZero();
        String seed = Examples.SEED.toString();
        String day = Examples.CONTAINER_DAY.toString();
        assertThat(cli.out).isEqualTo("date,event,session,title,language,services,path,snippet\r\n"
                + "2025-11-29,Container Day – Hiện đại hóa ứng dụng,1,Chạy container không cần quản lý máy chủ,vi +en,"
                + "\"ECS, EC2, Fargate, ECR\"," + day
                + ",\"Lưu image trong Amazon ECR, bật quét lỗ hổng khi đẩy image.\"\r\n"
                + "2025-11-29,Container Day,1,Containers without managing servers,en,\"Fargate, EC2, ECR\","
                + Examples.TEAMMATE + ",Amazon ECR scans every image on push.\r\n"
                + "2025-11-17,DevOps on AWS Workshop,4,Container Services trên AWS,vi,\"ECR, ECS, EKS, App Runner\","
                + seed + ",\"Quản lý image với Amazon ECR (scanning, lifecycle).\"\r\n");
    }

    @Test
    void machineFormatsCarryTheSnippetWithoutMarks() {
        for (String format : new String[] {"csv", "tsv", "ndjson", "json"}) {
            assertThat(cli.run("search", "tu duy", "-f", format)).as(format).isZero();
            assertThat(cli.out).as(format).contains("Tư Duy").doesNotContain("«").doesNotContain("»")
                    .doesNotContain(String.valueOf(Table.MARK_OPEN)).doesNotContain(String.valueOf(Table.MARK_CLOSE))
                    .doesNotContain("\u001b[");
        }
        assertThat(cli.run("search", "tu duy")).as("the table marks them, for people").isZero();
        assertThat(cli.out).contains("«Tư» «Duy»");
    }

    @Test
    void tsvHasOneLinePerHitAndAHeader() {
        assertThat(cli.run("search", "--service", "ecr", "-f", "tsv", "--prefer-language", "vi")).isZero();
        assertThat(cli.out).isEqualTo("date\tevent\tsession\ttitle\tlanguage\tservices\tpath\tsnippet\n"
                + "2025-11-29\tContainer Day – Hiện đại hóa ứng dụng\t1\tChạy container không cần quản lý máy chủ\t"
                + "vi +en\tECS, EC2, Fargate, ECR\t" + Examples.CONTAINER_DAY
                + "\tLưu image trong Amazon ECR, bật quét lỗ hổng khi đẩy image.\n"
                + "2025-11-29\tContainer Day\t1\tContainers without managing servers\ten\tFargate, EC2, ECR\t"
                + Examples.TEAMMATE + "\tAmazon ECR scans every image on push.\n"
                + "2025-11-17\tDevOps on AWS Workshop\t4\tContainer Services trên AWS\tvi\tECR, ECS, EKS, App Runner\t"
                + Examples.SEED + "\tQuản lý image với Amazon ECR (scanning, lifecycle).\n");
    }

    @Test
    void pathsPrintsEachReportOnce() {
        assertThat(cli.run("search", "devops", "--format", "paths", "--limit", "50")).isZero();
        assertThat(cli.out).isEqualTo(Examples.SEED + "\n");
    }

    @Test
    void pathsListsEveryMatchingReportUnlessLimitedAndSaysWhatALimitLeftOut() {
        assertThat(cli.run("search", "--service", "ecs", "--format", "paths")).isZero();
        assertThat(cli.out).isEqualTo(Examples.CONTAINER_DAY_EN + "\n" + Examples.TEAMMATE + "\n" + Examples.SEED
                + "\n");
        assertThat(cli.err).isEmpty();

        assertThat(cli.run("search", "--service", "ecs", "--format", "paths", "-n", "1")).isZero();
        assertThat(cli.out).isEqualTo(Examples.CONTAINER_DAY_EN + "\n");
        assertThat(cli.err).isEqualTo("recap: 2 more reports; --offset 1 for the next\n");

        // the twin search leaves out is a report of its own with --all-languages
        assertThat(cli.run("search", "--service", "ecs", "--format", "paths", "--all-languages")).isZero();
        assertThat(cli.out.lines()).containsExactlyInAnyOrder(Examples.CONTAINER_DAY_EN.toString(),
                Examples.CONTAINER_DAY.toString(), Examples.TEAMMATE.toString(), Examples.SEED.toString());
    }

    @Test
    void nullSeparatesPathsForXargsAndImpliesPaths() {
        assertThat(cli.run("search", "--service", "ecs", "-0", "--prefer-language", "vi")).isZero();
        assertThat(cli.out).isEqualTo(Examples.CONTAINER_DAY + "\0" + Examples.TEAMMATE + "\0" + Examples.SEED + "\0");
        assertThat(cli.run("search", "--service", "ecs", "--null", "--format", "paths", "--prefer-language", "vi"))
                .isZero();
        assertThat(cli.out).isEqualTo(Examples.CONTAINER_DAY + "\0" + Examples.TEAMMATE + "\0" + Examples.SEED + "\0");
        assertThat(cli.run("search", "--service", "ecs", "-0", "--format", "json")).isEqualTo(2);
        assertThat(cli.err).contains("-0/--null separates paths");
    }

    @Test
    void aMinusWordIsPartOfTheQueryAndAMistypedOptionIsAUsageError() {
        assertThat(cli.run("search", "container", "-kubernetes", "--format", "tsv", "--prefer-language", "vi"))
                .isZero();
        assertThat(cli.out).contains("Chạy container không cần quản lý máy chủ").doesNotContain("Kubernetes trên AWS");
        assertThat(cli.run("search", "container", "--lmit", "3")).isEqualTo(2);
        assertThat(cli.err).startsWith("recap: Unknown option: '--lmit'");
    }

    @Test
    void typedDiacriticsMatchThatSpellingUnlessIgnored() {
        assertThat(cli.run("search", "Tứ Duy", "-f", "tsv")).isEqualTo(1);
        assertThat(cli.run("search", "Tứ Duy", "--ignore-diacritics", "-f", "tsv")).isZero();
        assertThat(cli.out).contains("Tư Duy & Văn Hóa DevOps");
    }

    @Test
    void ndjsonPrintsOneHitPerLine() {
        assertThat(cli.run("search", "--service", "ecr", "--format", "ndjson")).isZero();
        String[] lines = cli.out.split("\n");
        assertThat(lines).hasSize(3);
        JsonNode first = Json.read(lines[0]);
        assertThat(first.at("/event/language").asString()).isEqualTo("en");
        assertThat(first.get("otherLanguages").toString()).isEqualTo("[\"vi\"]");
        JsonNode second = Json.read(lines[2]);
        assertThat(second.at("/event/title").asString()).isEqualTo("DevOps on AWS Workshop");
        assertThat(second.at("/session/number").asInt()).isEqualTo(4);
        assertThat(second.get("services").valueStream().map(s -> s.get("id").asString()))
                .containsExactly("ecr", "ecs", "eks", "apprunner");
    }

    @Test
    void jsonKeepsTheDocumentedContract() {
        assertThat(cli.run("search", "tu duy", "--format", "json")).isZero();
        JsonNode r = Json.read(cli.out);
        assertThat(r.propertyNames()).as("issue 2's keys, whether typo tolerance found the hits, the topics that "
                + "expanded the query").containsExactly("query", "total", "hits", "fuzzy", "expansions");
        assertThat(r.get("expansions").size()).as("'tu duy' names no topic").isZero();
        assertThat(r.get("fuzzy").asBoolean()).isFalse();
        assertThat(r.get("query").asString()).isEqualTo("tu duy");
        assertThat(r.get("total").asInt()).isEqualTo(1);
        JsonNode hit = r.at("/hits/0");
        assertThat(hit.propertyNames()).containsExactly("score", "event", "otherLanguages", "session", "services",
                "snippet", "marks");
        assertThat(hit.get("event").propertyNames()).containsExactly("id", "title", "date", "language", "path");
        assertThat(hit.get("session").propertyNames()).containsExactly("number", "title", "part");
        assertThat(hit.at("/session/title").asString()).isEqualTo("Tư Duy & Văn Hóa DevOps");
        assertThat(hit.at("/event/path").asString()).isEqualTo(Examples.SEED.toString());
        assertThat(hit.get("snippet").asString()).as("no marks in the text").isEqualTo("Tư Duy & Văn Hóa DevOps");
        assertThat(hit.get("marks").toString()).as("where the matches are").isEqualTo("[[0,2],[3,6]]");
    }

    @Test
    void offsetPagesThroughTheHits() {
        assertThat(cli.run("search", "--service", "CodeDeploy", "--offset", "2")).isZero();
        assertThat(cli.out).contains("DevOps on AWS Workshop").doesNotContain("Container Day")
                .endsWith("3–3 of 3 sessions\n");
    }

    @Test
    void nothingFoundExitsWithOneAndSaysSoOnStderr() {
        assertThat(cli.run("search", "zzzyyyxxx")).isEqualTo(1);
        assertThat(cli.out).isEmpty();
        assertThat(cli.err).isEqualTo("no sessions found\n");
        assertThat(cli.run("search", "zzzyyyxxx", "--format", "json")).isEqualTo(1);
        assertThat(Json.read(cli.out).get("total").asInt()).isZero();
    }

    @Test
    void anUnknownServiceIsAUsageErrorWithASuggestion() {
        assertThat(cli.run("search", "--service", "CodeDeplo")).isEqualTo(2);
        assertThat(cli.err).isEqualTo("recap: error: unknown service 'CodeDeplo'; did you mean CodeDeploy?\n");
    }

    @Test
    void aQueryOrAFilterIsNeeded() {
        assertThat(cli.run("search")).isEqualTo(2);
        assertThat(cli.err).isEqualTo("recap: error: give a QUERY, a filter (--service, --since, --year, "
                + "--speaker…), or both; see 'recap search --help'\n");
    }

    @Test
    void filtersByDateRangeYearLanguageAndPart() {
        assertThat(cli.run("search", "--since", "2025-09-01", "--until", "2025-10-31", "--lang", "vi", "-f",
                "tsv")).isZero();
        assertThat(titles()).isEqualTo("""
                2025-09-06 Data & AI Day: Từ dữ liệu đến mô hình #1
                2025-09-06 Data & AI Day: Từ dữ liệu đến mô hình #2
                2025-09-06 Data & AI Day: Từ dữ liệu đến mô hình #3
                """);
        assertThat(cli.run("search", "--year", "2026", "--part", "afternoon")).isEqualTo(1);
        assertThat(cli.run("search", "--year", "2025", "--part", "afternoon", "-f", "tsv")).isZero();
        assertThat(titles()).isEqualTo("""
                2025-11-29 Container Day – Modernising Applications #3
                2025-11-17 DevOps on AWS Workshop #4
                2025-11-17 DevOps on AWS Workshop #5
                2025-11-17 DevOps on AWS Workshop #6
                """);
    }

    @Test
    void filtersBySpeakerWithoutDiacriticsAndByEvent() {
        assertThat(cli.run("search", "--speaker", "vu thi lan", "-f", "tsv")).isZero();
        assertThat(titles()).isEqualTo("2025-11-29 Container Day – Modernising Applications #2\n"
                + "2025-11-29 Container Day #2\n");
        assertThat(cli.run("search", "--event", Examples.SEED.toString(), "--service", "ecs", "-f", "tsv")).isZero();
        assertThat(titles()).isEqualTo("2025-11-17 DevOps on AWS Workshop #4\n");
        assertThat(cli.run("search", "--event", "container day", "-f", "tsv")).isZero();
        assertThat(titles()).isEqualTo("""
                2025-11-29 Container Day – Modernising Applications #1
                2025-11-29 Container Day – Modernising Applications #2
                2025-11-29 Container Day – Modernising Applications #3
                2025-11-29 Container Day #1
                2025-11-29 Container Day #2
                """);
    }

    @Test
    void sortByDateListsNewestFirstThenBySessionNumber() {
        // English stemming: the drill's "contained with an IAM deny policy" matches "container".
        assertThat(cli.run("search", "container", "--sort", "date", "-f", "tsv")).isZero();
        assertThat(titles()).isEqualTo("""
                2026-07-25 Cloud Security Community Day #4
                2025-11-29 Container Day – Modernising Applications #1
                2025-11-29 Container Day – Modernising Applications #2
                2025-11-29 Container Day – Modernising Applications #3
                2025-11-29 Container Day #1
                2025-11-29 Container Day #2
                2025-11-17 DevOps on AWS Workshop #4
                """);
    }

    @Test
    void facetsCountTheMatchingSessionsInATableThatFits() {
        cli.env.put("COLUMNS", "80");
        assertThat(cli.run("search", "--service", "CodeDeploy", "--facets")).isZero();
        assertThat(cli.out).isEqualTo("""
                DATE        EVENT                            #  SESSION
                2025-11-29  Container Day – Modernising      2  Continuous delivery for
                            Applications                        containers
                    Blue/green deployments to ECS with «AWS CodeDeploy».
                2025-11-29  Container Day                    2  Continuous delivery for
                                                                containers
                    AWS CodePipeline and AWS CodeBuild feed «AWS CodeDeploy».
                2025-11-17  DevOps on AWS Workshop           2  CI/CD trên AWS
                    Các chiến lược triển khai (Blue/Green, Rolling, Canary) với «CodeDeploy».
                (lang, services not shown at this width)
                3 of 3 sessions

                FACET     VALUE                  SESSIONS
                service   CodeBuild                     3
                service   CodeDeploy                    3
                service   CodePipeline                  3
                service   ECS                           2
                service   CodeCommit                    1
                topic     CI/CD                         3
                topic     deployment strategies         3
                topic     DevOps                        3
                topic     containers                    2
                topic     automation                    1
                topic     software testing              1
                topic     version control               1
                year      2025                          3
                language  en                            2
                language  vi                            1
                """);
        assertThat(cli.err).isEmpty();
    }

    @Test
    void facetsInJsonAreCountsOfValuesAndLabels() {
        assertThat(cli.run("search", "kubernetes", "--facets", "--format", "json")).isZero();
        JsonNode r = Json.read(cli.out);
        assertThat(r.propertyNames()).containsExactly("query", "total", "hits", "fuzzy", "expansions", "facets");
        assertThat(r.get("facets").propertyNames()).containsExactly("services", "topics", "years", "languages");
        assertThat(r.at("/facets/topics").valueStream().map(c -> c.get("value").asString() + "/"
                + c.get("label").asString() + "=" + c.get("count").asInt()).limit(2))
                .containsExactly("kubernetes/Kubernetes=3", "containers/containers=2");
        assertThat(r.at("/facets/services/0").propertyNames()).containsExactly("value", "label", "count");
        assertThat(r.at("/facets/services").valueStream()
                .map(c -> c.get("value").asString() + "/" + c.get("label").asString() + "=" + c.get("count").asInt()))
                .containsExactly("eks/EKS=3", "ecs/ECS=2", "apprunner/App Runner=1", "cdk/CDK=1",
                        "cloudwatch/CloudWatch=1", "ecr/ECR=1", "vpc/VPC=1");
        assertThat(r.at("/facets/years").valueStream().map(c -> c.get("value").asString() + "=" + c.get("count").asInt()))
                .containsExactly("2025=3");
        assertThat(r.at("/facets/languages").valueStream()
                .map(c -> c.get("value").asString() + "=" + c.get("count").asInt())).containsExactly("en=2", "vi=1");
    }

    @Test
    void aFacetTableShowsTheTenMostFrequentValuesOfEachAndSaysHowManyMore() {
        List<FacetCount> services = new ArrayList<>();
        for (int i = 12; i >= 1; i--) {
            services.add(new FacetCount("s" + i, "S" + i, i));
        }
        Facets facets = new Facets(services, List.of(new FacetCount("2025", "2025", 78)),
                List.of(new FacetCount("en", "en", 78)));
        StringWriter table = new StringWriter();
        Output into = new Output(new Environment(Map.of(), new PrintWriter(table), new PrintWriter(new StringWriter()),
                Terminal.none()), new GlobalOptions());
        new ListingPrinter(into).print(SearchCommand.facetListing(facets), OutputFormat.table);
        assertThat(table).hasToString("""
                FACET     VALUE  SESSIONS
                service   S12          12
                service   S11          11
                service   S10          10
                service   S9            9
                service   S8            8
                service   S7            7
                service   S6            6
                service   S5            5
                service   S4            4
                service   S3            3
                year      2025         78
                language  en           78
                """);
        assertThat(SearchCommand.moreFacets(facets)).isEqualTo("2 more services; --format json lists them all");
        assertThat(SearchCommand.moreFacets(Facets.NONE)).isNull();
    }

    @Test
    void facetsGoWithTableOrJsonOnly() {
        assertThat(cli.run("search", "devops", "--facets", "--format", "csv")).isEqualTo(2);
        assertThat(cli.err).isEqualTo("recap: error: --facets prints with --format table or json\n");
    }

    @Test
    void aMistypedWordIsRetriedWithSimilarWordsAndStderrSaysSo() {
        assertThat(cli.run("search", "kubernetis", "-f", "tsv")).isZero();
        assertThat(cli.err).isEqualTo("recap: nothing matches \"kubernetis\" as typed; showing sessions with similar "
                + "words\n");
        assertThat(titles()).startsWith("2025-11-29 Container Day – Modernising Applications #3\n");
        assertThat(cli.run("search", "kubernetis", "-f", "json")).isZero();
        assertThat(Json.read(cli.out).get("fuzzy").asBoolean()).isTrue();
        assertThat(cli.run("search", "kubernetis", "--quiet", "-f", "paths")).isZero();
        assertThat(cli.err).isEmpty();
    }

    @Test
    void aDateThatIsNotOneOrAnEmptyRangeIsAUsageError() {
        assertThat(cli.run("search", "--since", "2025-13-01")).isEqualTo(2);
        assertThat(cli.err).startsWith("recap: Invalid value for option '--since': '2025-13-01' is not a date; "
                + "write it as YYYY-MM-DD, such as 2025-11-17\n");
        assertThat(cli.run("search", "--since", "2025-12-01", "--until", "2025-01-01")).isEqualTo(2);
        assertThat(cli.err).isEqualTo("recap: error: the date range is empty: 2025-12-01 is after 2025-01-01\n");
        assertThat(cli.run("search", "--part", "night")).isEqualTo(2);
        assertThat(cli.err).contains("morning, afternoon, evening");
    }

    /** The tsv output's hits as {@code date event #number}, one per line. */
    private String titles() {
        StringBuilder sb = new StringBuilder();
        cli.out.lines().skip(1).forEach(line -> {
            String[] cells = line.split("\t");
            sb.append(cells[0]).append(' ').append(cells[1]).append(" #").append(cells[2]).append('\n');
        });
        return sb.toString();
    }

    @Test
    void aMissingIndexSaysWhatToDo() {
        cli.env.put("RECAP_INDEX", tmp.resolve("nowhere").toString());
        assertThat(cli.run("search", "devops")).isEqualTo(3);
        assertThat(cli.err).isEqualTo("recap: error: no index at " + tmp.resolve("nowhere")
                + "; run `recap index PATH` first\n");
    }

    @Test
    void aQuerySyntaxErrorIsAUsageErrorWithoutAStackTrace() {
        assertThat(cli.run("search", "devops AND (")).isEqualTo(2);
        assertThat(cli.err).startsWith("recap: error: cannot understand the query").doesNotContain("\tat ");
        assertThat(cli.run("search", "devops AND (", "--verbose")).isEqualTo(2);
        assertThat(cli.err).contains("\tat ");
    }

    @Test
    void queriesThatCannotBeUnderstoodAreExplainedInRecapsWords() {
        assertThat(cli.run("search", "AND")).isEqualTo(2);
        assertThat(cli.err).isEqualTo("recap: error: cannot understand the query 'AND': unexpected \"AND\" at column 1 "
                + "(AND goes between two words; to search for the word, put it in quotes)\n");
        assertThat(cli.run("search", "*")).isEqualTo(2);
        assertThat(cli.err).isEqualTo("recap: error: cannot understand the query '*': a word cannot start with * or ? "
                + "(write some letters first, as in kube*; to list everything, give no query)\n");
    }

    @Test
    void aLanguageOrYearNoReportCanHaveIsAUsageError() {
        assertThat(cli.run("search", "--lang", "french")).isEqualTo(2);
        assertThat(cli.err).contains("--lang takes a two-letter language code such as vi or en, not 'french'");
        assertThat(cli.run("search", "--year", "-1")).isEqualTo(2);
        assertThat(cli.err).contains("--year takes a year of four digits, such as 2025, not -1");
        assertThat(cli.run("events", "--year", "20255")).isEqualTo(2);
        assertThat(cli.run("search", "--lang", "fr")).as("a language no report of the index has").isEqualTo(1);
    }

    @Test
    void limitZeroCountsExactly() {
        assertThat(cli.run("search", "--service", "ECS", "-n", "0")).isZero();
        assertThat(cli.out).endsWith("0 of 5 sessions\n").doesNotContain("+");
    }

    @Test
    void aSessionItsTwinsTellIsFoundOnceInTheQuerysLanguageAndEveryTwinWithAllLanguages() {
        // English words: the English twin, which says its report is in Vietnamese too
        assertThat(cli.run("search", "kubernetes", "--event", "container day", "-f", "tsv")).isZero();
        assertThat(cli.out.lines().skip(1)).singleElement().asString()
                .contains("Container Day – Modernising Applications\t3\tKubernetes on AWS\ten +vi\t");
        // Vietnamese letters: the Vietnamese twin
        assertThat(cli.run("search", "triển khai", "--event", "container day", "-f", "tsv")).isZero();
        assertThat(cli.out.lines().skip(1)).singleElement().asString()
                .contains("Container Day – Hiện đại hóa ứng dụng\t2\tTriển khai liên tục cho container\tvi +en\t");
        // the query does not tell: --prefer-language does
        assertThat(cli.run("search", "kubernetes", "--event", "container day", "-f", "tsv", "--prefer-language",
                "vi")).isZero();
        assertThat(cli.out.lines().skip(1)).singleElement().asString().contains("Kubernetes trên AWS\tvi +en\t");
        // a twin that alone matches is shown whatever the preference: the session is found, in the words it has
        assertThat(cli.run("search", "máy chủ", "--event", "container day", "-f", "tsv", "--prefer-language", "en"))
                .isZero();
        assertThat(cli.out.lines().skip(1)).singleElement().asString()
                .contains("\tChạy container không cần quản lý máy chủ\tvi +en\t");
        // every twin
        assertThat(cli.run("search", "kubernetes", "--event", "container day", "-f", "tsv", "--all-languages"))
                .isZero();
        assertThat(cli.out.lines().skip(1)).hasSize(2);
        // totals and facets count the session once too
        assertThat(cli.run("search", "kubernetes", "--event", "container day", "--facets", "-f", "json")).isZero();
        JsonNode r = Json.read(cli.out);
        assertThat(r.get("total").asInt()).isEqualTo(1);
        assertThat(r.at("/facets/languages").valueStream().map(c -> c.get("value").asString() + "="
                + c.get("count").asInt())).containsExactly("en=1");
    }
}
