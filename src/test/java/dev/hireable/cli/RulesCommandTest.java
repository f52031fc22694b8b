package dev.hireable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.testing.CliRun;
import org.junit.jupiter.api.Test;

class RulesCommandTest {

    @Test
    void listShowsEveryRuleWithItsTitle() {
        CliRun run = CliRun.run("rules", "list");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("ci.present").contains("Continuous integration runs on every change");
    }

    @Test
    void explainPrintsWhyAndHowToFixFromTheRuleFile() {
        CliRun run = CliRun.run("rules", "explain", "ci.present");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out())
                .contains("Why it matters:")
                .contains("How to fix:")
                .contains(".github/workflows/ci.yml");
    }

    @Test
    void explainingAnUnknownRuleIsBadInput() {
        CliRun run = CliRun.run("rules", "explain", "no.such.rule");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("there is no rule or module 'no.such.rule'");
    }
}
