package dev.hireable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.testing.CliRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Live probes work the same for every auditing command (the issue: "works the same for dir, repo and user"). */
class ProbeOptionSurfaceTest {

    @ParameterizedTest
    @ValueSource(strings = {"dir", "repo", "user", "batch"})
    void everyAuditingCommandOffersLiveProbes(String command) {
        CliRun run = CliRun.run(command, "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("--probe-endpoints").contains("--allow-private-endpoints");
    }
}
