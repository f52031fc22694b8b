package dev.hireable.rules.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireable.rules.catalog.RulePattern;
import org.junit.jupiter.api.Test;

class CodeCueTest {

    @Test
    void hintIsTheLongestLiteralEveryMatchContains() {
        assertThat(CodeCue.of("\\bload_iris\\(").hints()).containsExactly("load_iris(");
        assertThat(CodeCue.of("\\b(?:Seq2Seq|SFT)?Trainer\\(").hints()).containsExactly("trainer(");
        assertThat(CodeCue.of("(?i)fetch_openml\\([^)]*titanic").hints()).containsExactly("fetch_openml(");
    }

    @Test
    void optionalCharactersAndClassesAreLeftOutOfTheHint() {
        assertThat(CodeCue.of("colou?r_map").hints()).containsExactly("r_map");
        assertThat(CodeCue.of("cifar[-_]?10").hints()).containsExactly("cifar");
    }

    @Test
    void alternativesGiveOneHintEach() {
        assertThat(CodeCue.of("load_iris|load_wine").hints()).containsExactly("load_iris", "load_wine");
        assertThat(CodeCue.of("^\\s*(?:import|from)\\s+(?:pandas|polars)\\b").hints())
                .containsExactly("pandas", "polars");
    }

    @Test
    void patternInCommentsModeHasNoHintSinceItsSpacesMeanNothing() {
        assertThat(CodeCue.of("(?x) load _iris").hints()).containsExactly("");
        assertThat(CodeCue.of("(?ix)load_iris").hints()).containsExactly("");
        assertThat(CodeCue.of("(?i)load_iris").hints()).containsExactly("load_iris");
        // the same modes set as flags of the compiled pattern, not inline
        assertThat(CodeCue.of(RulePattern.compile("load _iris", java.util.regex.Pattern.COMMENTS))
                        .hints())
                .containsExactly("");
        assertThat(CodeCue.of(RulePattern.compile("load.iris(", java.util.regex.Pattern.LITERAL))
                        .hints())
                .containsExactly("");
    }

    @Test
    void wordsEveryPythonFileHasAreNotUsedAsHints() {
        assertThat(CodeCue.of("^(?:import|from)\\s+(?:h2o|sklearn)").hints()).containsExactly("h2o", "sklearn");
        // a shorter literal that not every file has beats a longer one that every file has
        assertThat(CodeCue.of("^\\s*(?:import\\s+modal\\b|from\\s+modal\\s+import\\b)")
                        .hints())
                .containsExactly("modal");
        assertThat(CodeCue.of("\\bimport\\s+mlflow").hints()).containsExactly("mlflow");
        assertThat(CodeCue.of("\\bimport\\s+\\w+").hints()).containsExactly("import");
    }

    @Test
    void alternativeWithoutLiteralTextMeansNoPrefilter() {
        assertThat(CodeCue.of("load_iris|\\d+").hints()).containsExactly("");
        assertThat(CodeCue.of("(?:MNIST)?\\(").hints()).containsExactly("(");
    }

    @Test
    void searchFindsLinesOfEveryAlternative(@org.junit.jupiter.api.io.TempDir java.nio.file.Path repo)
            throws java.io.IOException {
        java.nio.file.Files.writeString(repo.resolve("a.py"), "import pandas as pd\n");
        java.nio.file.Files.writeString(repo.resolve("b.py"), "x = 1\nfrom polars import col\n");
        dev.hireable.testing.RuleFixtures fixtures = new dev.hireable.testing.RuleFixtures();
        dev.hireable.rules.context.RepoContext context = fixtures.context(fixtures.open(repo));

        assertThat(CodeCue.of("^\\s*(?:import|from)\\s+(?:pandas|polars)\\b").find(context.code()))
                .extracting(dev.hireable.rules.context.CodeLine::path, dev.hireable.rules.context.CodeLine::line)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("a.py", 1), org.assertj.core.groups.Tuple.tuple("b.py", 2));
    }

    @Test
    void invalidExpressionIsAClearError() {
        assertThatThrownBy(() -> CodeCue.of("fit\\(("))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a valid regular expression");
    }
}
