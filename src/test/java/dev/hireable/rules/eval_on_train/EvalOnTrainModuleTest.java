package dev.hireable.rules.eval_on_train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.testing.RuleFixtures;
import org.junit.jupiter.api.Test;

class EvalOnTrainModuleTest {

    private final RuleFixtures fixtures = new RuleFixtures();
    private final EvalOnTrainModule module = new EvalOnTrainModule(fixtures.catalog());

    private ModuleResult evaluate(String fixture) {
        return fixtures.run(module, "eval_on_train", fixture);
    }

    private static Finding heldOut(ModuleResult result) {
        return RuleFixtures.finding(result, "eval_on_train.held_out");
    }

    @Test
    void aModelScoredOnTheVariablesItWasFittedOnIsEvaluatedOnItsTrainingData() {
        ModuleResult result = evaluate("fit-and-score-same-data");

        assertThat(result.signals().names("eval_on_train.files")).containsExactly("train.py");
        Finding finding = heldOut(result);
        assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding.message())
                .isEqualTo("train.py scores a model on the data it was fitted on (fitted at line 8,"
                        + " scored at line 9), with no split in between.");
        assertThat(finding.evidence()).extracting(Evidence::line).containsExactly(8, 9);
    }

    @Test
    void predictionsOfTheTrainingDataPassedToAMetricAreEvaluatedOnTrainingData() {
        ModuleResult result = evaluate("predictions-of-training-data-scored");

        assertThat(result.signals().names("eval_on_train.files")).containsExactly("train.py");
        assertThat(heldOut(result).evidence()).extracting(Evidence::line).containsExactly(9, 11);
    }

    @Test
    void crossValidationBetweenTheFitAndTheScoreClearsTheCase() {
        ModuleResult result = evaluate("split-between-fit-and-score");

        assertThat(result.signals().names("eval_on_train.files")).isEmpty();
        assertThat(heldOut(result).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void aTrainingScoreNextToATestScoreIsFine() {
        ModuleResult result = evaluate("training-and-test-scores");

        assertThat(result.signals().names("eval_on_train.files")).isEmpty();
        assertThat(heldOut(result).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void aNotebookScoringItsTrainingDataNamesTheCells() {
        ModuleResult result = evaluate("scored-in-a-notebook");

        assertThat(result.signals().names("eval_on_train.files")).containsExactly("model.ipynb");
        assertThat(heldOut(result).message()).contains("(fitted at cell 3, scored at cell 4)");
    }
}
