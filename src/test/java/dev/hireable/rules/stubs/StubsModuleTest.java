package dev.hireable.rules.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.testing.RuleFixtures;
import org.junit.jupiter.api.Test;

class StubsModuleTest {

    private final RuleFixtures fixtures = new RuleFixtures();
    private final StubsModule module = new StubsModule(fixtures.catalog());

    private ModuleResult evaluate(String fixture) {
        return fixtures.run(module, "stubs", fixture);
    }

    @Test
    void trainingAndServingFunctionsWithoutABodyAreStubs() {
        ModuleResult result = evaluate("stub-functions");

        assertThat(result.signals().names("stubs.code")).containsExactly("train_model", "deploy_to_cloud", "evaluate");
        Finding finding = RuleFixtures.finding(result, "stubs.code");
        assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding.message())
                .isEqualTo(
                        "3 training or serving part(s) are stubs or simulations: train_model, deploy_to_cloud, evaluate.");
        assertThat(finding.evidence()).extracting(Evidence::line).containsExactly(4, 9, 19);
    }

    @Test
    void abstractMethodsBaseClassesTestDoublesAndAnInitWithPassAreNotStubs() {
        ModuleResult result = evaluate("not-stubs");

        assertThat(result.signals().names("stubs.code")).isEmpty();
        assertThat(RuleFixtures.finding(result, "stubs.code").outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void emptyTrainingAndServingFilesAreStubs() {
        ModuleResult result = evaluate("empty-training-script");

        assertThat(result.signals().names("stubs.code")).containsExactly("app.py", "src/pipeline/train_pipeline.py");
        assertThat(RuleFixtures.finding(result, "stubs.code").evidence())
                .extracting(e -> e.path().orElseThrow())
                .containsExactly("app.py", "src/pipeline/train_pipeline.py");
    }

    @Test
    void anEmptyTrainingFileBesideARealTrainerIsALeftoverNotAStub() {
        ModuleResult result = evaluate("empty-leftover-beside-real-code");

        assertThat(result.signals().names("stubs.code")).isEmpty();
        assertThat(RuleFixtures.finding(result, "stubs.code").outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void codeNamedAsASimulationOfTrainingOrServingIsAStubButATestDoubleIsNot() {
        ModuleResult result = evaluate("simulated-training");

        assertThat(result.signals().names("stubs.code"))
                .containsExactlyInAnyOrder("simulate_training", "DemoInferenceService");
    }

    @Test
    void templateValuesInManifestsWorkflowsTerraformAndEnvFilesArePlaceholders() {
        ModuleResult result = evaluate("placeholders");

        assertThat(result.signals().names("stubs.placeholders"))
                .containsExactlyInAnyOrder("YOUR_REGISTRY", "<your-app>", "your-project-id", "CHANGE_ME");
        Finding finding = RuleFixtures.finding(result, "stubs.placeholders");
        assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding.evidence()).anySatisfy(e -> {
            assertThat(e.path()).contains("k8s/deployment.yaml");
            assertThat(e.line()).isEqualTo(10);
        });
    }

    @Test
    void placeholdersInCommentsAndExampleFilesDoNotCount() {
        ModuleResult result = evaluate("placeholders-in-comments-and-examples");

        assertThat(result.signals().names("stubs.placeholders")).isEmpty();
        assertThat(RuleFixtures.finding(result, "stubs.placeholders").outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void secretPlaceholdersAndValuesAWorkflowFillsInAreNotLeftBehind() {
        ModuleResult result = evaluate("secret-and-substituted-placeholders");

        assertThat(result.signals().names("stubs.placeholders")).isEmpty();
        assertThat(RuleFixtures.finding(result, "stubs.placeholders").outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void aNotebookWithNoCellRunIsCommittedUnrun() {
        ModuleResult result = evaluate("unrun-notebook");

        assertThat(result.signals().names("stubs.notebooks")).containsExactly("explore.ipynb");
        assertThat(RuleFixtures.finding(result, "stubs.notebooks").outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void aRunNotebookWithAFewEmptyCellsIsNotUnrun() {
        ModuleResult result = evaluate("ran-notebook-with-empty-cells");

        assertThat(result.signals().names("stubs.notebooks")).isEmpty();
        assertThat(RuleFixtures.finding(result, "stubs.notebooks").outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void outputsStrippedOnPurposeByNbstripoutAreNotAProblem() {
        ModuleResult result = evaluate("stripped-on-purpose");

        assertThat(result.signals().names("stubs.notebooks")).isEmpty();
        assertThat(RuleFixtures.finding(result, "stubs.notebooks").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }
}
