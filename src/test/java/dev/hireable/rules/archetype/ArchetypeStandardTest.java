package dev.hireable.rules.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.Archetype;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.catalog.RuleCatalog;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArchetypeStandardTest {

    private static final ArchetypeStandard STANDARD = RuleCatalog.builtIn()
            .section("archetype.yaml", "vocabulary", ArchetypeModule.Vocabulary.class)
            .decision();
    private static final String CI = "ci.present";
    private static final String DEPLOYED = "endpoint.deployed";
    private static final String DOCKERFILE = "dockerfile.present";
    private static final String FINETUNES_PRETRAINED = "archetype.finetunes_pretrained";
    private static final String LIVE_URL = "endpoint.live_urls";
    private static final String MODEL_REGISTRY = "registry.used";
    private static final String ORCHESTRATION = "orchestration.tools";
    private static final String PIPELINE = "archetype.pipeline";
    private static final String README_PROBLEM = "readme.problem";
    private static final String SERVING = "endpoint.serving";
    private static final String TABULAR_DATA = "archetype.tabular_data";
    private static final String TABULAR_MODEL = "archetype.tabular_model";
    private static final String TRACKING = "tracking.tools";
    private static final String TRACKING_IN_CODE = "tracking.used_in_code";
    private static final String TRANSFORMER_LIBRARY = "archetype.transformer_library";

    @Test
    void repositoryWithNoSlotTraitsIsOther() {
        assertThat(STANDARD.archetypes(facts(Set.of(CI, DOCKERFILE)))).containsExactly(Archetype.OTHER);
    }

    @Test
    void archetypesAreOrderedByFit() {
        SignalSet facts = facts(Set.of(
                TABULAR_DATA,
                TRACKING,
                TRACKING_IN_CODE,
                MODEL_REGISTRY,
                ORCHESTRATION,
                PIPELINE,
                CI,
                DOCKERFILE,
                DEPLOYED));

        assertThat(STANDARD.archetypes(facts)).containsExactly(Archetype.MLOPS, Archetype.TABULAR_E2E);
    }

    @Test
    void transformerLibraryCountsAgainstTabular() {
        SignalSet facts = facts(Set.of(TABULAR_DATA, TRANSFORMER_LIBRARY, FINETUNES_PRETRAINED));

        assertThat(STANDARD.archetypes(facts)).containsExactly(Archetype.TRANSFORMER_FINETUNE);
    }

    @Test
    void missingRequirementsAreNamedInTheRuleFileOrder() {
        ArchetypeStandard.SlotVerdict verdict =
                STANDARD.verdict(Archetype.TABULAR_E2E, facts(Set.of(TABULAR_DATA, TABULAR_MODEL)));

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(verdict.missingNames())
                .containsExactly("a README that states the problem", "a deployed API endpoint");
    }

    @Test
    void deploymentWithoutServingCodeOrLiveUrlIsNotAnApiEndpoint() {
        SignalSet configOnly = facts(Set.of(TABULAR_DATA, README_PROBLEM, DEPLOYED));
        SignalSet liveApp = facts(Set.of(TABULAR_DATA, README_PROBLEM, DEPLOYED, LIVE_URL));

        assertThat(STANDARD.verdict(Archetype.TABULAR_E2E, configOnly).meets()).isFalse();
        assertThat(STANDARD.verdict(Archetype.TABULAR_E2E, liveApp).meets()).isTrue();
    }

    @Test
    void requirementThatCouldHoldInUnreadCodeIsUnknown() {
        SignalSet facts =
                facts(Set.of(TRANSFORMER_LIBRARY, DEPLOYED, SERVING)).withUnknown(Set.of(FINETUNES_PRETRAINED));

        ArchetypeStandard.SlotVerdict verdict = STANDARD.verdict(Archetype.TRANSFORMER_FINETUNE, facts);

        assertThat(verdict.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(verdict.meets()).isFalse();
    }

    @Test
    void slotTheRepositoryDoesNotFitIsNotApplicableEvenWithItsRequirementsMet() {
        SignalSet facts = facts(
                Set.of(TABULAR_DATA, README_PROBLEM, DEPLOYED, SERVING, TRANSFORMER_LIBRARY, FINETUNES_PRETRAINED));

        ArchetypeStandard.SlotVerdict verdict = STANDARD.verdict(Archetype.TABULAR_E2E, facts);

        assertThat(verdict.missing()).isEmpty();
        assertThat(verdict.fits()).isFalse();
        assertThat(verdict.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(STANDARD.verdict(Archetype.TRANSFORMER_FINETUNE, facts).meets())
                .isTrue();
    }

    /** Signals where exactly the given ones hold (a list signal with one name). */
    private static SignalSet facts(Set<String> holding) {
        SignalSet.Builder signals = SignalSet.builder();
        holding.forEach(id -> {
            if (id.endsWith(".tools") || id.endsWith(".serving") || id.endsWith(".live_urls")) {
                signals.names(id, List.of("x"));
            } else {
                signals.flag(id, true);
            }
        });
        return signals.build();
    }
}
