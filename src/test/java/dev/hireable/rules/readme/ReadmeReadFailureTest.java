package dev.hireable.rules.readme;

import static dev.hireable.testing.RuleFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.snapshot.FileContent;
import dev.hireable.testing.MemoryRepo;
import dev.hireable.testing.RuleFixtures;
import org.junit.jupiter.api.Test;

/** A README that could not be read is unknown, not failed: the candidate cannot fix a download that timed out. */
class ReadmeReadFailureTest {

    private final RuleFixtures fixtures = new RuleFixtures();
    private final ReadmeModule module = new ReadmeModule(fixtures.catalog());

    @Test
    void readmeWhoseDownloadFailedIsUnknownAndPresent() {
        ModuleResult result =
                evaluate(new FileContent.Unreadable("README.md", "downloading it failed (SocketTimeoutException)"));

        assertThat(finding(result, "readme.present").outcome()).isEqualTo(Outcome.PASS);
        assertThat(finding(result, "readme.readable").outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(finding(result, "readme.readable").message())
                .contains("SocketTimeoutException")
                .contains("unknown");
        assertThat(finding(result, "readme.results").outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(finding(result, "readme.results").remediation()).isEmpty();
    }

    @Test
    void readmeLeftOutByASpentReadBudgetIsUnknown() {
        ModuleResult result = evaluate(new FileContent.OverBudget("README.md"));

        assertThat(finding(result, "readme.readable").outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(finding(result, "readme.problem").outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void binaryReadmeStillFailsReadableSinceTheCandidateCanFixIt() {
        ModuleResult result = evaluate(new FileContent.Binary("README.md"));

        assertThat(finding(result, "readme.readable").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(result, "readme.results").remediation()).isPresent();
    }

    private ModuleResult evaluate(FileContent readme) {
        return fixtures.run(
                module, new MemoryRepo().reading("README.md", 2048, readme).with("train.py", "print(1)\n"));
    }
}
