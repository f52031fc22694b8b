package dev.hireable.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RulePatternTest {

    @Test
    void anOrdinaryPatternMatchesAsJavaRegularExpressionsDo() {
        Matcher matcher =
                RulePattern.compile("\\bmlflow\\.(log_\\w+)\\(").matcher("    mlflow.log_metric(\"auc\", auc)");

        assertThat(matcher.find()).isTrue();
        assertThat(matcher.group(1)).isEqualTo("log_metric");
        assertThat(matcher.start()).isEqualTo(4);
    }

    @Test
    void lookaroundsStillWork() {
        assertThat(RulePattern.compile("(?<!fashion[-_ ])\\bmnist\\b").find("the fashion-mnist set"))
                .isFalse();
        assertThat(RulePattern.compile("(?<!fashion[-_ ])\\bmnist\\b").find("the mnist set"))
                .isTrue();
    }

    @Test
    void aPatternThatBacktracksWithoutEndIsStoppedInsteadOfHanging() {
        RulePattern catastrophic = RulePattern.compile("(.*a){14}$");
        String line = "a".repeat(40) + "b";

        assertThatThrownBy(() -> catastrophic.find(line))
                .isInstanceOf(RulePattern.TooComplex.class)
                .hasMessageContaining("(.*a){14}$")
                .hasMessageContaining("was stopped");
    }

    @Test
    void aStoppedPatternNamesWhereItWasWritten() {
        RulePattern catastrophic = RulePattern.compile("(.*a){14}$", 0, "rules/tracking.yaml:71");

        assertThatThrownBy(() -> catastrophic.find("a".repeat(40) + "b"))
                .isInstanceOfSatisfying(RulePattern.TooComplex.class, e -> {
                    assertThat(e.pattern().origin()).isEqualTo("rules/tracking.yaml:71");
                    assertThat(e.length()).isEqualTo(41);
                    assertThat(e.explanation())
                            .isEqualTo("the pattern '(.*a){14}$' of rules/tracking.yaml:71 takes too"
                                    + " long on a text of 41 characters (it backtracks without end) and was stopped");
                });
    }

    @Test
    void aJoinedPatternThatIsStoppedNamesThePartThatBacktracks() {
        RulePattern fine = RulePattern.compile("\\bwandb\\.log\\(", 0, "rules/tracking.yaml:80");
        RulePattern catastrophic = RulePattern.compile("(.*a){14}$", 0, "my-rules/tracking.yaml:4");
        RulePattern joined = RulePattern.anyOf(List.of(fine, catastrophic)).orElseThrow();

        assertThat(joined.find("wandb.log(loss)")).isTrue();
        assertThatThrownBy(() -> joined.find("a".repeat(40) + "b"))
                .isInstanceOfSatisfying(
                        RulePattern.TooComplex.class,
                        e -> assertThat(e.pattern()).isSameAs(catastrophic));
    }

    @Test
    void moreFlagsKeepWhereThePatternWasWritten() {
        RulePattern phrase = RulePattern.compile("titanic", 0, "rules/toy_dataset.yaml:9");

        RulePattern anyCase = phrase.withFlags(Pattern.CASE_INSENSITIVE);

        assertThat(anyCase.find("The TITANIC set")).isTrue();
        assertThat(phrase.find("The TITANIC set")).isFalse();
        assertThat(anyCase.origin()).isEqualTo("rules/toy_dataset.yaml:9");
    }

    @Test
    void theBudgetGrowsWithTheInputSoLongLinesOfOrdinaryPatternsAreNotStopped() {
        String longLine = "x = 1; ".repeat(100_000) + "wandb.init(project='p')";

        assertThat(RulePattern.compile("\\bwandb\\.init\\s*\\(").find(longLine)).isTrue();
        assertThat(RulePattern.compile("^\\s*(?:import|from)\\s+\\w+").find(longLine))
                .isFalse();
    }

    @Test
    void anInvalidPatternNamesItselfAndTheProblem() {
        assertThatThrownBy(() -> RulePattern.compile("mlflow(("))
                .hasMessage("'mlflow((' is not a valid regular expression: Unclosed group");
    }
}
