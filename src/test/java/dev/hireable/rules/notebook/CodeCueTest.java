package dev.hireable.rules.notebook;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodeCueTest {

    @Test
    void hintIsTheLongestLiteralEveryMatchContains() {
        assertThat(CodeCue.of("\\bload_iris\\(").hint()).isEqualTo("load_iris(");
        assertThat(CodeCue.of("\\b(?:Seq2Seq|SFT)?Trainer\\(").hint()).isEqualTo("trainer(");
        assertThat(CodeCue.of("(?i)fetch_openml\\([^)]*titanic").hint()).isEqualTo("fetch_openml(");
    }

    @Test
    void optionalCharactersAndClassesAreLeftOutOfTheHint() {
        assertThat(CodeCue.of("colou?r_map").hint()).isEqualTo("r_map");
        assertThat(CodeCue.of("cifar[-_]?10").hint()).isEqualTo("cifar");
    }

    @Test
    void topLevelAlternativeHasNoHint() {
        assertThat(CodeCue.of("load_iris|load_wine").hint()).isEmpty();
    }

    @Test
    void invalidExpressionIsAClearError() {
        assertThatThrownBy(() -> CodeCue.of("fit\\(("))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a valid regular expression");
    }
}
