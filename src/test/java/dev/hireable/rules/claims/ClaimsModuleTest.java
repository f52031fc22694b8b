package dev.hireable.rules.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.testing.RuleFixtures;
import org.junit.jupiter.api.Test;

class ClaimsModuleTest {

    private final RuleFixtures fixtures = new RuleFixtures();
    private final ClaimsModule module = new ClaimsModule(fixtures.catalog());

    private ModuleResult evaluate(String fixture) {
        return fixtures.run(module, "claims", fixture);
    }

    private static Finding backed(ModuleResult result) {
        return RuleFixtures.finding(result, "claims.backed");
    }

    @Test
    void monitoringAndTestsClaimedButNotBuiltAreUnbuilt() {
        ModuleResult result = evaluate("unbacked-monitoring-and-tests");

        assertThat(result.signals().names("claims.unbuilt")).containsExactly("monitoring", "tests");
        assertThat(result.signals().flag("claims.monitoring")).isTrue();
        assertThat(result.signals().flag("claims.tests")).isTrue();
        assertThat(result.signals().flag("claims.deployment")).isFalse();
        Finding finding = backed(result);
        assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding.message())
                .contains("monitoring (README line 7), but there is no drift or model-quality check")
                .contains("tests (README line 8), but there is no test file");
        assertThat(finding.evidence()).extracting(Evidence::line).containsExactly(7, 8);
        assertThat(finding.evidence()).allSatisfy(e -> assertThat(e.path()).contains("README.md"));
    }

    @Test
    void claimsTheRepositoryShowsPassWithTheFilesThatShowThem() {
        ModuleResult result = evaluate("backed-tests-and-docker");

        assertThat(result.signals().names("claims.unbuilt")).isEmpty();
        assertThat(result.signals().flag("claims.tests")).isTrue();
        Finding finding = backed(result);
        assertThat(finding.outcome()).isEqualTo(Outcome.PASS);
        assertThat(finding.message()).contains("tests (tests/test_price.py)").contains("Docker (Dockerfile)");
        assertThat(finding.evidence())
                .extracting(e -> e.path().orElseThrow())
                .contains("README.md", "tests/test_price.py", "Dockerfile");
    }

    @Test
    void futureWorkSectionsPlansAndOpenCheckboxesAreNotClaims() {
        ModuleResult result = evaluate("plans-are-not-claims");

        assertThat(result.signals().names("claims.unbuilt")).isEmpty();
        assertThat(result.signals().flag("claims.monitoring")).isFalse();
        assertThat(result.signals().flag("claims.deployment")).isFalse();
        assertThat(result.signals().flag("claims.ci")).isFalse();
        assertThat(backed(result).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void aPlainNextStepsLineAboveAListIsAHeadingOfPlans() {
        ModuleResult result = evaluate("plain-next-steps-heading");

        assertThat(result.signals().flag("claims.tests")).isFalse();
        assertThat(result.signals().flag("claims.monitoring")).isFalse();
        assertThat(backed(result).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void aReadmePastedInsideAMarkdownFenceKeepsItsHeadings() {
        ModuleResult result = evaluate("readme-inside-a-markdown-fence");

        assertThat(result.signals().flag("claims.tests")).isFalse();
        assertThat(result.signals().flag("claims.monitoring")).isFalse();
    }

    @Test
    void monitoringOfMediaOrOfLogsIsNotAClaimOfModelMonitoring() {
        ModuleResult result = evaluate("monitoring-of-other-things");

        assertThat(result.signals().flag("claims.monitoring")).isFalse();
        assertThat(result.signals().names("claims.unbuilt")).isEmpty();
    }

    @Test
    void aCiJobHandingTrainingToAClusterBacksAKubernetesClaim() {
        ModuleResult result = evaluate("kubernetes-through-a-ci-job");

        assertThat(result.signals().names("claims.unbuilt")).isEmpty();
        assertThat(backed(result).outcome()).isEqualTo(Outcome.PASS);
        assertThat(backed(result).message()).contains("Kubernetes (.github/workflows/train.yml)");
    }

    @Test
    void linesThatDenySomethingAreNotClaims() {
        ModuleResult result = evaluate("denials-are-not-claims");

        assertThat(result.signals().names("claims.unbuilt")).isEmpty();
        assertThat(backed(result).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void aComposeFileBacksADockerClaim() {
        ModuleResult result = evaluate("docker-backed-by-compose");

        assertThat(result.signals().names("claims.unbuilt")).isEmpty();
        assertThat(backed(result).message()).contains("Docker (docker-compose.yml)");
    }

    @Test
    void loraClaimedOverAFullFineTuneIsUnbuilt() {
        ModuleResult result = evaluate("lora-claimed-without-peft");

        assertThat(result.signals().names("claims.unbuilt")).containsExactly("lora");
        assertThat(backed(result).message())
                .contains("LoRA fine-tuning (README line 3), but there is no PEFT/LoRA code");
    }

    @Test
    void loraCodeBacksALoraClaim() {
        ModuleResult result = evaluate("lora-backed-by-code");

        assertThat(result.signals().names("claims.unbuilt")).isEmpty();
        assertThat(backed(result).evidence())
                .anySatisfy(e -> assertThat(e.path()).contains("train.py"));
    }

    @Test
    void withoutAReadmeNothingIsClaimed() {
        ModuleResult result = evaluate("no-readme");

        assertThat(result.signals().names("claims.unbuilt")).isEmpty();
        assertThat(backed(result).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void theAuthorsSkillIconsAreNotClaims() {
        ModuleResult result = evaluate("skill-icons-are-not-claims");

        assertThat(result.signals().names("claims.unbuilt")).isEmpty();
        assertThat(backed(result).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void aClaimWhoseBackingCouldNotBeDecidedIsNotUnbuilt() {
        var snapshot =
                RuleFixtures.withoutBodies(fixtures.open("claims", "undecided-tests-back-the-claim"), "tests/**");

        ModuleResult result = fixtures.run(module, snapshot);

        assertThat(result.signals().flag("claims.tests")).isTrue();
        assertThat(result.signals().names("claims.unbuilt")).isEmpty();
        assertThat(backed(result).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void inAnAuditTheClaimsAreCheckedAgainstWhatTheOtherModulesFound() {
        var assessment = fixtures.assess("claims", "backed-tests-and-docker");

        assertThat(assessment.signals().flag("tests.present")).isTrue();
        assertThat(assessment.signals().flag("dockerfile.present")).isTrue();
        assertThat(assessment.signals().flag("claims.tests")).isTrue();
        assertThat(assessment.signals().names("claims.unbuilt")).isEmpty();
        assertThat(assessment.findings())
                .filteredOn(f -> f.rule().equals("claims.backed"))
                .extracting(Finding::outcome)
                .containsExactly(Outcome.PASS);
    }
}
