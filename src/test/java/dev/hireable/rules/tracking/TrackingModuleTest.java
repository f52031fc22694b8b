package dev.hireable.rules.tracking;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.TrackingSignal;
import dev.hireable.testing.RuleFixtures;
import org.junit.jupiter.api.Test;

import static dev.hireable.testing.RuleFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

class TrackingModuleTest {

    private final RuleFixtures fixtures = new RuleFixtures();

    private ModuleResult<TrackingSignal> audit(String fixture) {
        return fixtures.run(TrackingModule::new, "tracking", fixture);
    }

    @Test
    void utf16RequirementsWithBomDeclaringMlflowShowMlflow() {
        ModuleResult<TrackingSignal> result = audit("utf16-requirements");

        assertThat(result.signal().tools()).containsExactly("mlflow");
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
        ModuleResult<TrackingSignal> result = audit("mlflow-requirements-only");

        assertThat(result.signal()).isEqualTo(new TrackingSignal(java.util.List.of("mlflow"), false));
        Finding used = finding(result, TrackingModule.USED_IN_CODE);
        assertThat(used.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(used.message()).contains("set up (mlflow)");
        assertThat(used.remediation()).isPresent();
    }

    @Test
    void autologInNotebookCodeCellCountsAsUsedInCode() {
        ModuleResult<TrackingSignal> result = audit("notebook-autolog");

        assertThat(result.signal().usedInCode()).isTrue();
        Finding used = finding(result, TrackingModule.USED_IN_CODE);
        assertThat(used.outcome()).isEqualTo(Outcome.PASS);
        assertThat(used.evidence()).singleElement().satisfies(e -> {
            assertThat(e.path()).contains("train.ipynb");
            assertThat(e.snippet()).hasValueSatisfying(s -> assertThat(s).contains("cell 3").contains("mlflow.autolog()"));
        });
    }

    @Test
    void reportToWandbInTrainingArgumentsCountsAsWandbLogging() {
        ModuleResult<TrackingSignal> result = audit("report-to-wandb");

        assertThat(result.signal()).isEqualTo(new TrackingSignal(java.util.List.of("wandb"), true));
        assertThat(finding(result, TrackingModule.USED_IN_CODE).evidence()).singleElement()
                .extracting(Evidence::line).isEqualTo(6);
    }

    @Test
    void commentedOutLoggingCallIsNotCounted() {
        ModuleResult<TrackingSignal> result = audit("commented-out-call");

        assertThat(result.signal().tools()).containsExactly("mlflow");
        assertThat(result.signal().usedInCode()).isFalse();
        assertThat(finding(result, TrackingModule.USED_IN_CODE).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void committedMlrunsFolderIsHygieneFailure() {
        ModuleResult<TrackingSignal> result = audit("committed-mlruns");

        Finding committed = finding(result, TrackingModule.COMMITTED_RUNS);
        assertThat(committed.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(committed.message()).contains("2 tracker run-log files").contains("mlruns/");
        assertThat(committed.evidence()).extracting(e -> e.path().orElseThrow()).allMatch(p -> p.startsWith("mlruns/"));
        assertThat(result.signal()).isEqualTo(new TrackingSignal(java.util.List.of("mlflow"), true));
    }

    @Test
    void dvcPipelineWithMetricsAndParamsCountsAsDvcTracking() {
        ModuleResult<TrackingSignal> result = audit("dvc-metrics-params");

        assertThat(result.signal()).isEqualTo(new TrackingSignal(java.util.List.of("dvc"), true));
        assertThat(finding(result, TrackingModule.USED_IN_CODE).evidence()).first()
                .satisfies(e -> assertThat(e.path()).contains("dvc.yaml"));
    }

    @Test
    void readmeMentionAloneIsNoTracking() {
        ModuleResult<TrackingSignal> result = audit("readme-mention-only");

        assertThat(result.signal()).isEqualTo(TrackingSignal.none());
        assertThat(finding(result, TrackingModule.PRESENT).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(result, TrackingModule.USED_IN_CODE).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(finding(result, TrackingModule.COMMITTED_RUNS).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void summaryWriterCountsAsTensorboardLogging() {
        ModuleResult<TrackingSignal> result = audit("summary-writer");

        assertThat(result.signal()).isEqualTo(new TrackingSignal(java.util.List.of("tensorboard"), true));
        assertThat(finding(result, TrackingModule.COMMITTED_RUNS).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void unreadableCodeFileMakesAbsenceUnknownNotFail() {
        ModuleResult<TrackingSignal> result = audit("unreadable-code");

        Finding present = finding(result, TrackingModule.PRESENT);
        assertThat(present.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(present.message()).contains("1 code, dependency or config files could not be read");
        assertThat(present.evidence()).singleElement().satisfies(e -> assertThat(e.path()).contains("train.py"));
        assertThat(finding(result, TrackingModule.USED_IN_CODE).outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void reportToListInTrainingArgumentsCountsEveryListedTracker() {
        assertThat(audit("report-to-list").signal())
                .isEqualTo(new TrackingSignal(java.util.List.of("mlflow", "tensorboard"), true));
    }

    @Test
    void lightningLoggerCountsAsLogging() {
        assertThat(audit("lightning-logger").signal()).isEqualTo(new TrackingSignal(java.util.List.of("wandb"), true));
    }

    @Test
    void zenmlStepWithMlflowExperimentTrackerCountsAsMlflowLogging() {
        ModuleResult<TrackingSignal> result = audit("zenml-step");

        assertThat(result.signal()).isEqualTo(new TrackingSignal(java.util.List.of("mlflow"), true));
        assertThat(finding(result, TrackingModule.USED_IN_CODE).evidence()).singleElement()
                .extracting(Evidence::line).isEqualTo(4);
    }
}
