package dev.hireable.rules.orchestration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.testing.RuleFixtures;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrchestrationModuleTest {

    private final RuleFixtures fixtures = new RuleFixtures();
    private final OrchestrationModule module = new OrchestrationModule(fixtures.catalog());

    private ModuleResult evaluate(String fixture) {
        return fixtures.run(module, "orchestration", fixture);
    }

    @Test
    void prefectFlowDecoratorIsOrchestration() {
        ModuleResult result = evaluate("prefect-flow");

        assertThat(result.signals().names("orchestration.tools")).containsExactly("prefect");
        Finding used = result.findings().get(0);
        assertThat(used.rule()).isEqualTo(OrchestrationModule.USED);
        assertThat(used.outcome()).isEqualTo(Outcome.PASS);
        assertThat(used.evidence().get(0).path()).contains("pipelines/train_flow.py");
        assertThat(used.evidence().get(0).line()).isEqualTo(4);
        assertThat(used.message()).contains("prefect");
    }

    @Test
    void airflowDagDefinitionIsOrchestration() {
        ModuleResult result = evaluate("airflow-dag");

        assertThat(result.signals().names("orchestration.tools")).containsExactly("airflow");
        Evidence evidence = result.findings().get(0).evidence().get(0);
        assertThat(evidence.path()).contains("dags/retrain_dag.py");
        assertThat(evidence.snippet())
                .hasValueSatisfying(s -> assertThat(s).contains("with DAG(dag_id=\"weekly_retrain\""));
    }

    @Test
    void prefectDeclaredButNeverUsedIsNotOrchestration() {
        ModuleResult result = evaluate("prefect-declared-only");

        assertThat(result.signals().names("orchestration.tools")).isEmpty();
        Finding used = result.findings().get(0);
        assertThat(used.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(used.evidence()).extracting(Evidence::path).containsExactly(Optional.of("requirements.txt"));
        assertThat(used.evidence().get(0).snippet()).contains("prefect==2.16.0");
    }

    @Test
    void unreadableCodeMakesAbsentOrchestrationUnknown() {
        ModuleResult result = fixtures.run(
                module, RuleFixtures.withoutBodies(fixtures.open("orchestration", "prefect-flow"), "*.py"));

        assertThat(result.signals().names("orchestration.tools")).isEmpty();
        assertThat(result.findings().get(0).outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(result.findings().get(0).message()).contains("1 code or config files could not be read");
    }

    @Test
    void argoWorkflowManifestIsOrchestrationUnderItsOwnId() {
        ModuleResult result = evaluate("argo-workflow-manifest");

        assertThat(result.signals().names("orchestration.tools")).containsExactly("argo");
        assertThat(result.findings().get(0).evidence().get(0).line()).isEqualTo(2);
    }

    @Test
    void ciJobCallingAnArgoPipelineIsOrchestration() {
        assertThat(evaluate("argo-reusable-workflow").signals().names("orchestration.tools"))
                .containsExactly("argo");
    }

    @Test
    void stepFunctionsDefinitionIsOrchestration() {
        ModuleResult result = evaluate("step-functions-definition");

        assertThat(result.signals().names("orchestration.tools")).containsExactly("step-functions");
        assertThat(result.findings().get(0).evidence().get(0).path())
                .contains("step_functions/ml_pipeline_definition.json");
    }

    @Test
    void terraformStateMachineIsStepFunctionsOrchestration() {
        assertThat(evaluate("step-functions-terraform").signals().names("orchestration.tools"))
                .containsExactly("step-functions");
    }

    @Test
    void kedroPipelineOfNodesIsOrchestration() {
        ModuleResult result = evaluate("kedro-pipeline");

        assertThat(result.signals().names("orchestration.tools")).containsExactly("kedro");
        assertThat(result.findings().get(0).evidence().get(0).line()).isEqualTo(7);
    }

    @Test
    void flyteWorkflowIsOrchestration() {
        assertThat(evaluate("flyte-workflow").signals().names("orchestration.tools"))
                .containsExactly("flyte");
    }

    @Test
    void vertexPipelineJobIsOrchestration() {
        assertThat(evaluate("vertex-pipeline-job").signals().names("orchestration.tools"))
                .containsExactly("vertex-pipelines");
    }

    @Test
    void sageMakerPipelineIsOrchestration() {
        assertThat(evaluate("sagemaker-pipeline").signals().names("orchestration.tools"))
                .containsExactly("sagemaker-pipelines");
    }
}
