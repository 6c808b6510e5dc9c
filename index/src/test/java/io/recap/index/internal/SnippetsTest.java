package io.recap.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.recap.index.Snippet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snippet of a hit found by a service filter: the first line that names the service, the name marked. */
class SnippetsTest {

    @Test
    void marksTheFirstLineThatNamesTheServiceAsAWholeWordInAnyCase() {
        String text = "Giới thiệu.\nCodeDeployment là gì?\nTriển khai với aws codedeploy và ECS.";

        assertThat(Snippets.lineMentioning(text, List.of("AWS CodeDeploy", "CodeDeploy")).marked("«", "»"))
                .isEqualTo("Triển khai với «aws codedeploy» và ECS.");
    }

    @Test
    void lettersWhoseLowerCaseIsLongerDoNotShiftTheMark() {
        // "İ" lower-cases to two chars: positions found in a lower-cased copy would be one off
        String text = "İİ İzmir: blue/green với CodeDeploy.";

        assertThat(Snippets.lineMentioning(text, List.of("CodeDeploy")).marked("«", "»"))
                .isEqualTo("İİ İzmir: blue/green với «CodeDeploy».");
    }

    @Test
    void withoutTheNameTheFirstLineIsShown() {
        Snippet s = Snippets.lineMentioning("Mở đầu.\nPhần hai.", List.of("CodeDeploy"));
        assertThat(s.text()).isEqualTo("Mở đầu.");
        assertThat(s.marks()).isEmpty();
    }

    @Test
    void marksBecomeRangesOfThePlainTextAndAdjacentOnesJoin() {
        Snippet s = Snippets.snippet("with " + Snippets.OPEN + "Code" + Snippets.CLOSE + Snippets.OPEN + "Deploy"
                + Snippets.CLOSE + " and «quotes» of its own");
        assertThat(s.text()).isEqualTo("with CodeDeploy and «quotes» of its own");
        assertThat(s.marks()).containsExactly(new Snippet.Mark(5, 15));
        assertThat(s.marked("[", "]")).isEqualTo("with [CodeDeploy] and «quotes» of its own");
    }
}
