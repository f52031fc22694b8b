package dev.hireable.rules.archetype;

import dev.hireable.rules.Archetype;
import dev.hireable.rules.ArchetypeSignal;
import dev.hireable.rules.DockerfileSignal;
import dev.hireable.rules.EndpointSignal;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.ReadmeSignal;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.Signals;
import dev.hireable.rules.TrackingSignal;
import dev.hireable.rules.notebook.NotebookModule;
import dev.hireable.testing.RuleFixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ArchetypeModuleTest {

    private static final RuleFixtures FIXTURES = new RuleFixtures();
    private static final ArchetypeModule MODULE = new ArchetypeModule(FIXTURES.catalog(),
            new NotebookModule(FIXTURES.catalog())::trainingLines);

    @Test
    void huggingFaceFineTuneRepoIsTransformerFinetuneFirst() {
        RepoAssessment assessment = FIXTURES.assess("archetype", "hf-finetune");

        ArchetypeSignal signal = assessment.archetypes();
        assertThat(signal.archetypes()).first().isEqualTo(Archetype.TRANSFORMER_FINETUNE);
        assertThat(signal.finetunesPretrained()).isTrue();
        assertThat(signal.trainsModelInCode()).isTrue();
        assertThat(finding(assessment.findings(), ArchetypeModule.CLASSIFIED).message())
                .contains("transformer_finetune").contains("fine-tuning of a pretrained transformer");
    }

    @Test
    void undeployedFineTuneMissesOnlyTheDeployment() {
        RepoAssessment assessment = FIXTURES.assess("archetype", "hf-finetune");

        assertThat(assessment.archetypes().meets(Archetype.TRANSFORMER_FINETUNE)).isFalse();
        Finding meets = finding(assessment.findings(), ArchetypeModule.meetsRule(Archetype.TRANSFORMER_FINETUNE));
        assertThat(meets.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(meets.message()).endsWith("missing: a deployment someone can reach.");
    }

    @Test
    void fastApiOnRenderWithRealCsvAndSklearnMeetsTheTabularStandard() {
        Signals signals = signals(new ReadmeSignal(Optional.of("README.md"), true, false, false, false),
                new EndpointSignal(List.of("fastapi"), List.of("https://churn-api.onrender.com/docs"), List.of(), true),
                TrackingSignal.none(), false, List.of(), Optional.empty());

        ModuleResult<ArchetypeSignal> result = evaluate("tabular-fastapi-render", signals);

        assertThat(result.signal().archetypes()).containsExactly(Archetype.TABULAR_E2E);
        assertThat(result.signal().tabularData()).isTrue();
        assertThat(result.signal().meetsStandard()).containsExactly(Archetype.TABULAR_E2E);
        Finding meets = finding(result.findings(), ArchetypeModule.meetsRule(Archetype.TABULAR_E2E));
        assertThat(meets.outcome()).isEqualTo(Outcome.PASS);
        assertThat(meets.evidence()).extracting(e -> e.path().orElseThrow()).contains("data/customers.csv");
    }

    @Test
    void theSameTabularRepoOnAToyDatasetMissesTheRealDataRequirement() {
        Signals signals = signals(new ReadmeSignal(Optional.of("README.md"), true, false, false, false),
                new EndpointSignal(List.of("fastapi"), List.of("https://churn-api.onrender.com/docs"), List.of(), true),
                TrackingSignal.none(), false, List.of(), Optional.of("titanic"));

        ModuleResult<ArchetypeSignal> result = evaluate("tabular-fastapi-render", signals);

        assertThat(result.signal().meetsStandard()).isEmpty();
        assertThat(finding(result.findings(), ArchetypeModule.meetsRule(Archetype.TABULAR_E2E)).message())
                .contains("missing: a real dataset instead of a toy one.");
    }

    @Test
    void mlflowRegistryPrefectAndDockerServingMeetTheMlopsStandard() {
        Signals signals = new Signals(ReadmeSignal.none(), new DockerfileSignal(List.of("Dockerfile")),
                new TrackingSignal(List.of("mlflow"), true),
                new EndpointSignal(List.of("fastapi"), List.of(), List.of("fly.toml"), true),
                true, false, List.of("prefect"), false, true, false, false, Optional.empty());

        ModuleResult<ArchetypeSignal> result = evaluate("mlops-prefect-mlflow", signals);

        assertThat(result.signal().archetypes()).first().isEqualTo(Archetype.MLOPS);
        assertThat(result.signal().pipeline()).isTrue();
        assertThat(result.signal().meetsStandard()).contains(Archetype.MLOPS);
        assertThat(finding(result.findings(), ArchetypeModule.meetsRule(Archetype.MLOPS)).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void mlopsRepoWithoutARegistryNamesTheRegistryAsMissing() {
        Signals signals = new Signals(ReadmeSignal.none(), new DockerfileSignal(List.of("Dockerfile")),
                new TrackingSignal(List.of("mlflow"), true),
                new EndpointSignal(List.of("fastapi"), List.of(), List.of("fly.toml"), true),
                false, false, List.of("prefect"), false, true, false, false, Optional.empty());

        ModuleResult<ArchetypeSignal> result = evaluate("mlops-prefect-mlflow", signals);

        Finding meets = finding(result.findings(), ArchetypeModule.meetsRule(Archetype.MLOPS));
        assertThat(meets.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(meets.message()).contains("missing: a model registry.");
    }

    @Test
    void everySlotGetsAMeetsFindingAndTheClassificationComesFirst() {
        ModuleResult<ArchetypeSignal> result = evaluate("hf-finetune", signals(ReadmeSignal.none(), EndpointSignal.none(),
                TrackingSignal.none(), false, List.of(), Optional.empty()));

        assertThat(result.findings()).extracting(Finding::rule).containsExactly(ArchetypeModule.CLASSIFIED,
                "archetype.meets.tabular_e2e", "archetype.meets.transformer_finetune", "archetype.meets.mlops");
    }

    private static ModuleResult<ArchetypeSignal> evaluate(String fixture, Signals signals) {
        return MODULE.evaluate(FIXTURES.context("archetype", fixture), signals);
    }

    private static Signals signals(ReadmeSignal readme, EndpointSignal endpoint, TrackingSignal tracking, boolean registry,
                                   List<String> orchestration, Optional<String> toyDataset) {
        return new Signals(readme, new DockerfileSignal(List.of()), tracking, endpoint, registry, false, orchestration,
                false, false, false, false, toyDataset);
    }

    private static Finding finding(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
    }
}
