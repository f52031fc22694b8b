package dev.hireable.rules.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.Finding;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.testing.RuleFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebookModuleTest {

    private static final RuleFixtures FIXTURES = new RuleFixtures();

    @TempDir
    Path temp;

    @Test
    void notebookOnlyTitanicRepoFailsAndSetsTheSignal() {
        RepoAssessment assessment = assess("notebook-only-titanic");

        assertThat(assessment.signals().flag("notebook.only")).isTrue();
        Finding finding = only(assessment);
        assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding.message()).contains("titanic.ipynb");
        assertThat(finding.remediation()).isPresent();
        assertThat(finding.evidence()).extracting(e -> e.path().orElseThrow()).containsExactly("titanic.ipynb");
    }

    @Test
    void trainingScriptBesideNotebooksPasses() {
        RepoAssessment assessment = assess("notebooks-and-training-script");

        assertThat(assessment.signals().flag("notebook.only")).isFalse();
        Finding finding = only(assessment);
        assertThat(finding.outcome()).isEqualTo(Outcome.PASS);
        assertThat(finding.message()).contains("src/train.py trains a model");
        assertThat(finding.evidence().get(0).line()).isEqualTo(8);
    }

    @Test
    void servingAppBesideNotebooksPasses() {
        Finding finding = only(assess("notebooks-and-serving-app"));

        assertThat(finding.outcome()).isEqualTo(Outcome.PASS);
        assertThat(finding.message()).contains("service.py serves predictions");
    }

    @Test
    void airflowDagBesideNotebooksRunsThePipelineOutsideThem() {
        RepoAssessment assessment = assess("notebooks-and-etl-dag");

        assertThat(assessment.signals().flag("notebook.only")).isFalse();
        assertThat(only(assessment).message()).contains("dags/load_wines.py runs a step of the pipeline");
        assertThat(only(assessment).evidence().get(0).line()).isEqualTo(8);
    }

    @Test
    void batchScoringScriptBesideNotebooksPasses() {
        Finding finding = only(assess("notebooks-and-batch-scoring"));

        assertThat(finding.outcome()).isEqualTo(Outcome.PASS);
        assertThat(finding.message()).contains("score.py runs a step of the pipeline");
    }

    @Test
    void srcPackageOfRealModulesBesideNotebooksPasses() {
        RepoAssessment assessment = assess("notebooks-and-src-package");

        assertThat(assessment.signals().flag("notebook.only")).isFalse();
        assertThat(only(assessment).message()).contains("is part of a package of real modules");
        assertThat(only(assessment).evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.path())
                        .hasValueSatisfying(p -> assertThat(p).startsWith("src/churn/")));
    }

    @Test
    void shortScriptThatOnlySamplesDataLeavesTheProjectNotebookOnly() {
        RepoAssessment assessment = assess("notebooks-and-sampling-script");

        assertThat(assessment.signals().flag("notebook.only")).isTrue();
        assertThat(only(assessment).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void setupInitAndUtilityScriptsDoNotCountAsPipelineCode() {
        RepoAssessment assessment = assess("notebooks-and-utility-scripts");

        assertThat(assessment.signals().flag("notebook.only")).isTrue();
        assertThat(only(assessment).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void scriptsWithoutNotebooksPass() {
        RepoAssessment assessment = assess("scripts-without-notebooks");

        assertThat(assessment.signals().flag("notebook.only")).isFalse();
        assertThat(only(assessment).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void repositoryWithoutNotebooksOrCodeIsNotApplicable() {
        RepoAssessment assessment = assess("no-code");

        assertThat(assessment.signals().flag("notebook.only")).isFalse();
        assertThat(only(assessment).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void malformedNotebookAsTheOnlyEvidenceIsUnknownNotACrash() {
        RepoAssessment assessment = assess("malformed-notebook-only");

        assertThat(assessment.signals().flag("notebook.only")).isFalse();
        Finding finding = only(assessment);
        assertThat(finding.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(finding.message()).contains("analysis.ipynb").contains("not valid notebook");
    }

    @Test
    void unreadableScriptNamedLikeATrainingScriptCountsByItsName() throws IOException {
        Files.writeString(temp.resolve("explore.ipynb"), "{\"cells\": [], \"nbformat\": 4}");
        Files.writeString(temp.resolve("train_model.py"), "x = 1\n".repeat(200_000));

        Finding finding = only(assess(temp));

        assertThat(finding.outcome()).isEqualTo(Outcome.PASS);
        assertThat(finding.message()).contains("train_model.py").contains("named like a training or serving script");
    }

    @Test
    void unreadableScriptWithAnUntellingNameLeavesTheVerdictUnknown() throws IOException {
        Files.writeString(temp.resolve("explore.ipynb"), "{\"cells\": [], \"nbformat\": 4}");
        Files.writeString(temp.resolve("helpers.py"), "x = 1\n".repeat(200_000));

        Finding finding = only(assess(temp));

        assertThat(finding.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(finding.message()).contains("helpers.py");
    }

    @Test
    void notebookTooLargeToReadStillCountsAsANotebook() throws IOException {
        Files.writeString(temp.resolve("huge.ipynb"), "{\"cells\": [" + " ".repeat(1_100_000) + "]}");

        RepoAssessment assessment = assess(temp);

        assertThat(assessment.signals().flag("notebook.only")).isTrue();
        assertThat(only(assessment).outcome()).isEqualTo(Outcome.FAIL);
    }

    private static Finding only(RepoAssessment assessment) {
        return assessment.findings(NotebookModule.ONLY).get(0);
    }

    private static RepoAssessment assess(String fixture) {
        return FIXTURES.assess("notebook", fixture);
    }

    private static RepoAssessment assess(Path directory) {
        return FIXTURES.assess(FIXTURES.open(directory));
    }
}
