package io.recap.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.model.Diagnostic;
import io.recap.model.Severity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Twins are the language versions of one page; when their programmes differ in length, each says so. */
class TwinsTest {

    @Test
    void twinsShareThePathWithoutTheLanguage() {
        assertThat(Twins.key("c/4.1-E/_index.vi.md")).isEqualTo("c/4.1-E/_index.md");
        assertThat(Twins.key("c/4.1-E/_index.en.md")).isEqualTo("c/4.1-E/_index.md");
        assertThat(Twins.key("c/4.1-E/_index.md")).isEqualTo("c/4.1-E/_index.md");
        assertThat(Twins.key("c/4.1-E/index.pt-br.md")).isEqualTo("c/4.1-E/index.md");
        assertThat(Twins.key("c/notes.txt")).isEqualTo("c/notes.txt");
    }

    @Test
    void twinsThatDisagreeOnTheProgrammeEachGetAWarning() {
        Map<String, Diagnostic> found = Twins.disagreements(Map.of(
                "c/4.1-E/_index.md", 6, "c/4.1-E/_index.vi.md", 3,
                "c/4.2-F/_index.md", 4, "c/4.2-F/_index.vi.md", 4,
                "c/4.3-G/_index.md", 2));
        assertThat(found).containsOnlyKeys("c/4.1-E/_index.md", "c/4.1-E/_index.vi.md");
        Diagnostic vi = found.get("c/4.1-E/_index.vi.md");
        assertThat(vi.code()).isEqualTo(Twins.SESSIONS_DIFFER);
        assertThat(vi.severity()).isEqualTo(Severity.WARNING);
        assertThat(vi.message()).isEqualTo("this page has 3 sessions, its twin _index.md has 6: part of the "
                + "programme may be missing from one of them");
    }
}
