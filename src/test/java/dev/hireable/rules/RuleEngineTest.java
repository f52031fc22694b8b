package dev.hireable.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RuleSources;
import dev.hireable.testing.RuleFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

    private static final String PACK = RuleFixtures.path("tracking", "backtracking-rule-pack")
            .resolve("tracking.yaml")
            .toString();

    @Test
    void aRulePackPatternThatBacktracksWithoutEndMakesItsModuleUnknownNamingFileAndPattern() {
        RuleFixtures fixtures = new RuleFixtures(RuleCatalog.load(
                RuleSources.withOverlays(List.of(RuleFixtures.path("tracking", "backtracking-rule-pack")))));

        RepoAssessment assessment = fixtures.assess("tracking", "thirty-as");

        String sentence = "The tracking checks could not finish: the pattern '(.*a){14}$' of " + PACK
                + ":4 takes too long on a text of 31 characters (it backtracks without end) and was stopped.";
        assertThat(assessment.findings("tracking"))
                .extracting(Finding::rule)
                .containsExactly("tracking.committed_runs", "tracking.present", "tracking.used_in_code");
        assertThat(assessment.findings("tracking")).allSatisfy(finding -> {
            assertThat(finding.outcome()).isEqualTo(Outcome.UNKNOWN);
            assertThat(finding.message()).isEqualTo(sentence);
            assertThat(finding.remediation())
                    .hasValueSatisfying(fix -> assertThat(fix).contains("Rewrite the pattern"));
        });
        assertThat(assessment.signals().isUnknown("tracking.used_in_code")).isTrue();
        assertThat(assessment.signals().isUnknown("tracking.tools")).isTrue();
        assertThat(assessment.unfinished()).containsExactly(sentence);
    }

    @Test
    void theOtherModulesFinishAsIfThePatternWereNotThere() {
        RuleFixtures withPack = new RuleFixtures(RuleCatalog.load(
                RuleSources.withOverlays(List.of(RuleFixtures.path("tracking", "backtracking-rule-pack")))));
        RuleFixtures builtIn = new RuleFixtures();

        RepoAssessment stopped = withPack.assess("tracking", "thirty-as");
        RepoAssessment plain = builtIn.assess("tracking", "thirty-as");

        assertThat(stopped.findings().stream()
                        .filter(f -> !f.rule().startsWith("tracking."))
                        .toList())
                .isEqualTo(plain.findings().stream()
                        .filter(f -> !f.rule().startsWith("tracking."))
                        .toList());
        assertThat(plain.unfinished()).isEmpty();
    }
}
