package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recap.cli.RelevanceJudgments.Query;
import io.recap.cli.RelevanceScore.Hit;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The relevance judgments read as written, and the scorer that compares hits with them. */
class RelevanceScoreTest {

    static final String JUDGMENTS = """
            # a comment
            query words
              run: search '"Nova Sonic" OR FinOps' --lang en
              tests: OR
              file: a.md
                session: 9:00 – 10:30 AM | AWS DevOps Services – CI/CD Pipeline | Deployment
                session: Voice Agents
              file: b.md
                event-level: 3

            query events
              run: events --service CodeDeploy
              file: a.md | parent.md
              file: c.vi.md

            query derived
              run: search x
              union-of: words events
              only-files: ^a\\.md
              except: b.md
            """;

    @Test
    void aRunLineIsSplitAsAShellWould() {
        assertThat(RelevanceJudgments.words("search '\"Nova Sonic\" OR FinOps' --speaker \"Kien Nguyen\" x"))
                .containsExactly("search", "\"Nova Sonic\" OR FinOps", "--speaker", "Kien Nguyen", "x");
        assertThatThrownBy(() -> RelevanceJudgments.words("search 'open")).hasMessageContaining("unclosed");
    }

    @Test
    void judgmentsAreReadWithAlternativesEventLevelReportsAndDerivedQueries() {
        List<Query> qs = RelevanceJudgments.parse(JUDGMENTS);
        assertThat(qs).extracting(Query::id).containsExactly("words", "events", "derived");
        Query words = qs.get(0);
        assertThat(words.args()).containsExactly("search", "\"Nova Sonic\" OR FinOps", "--lang", "en");
        assertThat(words.expected()).hasSize(3);
        assertThat(words.expected().get(0).titles()).containsExactly("9:00 – 10:30 AM", "AWS DevOps Services – CI/CD "
                + "Pipeline", "Deployment");
        assertThat(words.expected().get(2).eventLevel()).isEqualTo(3);
        assertThat(qs.get(1).events()).isTrue();
        assertThat(qs.get(1).expected().get(0).files()).containsExactly("a.md", "parent.md");
        assertThat(qs.get(2).expected()).extracting(e -> e.files().get(0)).containsExactly("a.md", "a.md", "a.md");
    }

    @Test
    void theBundledJudgmentsAreValidAndAtLeastThirty() throws IOException {
        List<Query> qs = RelevanceJudgments.load();
        assertThat(qs).hasSizeGreaterThanOrEqualTo(30);
        assertThat(qs).allSatisfy(q -> assertThat(q.expected()).as(q.id()).isNotEmpty());
    }

    @Test
    void titlesMatchDespiteNumberingTimesCaseDiacriticsAndAnAddedSpeaker() {
        assertThat(RelevanceScore.sameTitle("AWS DevOps Services – CI/CD Pipeline",
                "9:00 – 10:30 AM | AWS DevOps Services – CI/CD Pipeline")).isTrue();
        assertThat(RelevanceScore.sameTitle("Phiên 4: CI/CD với AWS DevOps Tools", "CI/CD VỚI AWS DEVOPS TOOLS"))
                .isTrue();
        assertThat(RelevanceScore.sameTitle("AWS DevOps Services – CI/CD Pipeline",
                "AWS DevOps Services – CI/CD Pipeline (Kha – CI/CD Workflow)")).isTrue();
        assertThat(RelevanceScore.sameTitle("Deployment", "Deployment:")).isTrue();
        assertThat(RelevanceScore.sameTitle("Deployment", "Deployment Strategies")).isFalse();
        assertThat(RelevanceScore.sameTitle("Infrastructure as Code (IaC)", "AWS DevOps Services – CI/CD Pipeline"))
                .isFalse();
        assertThat(RelevanceScore.sameTitle("Main Content", null)).isFalse();
    }

    @Test
    void precisionAndRecallCountNamedSessionsOnceAndEventLevelReportsUpToTheirSessions() {
        Query q = RelevanceJudgments.parse(JUDGMENTS).get(0);
        RelevanceScore s = RelevanceScore.of(q, List.of(
                new Hit("a.md", "AWS DevOps Services – CI/CD Pipeline"),
                new Hit("a.md", "Deployment"),          // the same session again: relevant, counted once
                new Hit("a.md", "Lunch"),               // not relevant
                new Hit("b.md", "anything"),
                new Hit("b.md", "else"),
                new Hit("b.md", "more"),
                new Hit("b.md", "and more")), null);    // relevant, but b.md has only 3 sessions to find
        assertThat(s.hits()).isEqualTo(7);
        assertThat(s.relevant()).isEqualTo(6);
        assertThat(s.expected()).isEqualTo(5);
        assertThat(s.found()).isEqualTo(4);
        assertThat(s.precision()).isEqualTo(6 / 7.0);
        assertThat(s.recall()).isEqualTo(4 / 5.0);
        assertThat(s.ordered()).isTrue();
        assertThat(s.wrong()).containsExactly("a.md :: Lunch");
        assertThat(s.missed()).containsExactly("a.md :: Voice Agents");
    }

    @Test
    void aNamedSessionAfterAnEventLevelOneIsOutOfOrder() {
        Query q = RelevanceJudgments.parse(JUDGMENTS).get(0);
        RelevanceScore s = RelevanceScore.of(q, List.of(new Hit("b.md", "x"), new Hit("a.md", "Voice Agents")),
                null);
        assertThat(s.ordered()).isFalse();
    }

    @Test
    void eventsMatchByReportOrItsAlternative() {
        Query q = RelevanceJudgments.parse(JUDGMENTS).get(1);
        RelevanceScore s = RelevanceScore.of(q, List.of(new Hit("parent.md", null), new Hit("x.md", null)), null);
        assertThat(s.relevant()).isEqualTo(1);
        assertThat(s.found()).isEqualTo(1);
        assertThat(s.expected()).isEqualTo(2);
    }
}
