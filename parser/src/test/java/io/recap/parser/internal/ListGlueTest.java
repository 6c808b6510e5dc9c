package io.recap.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What separates two items of a list of services: the text between "A" and "B" in each example. */
class ListGlueTest {

    private static boolean glues(String example) {
        int from = example.indexOf('A') + 1;
        int to = example.lastIndexOf('B');
        return ListGlue.between(example, from, to);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A, B", "A/B", "A + B", "A → B", "A -> B", "A & B", "A | B", "A and B", "A, and B",
        "A và B", "A hoặc B", "A vs B", "A (text analysis), B", "A (phân tích văn bản) và B", "A (B)", "A; B",
        "A combined with B", "A kết hợp với B", "A cùng B", "Text Extraction (A) and Language Processing (B)",
        "trích xuất (A), phân tích ngôn ngữ tự nhiên (B)"})
    void separatorsConjunctionsAndGlossesMakeAList(String example) {
        assertThat(glues(example)).as(example).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A B", "A. B", "A with B", "A controls using B", "A sends logs to B", "A and then B",
        "the (A) pattern is used everywhere in our team (B)", "(A) hay (B)",
        "A, which is an extremely long aside, B", "A (a gloss that goes on and on for far too many words to be"
                + " a short description of the service) B"})
    void spacesFullStopsAndWordsDoNot(String example) {
        assertThat(glues(example)).as(example).isFalse();
    }
}
