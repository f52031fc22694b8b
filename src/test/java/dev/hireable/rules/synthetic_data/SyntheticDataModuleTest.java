package dev.hireable.rules.synthetic_data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.testing.RuleFixtures;
import org.junit.jupiter.api.Test;

class SyntheticDataModuleTest {

    private final RuleFixtures fixtures = new RuleFixtures();
    private final SyntheticDataModule module = new SyntheticDataModule(fixtures.catalog());

    private ModuleResult evaluate(String fixture) {
        return fixtures.run(module, "synthetic_data", fixture);
    }

    private static Finding realData(ModuleResult result) {
        return RuleFixtures.finding(result, "synthetic_data.real_data");
    }

    @Test
    void randomDataTrainingAModelWhileTheReadmeDescribesCustomersIsPresentedAsReal() {
        ModuleResult result = evaluate("generated-presented-as-real");

        assertThat(result.signals().names("synthetic_data.trains_on_generated")).containsExactly("train.py");
        assertThat(result.signals().flag("synthetic_data.presented_as_real")).isTrue();
        Finding finding = realData(result);
        assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding.message())
                .isEqualTo("train.py trains a model on data it generates (np.random.randint) while"
                        + " the README presents the data as real (line 3).");
        assertThat(finding.evidence())
                .extracting(e -> e.path().orElseThrow() + ":" + e.line())
                .containsExactly("train.py:7", "train.py:16", "README.md:3");
    }

    @Test
    void generatedDataTheReadmeCallsSyntheticIsNotPresentedAsReal() {
        ModuleResult result = evaluate("generated-and-said-so");

        assertThat(result.signals().names("synthetic_data.trains_on_generated")).containsExactly("train.py");
        assertThat(result.signals().flag("synthetic_data.presented_as_real")).isFalse();
        assertThat(realData(result).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void randomNoiseMasksAndHyperparametersOverRealDataAreNotGeneratedData() {
        ModuleResult result = evaluate("real-data-with-random-mask");

        assertThat(result.signals().names("synthetic_data.trains_on_generated")).isEmpty();
        assertThat(realData(result).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void generatedDataInTestsIsFine() {
        ModuleResult result = evaluate("generated-in-tests");

        assertThat(result.signals().names("synthetic_data.trains_on_generated")).isEmpty();
        assertThat(result.signals().flag("synthetic_data.presented_as_real")).isFalse();
    }

    @Test
    void generatedDataIsFollowedThroughTheFunctionsThatReturnAndTrainOnIt() {
        ModuleResult result = evaluate("generated-through-functions");

        assertThat(result.signals().flag("synthetic_data.presented_as_real")).isTrue();
        assertThat(realData(result).evidence()).extracting(Evidence::line).containsExactly(7, 20, 1);
    }

    @Test
    void makeClassificationInANotebookTrainsOnGeneratedData() {
        ModuleResult result = evaluate("generated-in-a-notebook");

        assertThat(result.signals().names("synthetic_data.trains_on_generated")).containsExactly("credit_risk.ipynb");
        assertThat(realData(result).message()).contains("(make_classification)");
        assertThat(realData(result).evidence().get(0).snippet())
                .hasValueSatisfying(s -> assertThat(s).startsWith("cell 2:"));
    }
}
