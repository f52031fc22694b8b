package dev.hireable.rules.context;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssignmentTest {

    @Test
    void tupleAssignmentAssignsEveryName() {
        Assignment split = Assignment.of("X_train, X_test, y_train, y_test = train_test_split(X, y)")
                .orElseThrow();

        assertThat(split.targets()).containsExactly("X_train", "X_test", "y_train", "y_test");
        assertThat(split.value()).isEqualTo(" train_test_split(X, y)");
    }

    @Test
    void subscriptsAttributesAugmentedAndAnnotatedAssignmentsAssignTheirName() {
        assertThat(Assignment.of("df[\"y\"] = df[\"x\"] * 2").orElseThrow().targets())
                .containsExactly("df");
        assertThat(Assignment.of("self.model = build()").orElseThrow().targets())
                .containsExactly("model");
        assertThat(Assignment.of("total += 1").orElseThrow().targets()).containsExactly("total");
        assertThat(Assignment.of("n: int = 3").orElseThrow().targets()).containsExactly("n");
        assertThat(Assignment.of("mask <<= 1").orElseThrow().targets()).containsExactly("mask");
    }

    @Test
    void comparisonsKeywordArgumentsAndStringsAreNotAssignments() {
        assertThat(Assignment.of("if a == b:")).isEmpty();
        assertThat(Assignment.of("if a <= b or a != c:")).isEmpty();
        assertThat(Assignment.of("model.fit(X, y, sample_weight=w)")).isEmpty();
        assertThat(Assignment.of("print('a = b')")).isEmpty();
        assertThat(Assignment.of("label = \"x == y\"").orElseThrow().targets()).containsExactly("label");
    }

    @Test
    void namesLeaveOutWhatIsInsideStrings() {
        assertThat(Assignment.names("model.fit(X, df['churn'], note=\"y is here\")"))
                .containsExactly("model", "fit", "X", "df", "note");
    }
}
