package dev.hireable.rules.ignores;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.testing.MemoryRepo;
import dev.hireable.testing.TestSignals;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IgnoresTest {

    private final Ignores ignores = new Ignores(RuleCatalog.builtIn());

    private static Finding finding(String rule, Outcome outcome) {
        return new Finding(
                rule,
                outcome,
                rule + " said " + outcome.id() + ".",
                List.of(Evidence.file(".")),
                outcome == Outcome.FAIL ? Optional.of("Fix it.") : Optional.empty());
    }

    private static RepoAssessment assessment(Finding... findings) {
        return new RepoAssessment(
                RepoMetadata.named("o/churn"), TestSignals.none().build(), List.of(findings));
    }

    @Test
    void ignoreWithAReasonTurnsTheRulesFindingsNotApplicableAndCountsThem() {
        IgnoreConfig config = ignores.parse(".hireable.yml", """
                ignore:
                  ci.present: "CI runs on my employer's Jenkins"
                """);

        Ignores.IgnoreResult result = ignores.apply(
                assessment(finding("ci.present", Outcome.FAIL), finding("tests.present", Outcome.FAIL)),
                List.of(config));

        Finding ci = result.assessment().findings().get(0);
        assertThat(ci.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(ci.message())
                .contains("CI runs on my employer's Jenkins")
                .contains(".hireable.yml")
                .contains("ci.present said fail.");
        assertThat(ci.remediation()).isEmpty();
        assertThat(result.assessment().findings().get(1).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.applied())
                .containsExactly(
                        new AppliedIgnore("ci.present", "CI runs on my employer's Jenkins", ".hireable.yml", 1));
        assertThat(result.suppressed()).isEqualTo(1);
    }

    @Test
    void moduleNameIgnoresEveryRuleOfTheModule() {
        IgnoreConfig config = ignores.parse(".hireable.yml", """
                ignore:
                  endpoint: "the model runs inside the bank's network; a demo video is linked"
                """);

        Ignores.IgnoreResult result = ignores.apply(
                assessment(
                        finding("endpoint.live_url", Outcome.FAIL),
                        finding("endpoint.deployed", Outcome.FAIL),
                        finding("ci.present", Outcome.PASS)),
                List.of(config));

        assertThat(result.assessment().findings())
                .extracting(Finding::outcome)
                .containsExactly(Outcome.NOT_APPLICABLE, Outcome.NOT_APPLICABLE, Outcome.PASS);
        assertThat(result.applied().get(0).suppressed()).isEqualTo(2);
    }

    @Test
    void listFormIsAcceptedToo() {
        IgnoreConfig config = ignores.parse(".hireable.yml", """
                projects: [o/churn, o/sentiment]
                ignore:
                  - rule: tests.present
                    reason: "tests live in the course's private grader"
                """);

        assertThat(config.ignores())
                .containsExactly(new Ignore("tests.present", "tests live in the course's private grader"));
        assertThat(config.problems()).isEmpty();
    }

    @Test
    void ignoreWithoutAReasonIsNotAppliedAndIsReported() {
        IgnoreConfig config = ignores.parse(".hireable.yml", """
                ignore:
                  ci.present: ""
                  tests.present:
                """);

        Ignores.IgnoreResult result = ignores.apply(assessment(finding("ci.present", Outcome.FAIL)), List.of(config));

        assertThat(result.assessment().findings().get(0).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.applied()).isEmpty();
        assertThat(result.assessment().findings())
                .filteredOn(f -> f.rule().equals("ignores.invalid"))
                .extracting(Finding::message)
                .containsExactly(
                        ".hireable.yml: the ignore of 'ci.present' has no reason, so it was not applied "
                                + "(write why the rule does not apply)",
                        ".hireable.yml: the ignore of 'tests.present' has no reason, so it was not applied "
                                + "(write why the rule does not apply)");
    }

    @Test
    void ignoreNamingNoRuleIsReported() {
        IgnoreConfig config = ignores.parse(".hireable.yml", "ignore:\n  ci.presnt: \"typo\"\n");

        assertThat(config.ignores()).isEmpty();
        assertThat(config.problems())
                .containsExactly("'ci.presnt' matches no rule, so its ignore was not applied "
                        + "(hireable rules list shows the ids)");
    }

    @Test
    void ignoresCannotSilenceTheirOwnProblems() {
        IgnoreConfig config = ignores.parse(".hireable.yml", "ignore:\n  ignores.invalid: \"quiet please\"\n");

        assertThat(config.ignores()).isEmpty();
        assertThat(config.problems()).hasSize(1);
    }

    @Test
    void invalidYamlIsReportedAsAFindingNotAnError() {
        IgnoreConfig config = ignores.parse(".hireable.yml", "ignore: [unclosed\n");

        Ignores.IgnoreResult result = ignores.apply(assessment(), List.of(config));

        assertThat(result.assessment().findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("ignores.invalid");
            assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(f.message()).startsWith(".hireable.yml: it is not valid YAML");
        });
    }

    @Test
    void fileWithoutIgnoresChangesNothing() {
        IgnoreConfig config = ignores.parse(".hireable.yml", "projects: [o/churn]\n");

        Ignores.IgnoreResult result = ignores.apply(assessment(finding("ci.present", Outcome.FAIL)), List.of(config));

        assertThat(result.assessment().findings().get(0).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.applied()).isEmpty();
    }

    @Test
    void yamlAliasIsRefusedWithTheLineNotReadAsItsName() {
        IgnoreConfig config = ignores.parse(".hireable.yml", """
                reasons:
                  private: &a9 "the deployment is private"
                ignore:
                  endpoint.live_url: *a9
                """);

        assertThat(config.ignores()).isEmpty();
        assertThat(config.problems())
                .singleElement()
                .asString()
                .contains("YAML alias '*a9' (line 4)")
                .contains("none of its ignores were applied");
    }

    @Test
    void theYamlSpellingOfTheSettingsFileIsReadToo() {
        MemoryRepo repo = new MemoryRepo().with(".hireable.yaml", "ignore:\n  ci.present: \"CI runs on Jenkins\"\n");

        IgnoreConfig config = ignores.read(repo, "");

        assertThat(config.file()).isEqualTo(".hireable.yaml");
        assertThat(config.ignores()).containsExactly(new Ignore("ci.present", "CI runs on Jenkins"));
    }
}
