package dev.hireable.rules.toy_dataset;

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

class ToyDatasetModuleTest {

    private static final RuleFixtures FIXTURES = new RuleFixtures();

    @TempDir
    Path temp;

    @Test
    void loadIrisInAScriptFlagsIrisWithTheCallAsEvidence() {
        RepoAssessment assessment = assess("loader-call-in-script");

        assertThat(assessment.signals().text("toy_dataset.name")).contains("iris");
        Finding finding = used(assessment);
        assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding.message()).contains("iris").contains("code");
        assertThat(finding.evidence().get(0).path()).contains("src/train.py");
        assertThat(finding.evidence().get(0).line()).isEqualTo(4);
    }

    @Test
    void csvWithTheTitanicHeaderFlagsTitanicByItsColumns() {
        Finding finding = used(assess("csv-column-signature"));

        assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding.message()).contains("titanic").contains("column names");
        assertThat(finding.evidence().get(0).snippet().orElseThrow()).startsWith("PassengerId,Survived,Pclass");
    }

    @Test
    void kaggleCompetitionDownloadInTheReadmeFlagsTitanic() {
        RepoAssessment assessment = assess("kaggle-slug-in-readme");

        assertThat(assessment.signals().text("toy_dataset.name")).contains("titanic");
        assertThat(used(assessment).message()).contains("Kaggle slug");
        assertThat(used(assessment).evidence())
                .anySatisfy(e -> assertThat(e.line()).isEqualTo(6));
    }

    @Test
    void pimaColumnsFlagPimaDiabetesNotTheSklearnDiabetesDataset() {
        RepoAssessment assessment = assess("pima-diabetes-columns");

        assertThat(assessment.signals().text("toy_dataset.name")).contains("pima-diabetes");
        assertThat(used(assessment).message()).contains("column names").doesNotContain("also diabetes");
        assertThat(used(assessment).evidence())
                .anySatisfy(e -> assertThat(e.path()).contains("data/diabetes.csv"));
    }

    @Test
    void heartAttackCsvHeaderFlagsUciHeart() {
        Finding finding = used(assess("heart-csv-columns"));

        assertThat(finding.message()).contains("uci-heart").contains("column names");
        assertThat(finding.evidence().get(0).line()).isEqualTo(1);
    }

    @Test
    void hyphenatedAdultCensusHeaderFlagsAdultCensus() {
        assertThat(assess("income-csv-columns").signals().text("toy_dataset.name"))
                .contains("adult-census");
    }

    @Test
    void kaggleGermanCreditHeaderWithSpacesFlagsGermanCredit() {
        assertThat(assess("credit-csv-columns").signals().text("toy_dataset.name"))
                .contains("german-credit");
    }

    @Test
    void carDekhoHeaderFlagsTheUsedCarToyDataset() {
        assertThat(assess("used-car-csv-columns").signals().text("toy_dataset.name"))
                .contains("cardekho-car-data");
    }

    @Test
    void californiaHousingLoaderFlagsCaliforniaHousing() {
        Finding finding = used(assess("sklearn-housing-loader"));

        assertThat(finding.message()).contains("california-housing").contains("code");
        assertThat(finding.evidence().get(0).line()).isEqualTo(4);
    }

    @Test
    void huggingFaceImdbLoaderInANotebookFlagsImdb() {
        Finding finding = used(assess("hf-imdb-notebook"));

        assertThat(finding.message()).contains("imdb");
        assertThat(finding.evidence().get(0).snippet())
                .hasValueSatisfying(s -> assertThat(s).contains("cell 2").contains("load_dataset(\"imdb\")"));
    }

    @Test
    void glueTaskLoadedByNameFlagsGlue() {
        assertThat(assess("hf-glue-task").signals().text("toy_dataset.name")).contains("glue");
    }

    @Test
    void glueSst2TaskIsReportedAsSst2() {
        assertThat(assess("glue-two-arguments").signals().text("toy_dataset.name"))
                .contains("sst2");
    }

    @Test
    void agNewsFromTheHubFlagsAgNews() {
        assertThat(assess("hf-news-topics").signals().text("toy_dataset.name")).contains("ag-news");
    }

    @Test
    void kerasImdbLoaderFlagsImdb() {
        assertThat(assess("keras-imdb-loader").signals().text("toy_dataset.name"))
                .contains("imdb");
    }

    @Test
    void twentyNewsgroupsLoaderFlagsIt() {
        assertThat(assess("sklearn-text-loader").signals().text("toy_dataset.name"))
                .contains("20newsgroups");
    }

    @Test
    void bostonColumnsNamedInAFormTemplateFlagBoston() {
        Finding finding = used(assess("house-price-form"));

        assertThat(finding.message()).contains("boston").contains("column names in code");
        assertThat(finding.evidence()).anySatisfy(e -> assertThat(e.path()).contains("templates/home.html"));
    }

    @Test
    void irisColumnsInAnApiRequestModelFlagIris() {
        Finding finding = used(assess("flower-api-request-model"));

        assertThat(finding.message()).contains("iris").contains("column names in code");
        assertThat(finding.evidence()).anySatisfy(e -> assertThat(e.path()).contains("api/main.py"));
    }

    @Test
    void playgroundSeriesCompetitionLinkFlagsKagglePlayground() {
        Finding finding = used(assess("kaggle-playground-link"));

        assertThat(finding.message()).contains("kaggle-playground").contains("Kaggle slug");
        assertThat(finding.evidence()).anySatisfy(e -> assertThat(e.line()).isEqualTo(6));
    }

    @Test
    void kaggleInputFolderInANotebookNamesTheCompetition() {
        assertThat(assess("kaggle-input-path").signals().text("toy_dataset.name"))
                .contains("kaggle-playground");
    }

    @Test
    void seabornPenguinsLoaderFlagsPenguins() {
        assertThat(assess("seaborn-loader").signals().text("toy_dataset.name")).contains("penguins");
    }

    @Test
    void smsSpamCollectionFileFlagsSmsSpam() {
        Finding finding = used(assess("sms-collection"));

        assertThat(finding.message()).contains("sms-spam").contains("data file").contains("code");
    }

    @Test
    void colabSampleDataIsNotTheAuthorsDataset() {
        RepoAssessment assessment = assess("colab-sample-data");

        assertThat(assessment.signals().text("toy_dataset.name")).isEmpty();
        assertThat(used(assessment).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void smallRealDatasetIsNotAToy() {
        RepoAssessment assessment = assess("small-real-dataset");

        assertThat(assessment.signals().text("toy_dataset.name")).isEmpty();
        assertThat(used(assessment).outcome()).isEqualTo(Outcome.PASS);
        assertThat(used(assessment).evidence()).isEmpty();
    }

    @Test
    void fashionMnistInTheReadmeTitleIsNotAlsoMnist() {
        Finding finding = used(assess("fashion-mnist-readme"));

        assertThat(finding.message()).contains("fashion-mnist").doesNotContain("also mnist");
    }

    @Test
    void sklearnLoadDiabetesIsTheDiabetesToyDataset() {
        assertThat(assess("sklearn-regression-loader").signals().text("toy_dataset.name"))
                .contains("diabetes");
    }

    @Test
    void fashionMnistIsNotReportedAsMnist() {
        assertThat(assess("keras-image-loader").signals().text("toy_dataset.name"))
                .contains("fashion-mnist");
    }

    @Test
    void readmeThatContrastsWithTitanicDoesNotFlag() {
        RepoAssessment assessment = assess("readme-contrast-mention");

        assertThat(assessment.signals().text("toy_dataset.name")).isEmpty();
        Finding finding = used(assessment);
        assertThat(finding.outcome()).isEqualTo(Outcome.PASS);
        assertThat(finding.evidence()).isEmpty();
    }

    @Test
    void passingReadmeMentionAloneDoesNotFlagButIsShown() {
        RepoAssessment assessment = assess("readme-mention-in-passing");

        assertThat(assessment.signals().text("toy_dataset.name")).isEmpty();
        Finding finding = used(assessment);
        assertThat(finding.outcome()).isEqualTo(Outcome.PASS);
        assertThat(finding.message()).contains("mnist is only mentioned in the README");
        assertThat(finding.evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void readmeTitleNamingTheDatasetFlagsIt() {
        Finding finding = used(assess("readme-title-names-dataset"));

        assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding.message()).contains("iris").contains("README title");
    }

    @Test
    void repositoryNamedAfterTheDatasetFlagsIt() throws IOException {
        Path repo = Files.createDirectories(temp.resolve("titanic_survival_prediction"));
        Files.writeString(repo.resolve("app.py"), "from flask import Flask\napp = Flask(__name__)\n");

        Finding finding = used(assess(repo));

        assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding.message()).contains("titanic").contains("repository name");
    }

    @Test
    void kaggleApiDownloadInCodeFlagsTheCompetition() throws IOException {
        Files.writeString(
                temp.resolve("fetch.py"),
                "from kaggle.api.kaggle_api_extended import KaggleApi\n\n"
                        + "api = KaggleApi()\napi.competition_download_files('titanic', path='data')\n");

        Finding finding = used(assess(temp));

        assertThat(finding.message()).contains("titanic").contains("Kaggle slug");
        assertThat(finding.evidence()).anySatisfy(e -> assertThat(e.line()).isEqualTo(4));
    }

    @Test
    void repositoryWhoseCodeCannotBeReadIsUnknown() throws IOException {
        Files.writeString(temp.resolve("pipeline.py"), "x = 1\n".repeat(200_000));

        RepoAssessment assessment = assess(temp);

        assertThat(assessment.signals().text("toy_dataset.name")).isEmpty();
        assertThat(used(assessment).outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void modelFittedOnDataGeneratedInCodeUsesTheSyntheticToyDataset() {
        RepoAssessment assessment = assess("generated-training-data");

        assertThat(assessment.signals().text("toy_dataset.name")).contains("synthetic");
        Finding finding = used(assessment);
        assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding.message()).contains("training data generated in code");
        assertThat(finding.evidence()).anySatisfy(e -> assertThat(e.path()).contains("train.py"));
    }

    @Test
    void randomSeedBesideARealDataFileIsNotSyntheticData() {
        RepoAssessment assessment = assess("random-seed-only");

        assertThat(assessment.signals().text("toy_dataset.name")).isEmpty();
        assertThat(used(assessment).outcome()).isEqualTo(Outcome.PASS);
    }

    private static Finding used(RepoAssessment assessment) {
        return assessment.findings(ToyDatasetModule.USED).get(0);
    }

    private static RepoAssessment assess(String fixture) {
        return FIXTURES.assess("toy_dataset", fixture);
    }

    private static RepoAssessment assess(Path directory) {
        return FIXTURES.assess(FIXTURES.open(directory));
    }
}
