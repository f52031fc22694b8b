package dev.hireable.rules.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RuleFileException;
import dev.hireable.rules.catalog.RuleSources;
import dev.hireable.testing.RuleFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README vocabulary is data: rules/readme.yaml can be extended by a --rules overlay and is checked on load. */
class ReadmeVocabularyTest {

    @Test
    void overlayAddsALanguageWithoutCode(@TempDir Path rules) throws IOException {
        assertThat(retrospective(RuleCatalog.builtIn(), "dutch-retrospective")).isFalse();

        Files.writeString(rules.resolve("readme.yaml"), """
                vocabulary:
                  languages:
                    nl:
                      name: Dutch
                      retrospective:
                        headings: ['^terugblik$']
                """);
        RuleCatalog overlaid = RuleCatalog.load(RuleSources.withOverlays(List.of(rules)));

        assertThat(retrospective(overlaid, "dutch-retrospective")).isTrue();
    }

    @Test
    void invalidPatternStopsLoadingAndNamesTheFileAndLine(@TempDir Path rules) throws IOException {
        Files.writeString(rules.resolve("readme.yaml"), """
                vocabulary:
                  languages:
                    en:
                      placeholders:
                        - '(unclosed'
                """);
        RuleCatalog catalog = RuleCatalog.load(RuleSources.withOverlays(List.of(rules)));

        assertThatThrownBy(() -> new ReadmeModule(catalog))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("readme.yaml:5")
                .hasMessageContaining("'(unclosed' is not a valid regular expression: Unclosed group");
    }

    @Test
    void ruleEngineReportsTheReadmeSignalOfARepository() {
        var signals = new RuleFixtures().assess("readme", "heading-synonyms").signals();

        assertThat(java.util.stream.Stream.of(
                                "readme.problem", "readme.approach", "readme.results", "readme.retrospective")
                        .filter(signals::flag))
                .hasSize(4);
        assertThat(signals.text("readme.path")).contains("README.md");
    }

    private static boolean retrospective(RuleCatalog catalog, String fixture) {
        return new RuleFixtures(catalog)
                .run(ReadmeModule::new, "readme", fixture)
                .signals()
                .flag("readme.retrospective");
    }
}
