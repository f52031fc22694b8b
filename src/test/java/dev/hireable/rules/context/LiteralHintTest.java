package dev.hireable.rules.context;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The plain text every match of an expression holds, as a set of which one occurs. */
class LiteralHintTest {

    @Test
    void theLongestRunOfASequenceLowerCased() {
        assertThat(LiteralHint.of("\\bload_Iris\\(")).containsExactly("load_iris(");
        assertThat(LiteralHint.of("a\\s+(?:longer)?\\s*bc")).containsExactly("bc");
    }

    @Test
    void aWordEveryFileHasGivesWayToARunThatIsNot() {
        assertThat(LiteralHint.of("^import\\s+modal\\b")).containsExactly("modal");
        assertThat(LiteralHint.of("^import\\s+(?:pandas|polars)")).containsExactly("pandas", "polars");
    }

    @Test
    void alternativesGiveEachTheirOwnOnceInOrderOrNothingWhenOneHasNone() {
        assertThat(LiteralHint.of("mlflow|wandb|mlflow\\.log")).containsExactly("mlflow", "wandb", "mlflow.log");
        assertThat(LiteralHint.of("(?:dvc|lakefs)\\s+push|\\bdvc\\b")).containsExactly("push", "dvc");
        assertThat(LiteralHint.of("mlflow|[a-z]+")).containsExactly("");
    }

    @Test
    void aMandatoryGroupWinsWhenItFiltersBetterAnOptionalOneNever() {
        assertThat(LiteralHint.of("x(?:transformers|peft)")).containsExactly("transformers", "peft");
        assertThat(LiteralHint.of("trainer(?:_state)?")).containsExactly("trainer");
        assertThat(LiteralHint.of("(?=lookahead)ab")).containsExactly("ab");
    }

    @Test
    void quotedTextOrCommentsModeAnywhereMeansNoHint() {
        assertThat(LiteralHint.of("\\Qa.b\\E")).containsExactly("");
        assertThat(LiteralHint.of("(?x) mlflow # tracking")).containsExactly("");
        assertThat(LiteralHint.of("mlflow(?:(?x) log # it)")).containsExactly("");
        assertThat(LiteralHint.of("mlflow|(?x:wandb)")).containsExactly("");
    }
}
