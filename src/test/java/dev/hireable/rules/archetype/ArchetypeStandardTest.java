package dev.hireable.rules.archetype;

import dev.hireable.rules.Archetype;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.catalog.RuleCatalog;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.hireable.rules.archetype.Fact.CI;
import static dev.hireable.rules.archetype.Fact.DEPLOYED;
import static dev.hireable.rules.archetype.Fact.DOCKERFILE;
import static dev.hireable.rules.archetype.Fact.FINETUNES_PRETRAINED;
import static dev.hireable.rules.archetype.Fact.LIVE_URL;
import static dev.hireable.rules.archetype.Fact.MODEL_REGISTRY;
import static dev.hireable.rules.archetype.Fact.ORCHESTRATION;
import static dev.hireable.rules.archetype.Fact.PIPELINE;
import static dev.hireable.rules.archetype.Fact.README_PROBLEM;
import static dev.hireable.rules.archetype.Fact.SERVING;
import static dev.hireable.rules.archetype.Fact.TABULAR_DATA;
import static dev.hireable.rules.archetype.Fact.TABULAR_MODEL;
import static dev.hireable.rules.archetype.Fact.TRACKING;
import static dev.hireable.rules.archetype.Fact.TRACKING_IN_CODE;
import static dev.hireable.rules.archetype.Fact.TRANSFORMER_LIBRARY;
import static org.assertj.core.api.Assertions.assertThat;

class ArchetypeStandardTest {

    private static final ArchetypeStandard STANDARD = ArchetypeStandard.from(RuleCatalog.builtIn());

    @Test
    void repositoryWithNoSlotTraitsIsOther() {
        assertThat(STANDARD.archetypes(facts(Set.of(CI, DOCKERFILE)))).containsExactly(Archetype.OTHER);
    }

    @Test
    void archetypesAreOrderedByFit() {
        Facts facts = facts(Set.of(TABULAR_DATA, TRACKING, TRACKING_IN_CODE, MODEL_REGISTRY, ORCHESTRATION, PIPELINE, CI,
                DOCKERFILE, DEPLOYED));

        assertThat(STANDARD.archetypes(facts)).containsExactly(Archetype.MLOPS, Archetype.TABULAR_E2E);
    }

    @Test
    void transformerLibraryCountsAgainstTabular() {
        Facts facts = facts(Set.of(TABULAR_DATA, TRANSFORMER_LIBRARY, FINETUNES_PRETRAINED));

        assertThat(STANDARD.archetypes(facts)).containsExactly(Archetype.TRANSFORMER_FINETUNE);
    }

    @Test
    void missingRequirementsAreNamedInTheRuleFileOrder() {
        ArchetypeStandard.SlotVerdict verdict = STANDARD.verdict(Archetype.TABULAR_E2E, facts(Set.of(TABULAR_DATA, TABULAR_MODEL)));

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(verdict.missingNames()).containsExactly("a README that states the problem", "a deployed API endpoint");
    }

    @Test
    void deploymentWithoutServingCodeOrLiveUrlIsNotAnApiEndpoint() {
        Facts configOnly = facts(Set.of(TABULAR_DATA, README_PROBLEM, DEPLOYED));
        Facts liveApp = facts(Set.of(TABULAR_DATA, README_PROBLEM, DEPLOYED, LIVE_URL));

        assertThat(STANDARD.meetsStandard(configOnly)).isEmpty();
        assertThat(STANDARD.meetsStandard(liveApp)).containsExactly(Archetype.TABULAR_E2E);
    }

    @Test
    void requirementThatCouldHoldInUnreadCodeIsUnknown() {
        Facts facts = new Facts(Set.of(TRANSFORMER_LIBRARY, DEPLOYED, SERVING), Set.of(FINETUNES_PRETRAINED));

        ArchetypeStandard.SlotVerdict verdict = STANDARD.verdict(Archetype.TRANSFORMER_FINETUNE, facts);

        assertThat(verdict.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(verdict.meets()).isFalse();
    }

    @Test
    void slotTheRepositoryDoesNotFitIsNotApplicableEvenWithItsRequirementsMet() {
        Facts facts = facts(Set.of(TABULAR_DATA, README_PROBLEM, DEPLOYED, SERVING, TRANSFORMER_LIBRARY, FINETUNES_PRETRAINED));

        ArchetypeStandard.SlotVerdict verdict = STANDARD.verdict(Archetype.TABULAR_E2E, facts);

        assertThat(verdict.missing()).isEmpty();
        assertThat(verdict.fits()).isFalse();
        assertThat(verdict.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(STANDARD.meetsStandard(facts)).containsExactly(Archetype.TRANSFORMER_FINETUNE);
    }

    private static Facts facts(Set<Fact> holding) {
        return new Facts(holding, Set.of());
    }
}
