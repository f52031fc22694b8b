package dev.hireable.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireable.rules.catalog.RuleFileException;
import dev.hireable.rules.catalog.RuleSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A built-in rule file's patterns are compiled on first use, not at start: this is where their syntax is checked, at
 * build time. Every built-in file is given again as an overlay of itself, whose patterns are compiled when bound, and
 * the whole pipeline is built over them.
 */
class BuiltInPatternsCompileTest {

    @Test
    void everyPatternOfEveryBuiltInRuleFileCompiles(@TempDir Path folder) throws IOException {
        List<RuleSources.RuleFile> builtIn = RuleSources.builtInOnly().builtIn();
        for (RuleSources.RuleFile file : builtIn) {
            Files.writeString(folder.resolve(file.name()), file.text());
        }

        AuditSetup setup = AuditSetup.create(List.of(folder), Clock.systemUTC());

        assertThat(setup.catalog().fileNames()).hasSize(builtIn.size());
        assertThat(setup.engine().legend()).isNotEmpty();
    }

    @Test
    void anOverlaidPatternThatIsNotARegularExpressionStopsTheRunWhenLoaded(@TempDir Path folder) throws IOException {
        Files.writeString(
                folder.resolve("tracking.yaml"),
                "vocabulary:\n  tools:\n    trackio:\n      packages: [trackio]\n      code: {hints: [trackio], imports: ['mlflow((']}\n");

        assertThatThrownBy(() -> AuditSetup.create(List.of(folder), Clock.systemUTC()))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("tracking.yaml")
                .hasMessageContaining("is not a valid regular expression");
    }
}
