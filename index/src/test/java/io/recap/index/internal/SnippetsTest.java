package io.recap.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The snippet of a hit found by a service filter: the first line that names the service, the name marked. */
class SnippetsTest {

    @Test
    void marksTheFirstLineThatNamesTheServiceAsAWholeWordInAnyCase() {
        String text = "Giới thiệu.\nCodeDeployment là gì?\nTriển khai với aws codedeploy và ECS.";

        assertThat(Snippets.lineMentioning(text, List.of("AWS CodeDeploy", "CodeDeploy")))
                .isEqualTo("Triển khai với «aws codedeploy» và ECS.");
    }

    @Test
    void lettersWhoseLowerCaseIsLongerDoNotShiftTheMark() {
        // "İ" lower-cases to two chars: positions found in a lower-cased copy would be one off
        String text = "İİ İzmir: blue/green với CodeDeploy.";

        assertThat(Snippets.lineMentioning(text, List.of("CodeDeploy")))
                .isEqualTo("İİ İzmir: blue/green với «CodeDeploy».");
    }

    @Test
    void withoutTheNameTheFirstLineIsShown() {
        assertThat(Snippets.lineMentioning("Mở đầu.\nPhần hai.", List.of("CodeDeploy"))).isEqualTo("Mở đầu.");
    }
}
