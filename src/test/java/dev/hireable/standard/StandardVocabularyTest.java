package dev.hireable.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RuleFileException;
import dev.hireable.rules.catalog.RuleSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandardVocabularyTest {

    @TempDir
    Path overlay;

    private PortfolioStandard load(String yaml) throws IOException {
        Files.writeString(overlay.resolve("standard.yaml"), yaml);
        return new PortfolioStandard(RuleCatalog.load(RuleSources.withOverlays(List.of(overlay))));
    }

    @Test
    void builtInStandardDefinesTheThreeSlotsWithLabelsAndActions() {
        StandardVocabulary vocabulary = new PortfolioStandard(RuleCatalog.builtIn()).vocabulary();

        assertThat(vocabulary.slots()).containsOnlyKeys("tabular_e2e", "transformer_finetune", "mlops");
        assertThat(vocabulary.requirements().get("model_registry").label()).isEqualTo("a model registry");
        assertThat(vocabulary.requirements().values())
                .allSatisfy(r -> assertThat(r.action()).endsWith("."));
    }

    @Test
    void unknownSignalNameStopsTheLoadWithFileAndLine() {
        assertThatThrownBy(() -> load("""
                vocabulary:
                  requirements:
                    model_registry:
                      present: [model_regsitry]
                """))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("standard.yaml:")
                .hasMessageContaining("unknown signal 'model_regsitry'");
    }

    @Test
    void slotNamingAnUnknownRequirementStopsTheLoad() {
        assertThatThrownBy(() -> load("""
                vocabulary:
                  slots:
                    mlops:
                      requirements:
                        feature_store: {weight: 1}
                """))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("unknown requirement 'feature_store'");
    }

    @Test
    void requirementNamingAnUnknownRuleStopsTheLoad() {
        assertThatThrownBy(() -> load("""
                vocabulary:
                  requirements:
                    ci:
                      findings: [ci.presnt]
                """))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("unknown rule 'ci.presnt'");
    }

    @Test
    void redFlagCanBeTriggeredByAFailedFindingDeclaredInYaml() throws IOException {
        PortfolioStandard standard = load("""
                vocabulary:
                  red_flags:
                    untested:
                      failed_findings: [tests.present]
                      message: "{repo} has no tests at all."
                """);
        dev.hireable.rules.Finding failed = new dev.hireable.rules.Finding(
                "tests.present",
                dev.hireable.rules.Outcome.FAIL,
                "No tests.",
                List.of(dev.hireable.rules.Evidence.file(".")),
                java.util.Optional.empty());

        StandardResult result = standard.evaluate(List.of(
                Repo.tabular("o/churn").finding(failed).build(),
                Repo.tabular("o/tested").build()));

        assertThat(result.portfolio().redFlags())
                .extracting(RedFlag::message)
                .containsExactly("o/churn has no tests at all.");
    }

    @Test
    void aPenaltyWhoseMaximumIsBelowItsPointsStopsTheLoadWithFileAndLine() {
        assertThatThrownBy(() -> load("""
                vocabulary:
                  repo_score:
                    penalties:
                      claims.unbuilt: {points: 5, max: 3}
                """))
                .hasMessageContaining("standard.yaml:")
                .hasMessageContaining("'max' must be at least its points");
    }

    @Test
    void overlayCanReweightARequirementByYamlAlone() throws IOException {
        PortfolioStandard heavierRegistry = load("""
                vocabulary:
                  requirements:
                    model_registry:
                      label: a registered model
                """);

        assertThat(heavierRegistry
                        .vocabulary()
                        .requirements()
                        .get("model_registry")
                        .label())
                .isEqualTo("a registered model");
        assertThat(heavierRegistry
                        .vocabulary()
                        .requirements()
                        .get("model_registry")
                        .action())
                .startsWith("Register the trained model");
    }
}
