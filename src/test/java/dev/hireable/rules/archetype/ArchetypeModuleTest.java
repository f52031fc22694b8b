package dev.hireable.rules.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.Archetype;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.SignalSet;
import dev.hireable.testing.RuleFixtures;
import dev.hireable.testing.TestSignals;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArchetypeModuleTest {

    private static final RuleFixtures FIXTURES = new RuleFixtures();
    private static final ArchetypeModule MODULE = new ArchetypeModule(FIXTURES.catalog());

    @Test
    void huggingFaceFineTuneRepoIsTransformerFinetuneFirst() {
        RepoAssessment assessment = FIXTURES.assess("archetype", "hf-finetune");

        assertThat(assessment.archetypes()).first().isEqualTo(Archetype.TRANSFORMER_FINETUNE);
        assertThat(assessment.signals().flag("archetype.finetunes_pretrained")).isTrue();
        assertThat(assessment.signals().flag("notebook.training_code")).isTrue();
        assertThat(finding(assessment.findings(), ArchetypeModule.CLASSIFIED).message())
                .contains("transformer_finetune")
                .contains("fine-tuning of a pretrained transformer");
    }

    @Test
    void undeployedFineTuneMissesOnlyTheDeployment() {
        RepoAssessment assessment = FIXTURES.assess("archetype", "hf-finetune");

        Finding meets = finding(assessment.findings(), ArchetypeModule.meetsRule(Archetype.TRANSFORMER_FINETUNE));
        assertThat(meets.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(meets.message()).endsWith("missing: a deployment someone can reach.");
    }

    @Test
    void fastApiOnRenderWithRealCsvAndSklearnMeetsTheTabularStandard() {
        SignalSet signals = TestSignals.none()
                .readme(Optional.of("README.md"), true, false, false, false)
                .endpoint(List.of("fastapi"), List.of("https://churn-api.onrender.com/docs"), List.of(), true)
                .build();

        ModuleResult result = evaluate("tabular-fastapi-render", signals);

        assertThat(result.signals().names(Archetype.SIGNAL)).containsExactly("tabular_e2e");
        assertThat(result.signals().flag("archetype.tabular_data")).isTrue();
        Finding meets = finding(result.findings(), ArchetypeModule.meetsRule(Archetype.TABULAR_E2E));
        assertThat(meets.outcome()).isEqualTo(Outcome.PASS);
        assertThat(meets.evidence()).extracting(e -> e.path().orElseThrow()).contains("data/customers.csv");
    }

    @Test
    void theSameTabularRepoOnAToyDatasetMissesTheRealDataRequirement() {
        SignalSet signals = TestSignals.none()
                .readme(Optional.of("README.md"), true, false, false, false)
                .endpoint(List.of("fastapi"), List.of("https://churn-api.onrender.com/docs"), List.of(), true)
                .toyDataset(Optional.of("titanic"))
                .build();

        ModuleResult result = evaluate("tabular-fastapi-render", signals);

        Finding meets = finding(result.findings(), ArchetypeModule.meetsRule(Archetype.TABULAR_E2E));
        assertThat(meets.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(meets.message()).contains("missing: a real dataset instead of a toy one.");
    }

    @Test
    void mlflowRegistryPrefectAndDockerServingMeetTheMlopsStandard() {
        SignalSet signals = mlops().registry(true).build();

        ModuleResult result = evaluate("mlops-prefect-mlflow", signals);

        assertThat(result.signals().names(Archetype.SIGNAL)).first().isEqualTo("mlops");
        assertThat(result.signals().flag("archetype.pipeline")).isTrue();
        assertThat(finding(result.findings(), ArchetypeModule.meetsRule(Archetype.MLOPS))
                        .outcome())
                .isEqualTo(Outcome.PASS);
    }

    @Test
    void mlopsRepoWithoutARegistryNamesTheRegistryAsMissing() {
        ModuleResult result =
                evaluate("mlops-prefect-mlflow", mlops().registry(false).build());

        Finding meets = finding(result.findings(), ArchetypeModule.meetsRule(Archetype.MLOPS));
        assertThat(meets.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(meets.message()).contains("missing: a model registry.");
    }

    @Test
    void aRequirementLeftOnlyOnAnUnknownSignalMakesTheVerdictUnknown() {
        SignalSet signals = mlops().registry(false).unknown("registry.used").build();

        ModuleResult result = evaluate("mlops-prefect-mlflow", signals);

        assertThat(finding(result.findings(), ArchetypeModule.meetsRule(Archetype.MLOPS))
                        .outcome())
                .isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void everySlotGetsAMeetsFindingAndTheClassificationComesFirst() {
        ModuleResult result = evaluate("hf-finetune", TestSignals.none().build());

        assertThat(result.findings())
                .extracting(Finding::rule)
                .containsExactly(
                        ArchetypeModule.CLASSIFIED,
                        "archetype.meets.tabular_e2e",
                        "archetype.meets.transformer_finetune",
                        "archetype.meets.mlops");
    }

    @Test
    void theModuleRequiresEverySignalItsRuleFileNamesAndNothingOfItsOwn() {
        assertThat(MODULE.requires())
                .contains(
                        "endpoint.deployed",
                        "registry.used",
                        "toy_dataset.name",
                        "notebook.training_code",
                        "orchestration.tools");
        assertThat(MODULE.requires()).noneMatch(id -> id.startsWith("archetype."));
    }

    @Test
    void oneScriptForEachStageOfTheWorkIsAStagedPipelineButNotAPipelineTool() {
        RepoAssessment assessment = FIXTURES.assess("archetype", "staged-scripts");

        assertThat(assessment.signals().flag("archetype.staged_scripts")).isTrue();
        assertThat(assessment.signals().evidence("archetype.staged_scripts"))
                .extracting(e -> e.path().orElseThrow())
                .containsExactly("src/prepare_data.py", "src/train.py");
        assertThat(assessment.signals().flag("archetype.pipeline")).isFalse();
    }

    @Test
    void plotsInAReportsFolderAndAnImageLibraryInTheRequirementsAreNotImageData() {
        RepoAssessment assessment = FIXTURES.assess("archetype", "plots-not-data");

        assertThat(assessment.signals().flag("archetype.media_data")).isFalse();
        assertThat(assessment.archetypes()).containsExactly(Archetype.TABULAR_E2E);
    }

    @Test
    void trackingAndARegistryWithoutAPipelineDoNotMakeAnMlopsProject() {
        SignalSet signals = mlops().orchestration(List.of()).registry(true).build();

        ModuleResult result = evaluate("tabular-fastapi-render", signals);

        assertThat(result.signals().names(Archetype.SIGNAL)).doesNotContain("mlops");
    }

    private static TestSignals mlops() {
        return TestSignals.none()
                .dockerfile(List.of("Dockerfile"))
                .tracking(List.of("mlflow"), true)
                .endpoint(List.of("fastapi"), List.of(), List.of("fly.toml"), true)
                .orchestration(List.of("prefect"))
                .ci(true);
    }

    /** The module over a fixture, with the given signals of the other modules; training code as the fixture shows it. */
    private static ModuleResult evaluate(String fixture, SignalSet given) {
        SignalSet found = FIXTURES.assess("archetype", fixture).signals();
        SignalSet required =
                given.plus(found.only(Set.of("notebook.training_code"))).only(MODULE.requires());
        return MODULE.evaluate(FIXTURES.context("archetype", fixture), required);
    }

    private static Finding finding(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
    }
}
