package dev.hireable.rules.tracking;

import static dev.hireable.testing.RuleFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.testing.RuleFixtures;
import org.junit.jupiter.api.Test;

class TrackingModuleTest {

    private final RuleFixtures fixtures = new RuleFixtures();

    private ModuleResult audit(String fixture) {
        return fixtures.run(TrackingModule::new, "tracking", fixture);
    }

    @Test
    void utf16RequirementsWithBomDeclaringMlflowShowMlflow() {
        ModuleResult result = audit("utf16-requirements");

        assertThat(result.signals().names("tracking.tools")).containsExactly("mlflow");
        Finding present = finding(result, TrackingModule.PRESENT);
        assertThat(present.outcome()).isEqualTo(Outcome.PASS);
        assertThat(present.evidence()).singleElement().satisfies(e -> {
            assertThat(e.path()).contains("requirements.txt");
            assertThat(e.snippet()).contains("mlflow==2.15.1");
            assertThat(e.line()).isEqualTo(2);
        });
    }

    @Test
    void mlflowOnlyInRequirementsIsPresentButNotUsedInCode() {
        ModuleResult result = audit("mlflow-requirements-only");

        assertTracking(result, false, "mlflow");
        Finding used = finding(result, TrackingModule.USED_IN_CODE);
        assertThat(used.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(used.message()).contains("set up (mlflow)");
        assertThat(used.remediation()).isPresent();
    }

    @Test
    void autologInNotebookCodeCellCountsAsUsedInCode() {
        ModuleResult result = audit("notebook-autolog");

        assertThat(result.signals().flag("tracking.used_in_code")).isTrue();
        Finding used = finding(result, TrackingModule.USED_IN_CODE);
        assertThat(used.outcome()).isEqualTo(Outcome.PASS);
        assertThat(used.evidence()).singleElement().satisfies(e -> {
            assertThat(e.path()).contains("train.ipynb");
            assertThat(e.snippet())
                    .hasValueSatisfying(s -> assertThat(s).contains("cell 3").contains("mlflow.autolog()"));
        });
    }

    @Test
    void reportToWandbInTrainingArgumentsCountsAsWandbLogging() {
        ModuleResult result = audit("report-to-wandb");

        assertTracking(result, true, "wandb");
        assertThat(finding(result, TrackingModule.USED_IN_CODE).evidence())
                .singleElement()
                .extracting(Evidence::line)
                .isEqualTo(6);
    }

    @Test
    void commentedOutLoggingCallIsNotCounted() {
        ModuleResult result = audit("commented-out-call");

        assertThat(result.signals().names("tracking.tools")).containsExactly("mlflow");
        assertThat(result.signals().flag("tracking.used_in_code")).isFalse();
        assertThat(finding(result, TrackingModule.USED_IN_CODE).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void committedMlrunsFolderIsHygieneFailure() {
        ModuleResult result = audit("committed-mlruns");

        Finding committed = finding(result, TrackingModule.COMMITTED_RUNS);
        assertThat(committed.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(committed.message()).contains("2 tracker run-log files").contains("mlruns/");
        assertThat(committed.evidence()).extracting(e -> e.path().orElseThrow()).allMatch(p -> p.startsWith("mlruns/"));
        assertTracking(result, true, "mlflow");
    }

    @Test
    void dvcPipelineWithMetricsAndParamsCountsAsDvcTracking() {
        ModuleResult result = audit("dvc-metrics-params");

        assertTracking(result, true, "dvc");
        assertThat(finding(result, TrackingModule.USED_IN_CODE).evidence())
                .first()
                .satisfies(e -> assertThat(e.path()).contains("dvc.yaml"));
    }

    @Test
    void readmeMentionAloneIsNoTracking() {
        ModuleResult result = audit("readme-mention-only");

        assertThat(result.signals().names("tracking.tools")).isEmpty();
        assertThat(result.signals().flag("tracking.used_in_code")).isFalse();
        assertThat(finding(result, TrackingModule.PRESENT).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(result, TrackingModule.USED_IN_CODE).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(finding(result, TrackingModule.COMMITTED_RUNS).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void summaryWriterCountsAsTensorboardLogging() {
        ModuleResult result = audit("summary-writer");

        assertTracking(result, true, "tensorboard");
        assertThat(finding(result, TrackingModule.COMMITTED_RUNS).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void unreadableCodeFileMakesAbsenceUnknownNotFail() {
        ModuleResult result = audit("unreadable-code");

        Finding present = finding(result, TrackingModule.PRESENT);
        assertThat(present.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(present.message()).contains("1 code, dependency or config files could not be read");
        assertThat(present.evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.path()).contains("train.py"));
        assertThat(finding(result, TrackingModule.USED_IN_CODE).outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void reportToListInTrainingArgumentsCountsEveryListedTracker() {
        assertTracking(audit("report-to-list"), true, "mlflow", "tensorboard");
    }

    @Test
    void lightningLoggerCountsAsLogging() {
        assertTracking(audit("lightning-logger"), true, "wandb");
    }

    @Test
    void zenmlStepWithMlflowExperimentTrackerCountsAsMlflowLogging() {
        ModuleResult result = audit("zenml-step");

        assertTracking(result, true, "mlflow");
        assertThat(finding(result, TrackingModule.USED_IN_CODE).evidence())
                .singleElement()
                .extracting(Evidence::line)
                .isEqualTo(4);
    }

    private static void assertTracking(ModuleResult result, boolean usedInCode, String... tools) {
        assertThat(result.signals().names("tracking.tools")).containsExactly(tools);
        assertThat(result.signals().flag("tracking.used_in_code")).isEqualTo(usedInCode);
    }
}
