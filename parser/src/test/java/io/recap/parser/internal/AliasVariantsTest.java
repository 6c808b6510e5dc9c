package io.recap.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spellings derived from a listed one. */
class AliasVariantsTest {

    private static List<String> variants(String... words) {
        List<String> out = new ArrayList<>();
        for (String[] v : AliasVariants.of(words)) {
            out.add(String.join(" ", v));
        }
        return out;
    }

    @Test
    void wordsAreJoinedAndTheLastOneTakesOrDropsAPluralS() {
        assertThat(variants("App", "Runner")).containsExactly("AppRunner", "App Runners");
        assertThat(variants("Step", "Functions")).containsExactly("StepFunctions", "Step Function");
        assertThat(variants("Route", "53")).containsExactly("Route53");
        assertThat(variants("X", "Ray")).containsExactly("XRay");
    }

    @Test
    void camelCaseWordsAreSplitIntoCapitalisedParts() {
        assertThat(variants("CodeDeploy")).containsExactly("Code Deploy");
        assertThat(variants("DynamoDB")).containsExactly("Dynamo DB");
        assertThat(variants("CloudWatch", "Logs")).contains("Cloud Watch Logs");
    }

    @Test
    void wordsThatAreNotCamelCaseStayWhole() {
        assertThat(variants("Lambda")).isEmpty();
        assertThat(variants("IoTSiteWise")).isEmpty();
        assertThat(variants("FSx")).isEmpty();
        assertThat(variants("EC2")).isEmpty();
    }
}
