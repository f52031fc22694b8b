package dev.hireable.rules.catalog;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RulePatternTest {

    @Test
    void anOrdinaryPatternMatchesAsJavaRegularExpressionsDo() {
        Matcher matcher = RulePattern.compile("\\bmlflow\\.(log_\\w+)\\(").matcher("    mlflow.log_metric(\"auc\", auc)");

        assertThat(matcher.find()).isTrue();
        assertThat(matcher.group(1)).isEqualTo("log_metric");
        assertThat(matcher.start()).isEqualTo(4);
    }

    @Test
    void lookaroundsStillWork() {
        assertThat(RulePattern.compile("(?<!fashion[-_ ])\\bmnist\\b").find("the fashion-mnist set")).isFalse();
        assertThat(RulePattern.compile("(?<!fashion[-_ ])\\bmnist\\b").find("the mnist set")).isTrue();
    }

    @Test
    void aPatternThatBacktracksWithoutEndIsStoppedInsteadOfHanging() {
        RulePattern catastrophic = RulePattern.compile("(.*a){14}$");
        String line = "a".repeat(40) + "b";

        assertThatThrownBy(() -> catastrophic.find(line))
                .isInstanceOf(RulePattern.TooComplex.class)
                .hasMessageContaining("(.*a){14}$").hasMessageContaining("it was stopped");
    }

    @Test
    void theBudgetGrowsWithTheInputSoLongLinesOfOrdinaryPatternsAreNotStopped() {
        String longLine = "x = 1; ".repeat(100_000) + "wandb.init(project='p')";

        assertThat(RulePattern.compile("\\bwandb\\.init\\s*\\(").find(longLine)).isTrue();
        assertThat(RulePattern.compile("^\\s*(?:import|from)\\s+\\w+").find(longLine)).isFalse();
    }

    @Test
    void anInvalidPatternNamesItselfAndTheProblem() {
        assertThatThrownBy(() -> RulePattern.compile("mlflow(("))
                .hasMessage("'mlflow((' is not a valid regular expression: Unclosed group");
    }
}
