package io.recap.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.parser.internal.PersonNames.Strength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a person's name is, and what a name is when it is written with an honorific. */
class PersonNamesTest {

    private final PersonNames names = PersonNames.builtIn();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Nguyễn Văn Hải         | STRONG
            Trung Vu               | STRONG
            Taiki Dang             | STRONG
            Minh Anh Đặng Cao      | STRONG
            NGUYEN VAN HAI         | STRONG
            Minh Anh               | MEDIUM
            Jeff Johnson           | MEDIUM
            Marc E. Knapper        | MEDIUM
            Kiệt                   | WEAK
            Long                   | WEAK
            Network Security       | NONE
            Data Protection        | NONE
            Incident Response      | NONE
            Senior Solutions Architect | NONE
            AWS WAF                | NONE
            AgentCore Gateway      | NONE
            Autonomous Spectrum    | NONE
            Signal Scout           | NONE
            One Team               | NONE
            Việt Nam               | NONE
            Hà Nội                 | NONE
            Tech Day               | NONE
            Jeff                   | NONE
            Noventiq Vietnam       | NONE
            The team consisted of Le Tan Luc | NONE
            """)
    void tellsNamesFromOtherPhrases(String phrase, Strength expected) {
        assertThat(names.strength(phrase)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Mr. Joseph Marazzotta  | Joseph Marazzotta
            Ông Nguyễn Gia Hùng    | Nguyễn Gia Hùng
            H.E. Pham Duc Long     | Pham Duc Long
            Ms. My Nguyen          | My Nguyen
            Anh Trường             | Trường
            Chi Bao                | Bao
            Anh Nguyen Nguyen      | Nguyen Nguyen
            Anh Dang               | Anh Dang
            Anh Phạm               | Anh Phạm
            Huynh Thai Linh's      | Huynh Thai Linh
            """)
    void dropsHonorificsButNotGivenNamesThatLookLikeThem(String written, String name) {
        assertThat(names.clean(written)).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Senior Solutions Architect | true
            Co-founder & CEO           | true
            Kỹ sư                      | true
            Kien Nguyen                | false
            """)
    void knowsRoles(String phrase, boolean onlyRoles) {
        assertThat(names.onlyRoles(phrase)).isEqualTo(onlyRoles);
    }
}
