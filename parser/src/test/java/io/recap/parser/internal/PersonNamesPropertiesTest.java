package io.recap.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the name model over generated input: it never fails on any text, cleaning a name twice gives
 * what cleaning it once gave, and a phrase that holds a role or an organisation word is never a person's name.
 */
class PersonNamesPropertiesTest {

    private final PersonNames names = PersonNames.builtIn();

    /** Words people write in and around names: name syllables, honorifics, roles, organisations, punctuation. */
    private static final List<String> WORDS = List.of("Nguyễn", "Trần", "Lê", "Văn", "Thị", "Anh", "Minh", "Hùng",
            "Dang", "Kha", "Van", "Mr.", "Ms.", "Ông", "Chị", "anh", "Jeff", "Johnson", "E.", "CEO", "Architect",
            "AWS", "Corp", "Team", "Đội", "Security", "–", "-", ",", "(", ")", "và", "and", "'s", "Trường", "Phạm");

    private static Gen<String> phrases() {
        return lists().of(integers().between(0, WORDS.size() - 1).map(WORDS::get)).ofSizeBetween(0, 7)
                .map(words -> String.join(" ", words));
    }

    @Test
    void anyTextIsReadWithoutFailing() {
        qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 80)).checkAssert(s -> {
            String cleaned = names.clean(s);
            assertThat(names.strength(cleaned)).isNotNull();
            assertThat(names.onlyRoles(s)).isIn(true, false);
        });
    }

    @Test
    void cleaningTwiceIsCleaningOnce() {
        qt().withExamples(1000).forAll(phrases()).checkAssert(p -> {
            String once = names.clean(p);
            assertThat(names.clean(once)).as("clean(clean(%s))", p).isEqualTo(once);
        });
    }

    @Test
    void aPhraseWithARoleOrAnOrganisationIsNoName() {
        qt().withExamples(1000).forAll(phrases()).checkAssert(p -> {
            if (names.hasRole(p) || names.hasOrganization(p)) {
                assertThat(names.strength(names.clean(p))).as(p).isEqualTo(PersonNames.Strength.NONE);
            }
        });
    }
}
