package dev.hireable.rules.archetype;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hireable.rules.Archetype;
import dev.hireable.rules.ArchetypeSignal;
import dev.hireable.rules.DockerfileSignal;
import dev.hireable.rules.EndpointSignal;
import dev.hireable.rules.ReadmeSignal;
import dev.hireable.rules.Signals;
import dev.hireable.rules.TrackingSignal;
import dev.hireable.rules.notebook.NotebookModule;
import dev.hireable.rules.notebook.CorpusAgreement;
import dev.hireable.testing.Corpus;
import dev.hireable.testing.RuleFixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * How the primary archetype compares with the reviewer's on ../shared/corpus. Only a floor is asserted: the corpus
 * keeps no code, and on this branch the README, endpoint, tracking and other signals the archetype reads are not
 * wired yet, so the archetype rests on dependencies, data files and the tree. The figure is printed for the notes.
 */
class ArchetypeCorpusTest {

    @Test
    void primaryArchetypeMostlyAgreesWithTheReviewer() {
        assumeTrue(Corpus.available(), "../shared/corpus is not here");

        int agreed = CorpusAgreement.measure("primary archetype", labels -> labels.path("archetype").path(0).asText("other"),
                assessment -> assessment.archetypes().archetypes().get(0).id());
        CorpusAgreement.measure("meetsStandard", ArchetypeCorpusTest::labelledMeets,
                assessment -> assessment.archetypes().meetsStandard());

        assertThat(agreed).isGreaterThanOrEqualTo(Corpus.repos().size() / 2);
    }

    /**
     * The archetype decision on its own: the module reads the corpus tree and dependencies, but the signals of the
     * other modules are the reviewer's labels, as if those modules were perfect.
     */
    @Test
    void decisionOnTheReviewersSignalsAgreesWithTheReviewersArchetypesAndStandard() {
        assumeTrue(Corpus.available(), "../shared/corpus is not here");
        RuleFixtures fixtures = new RuleFixtures();
        ArchetypeModule module = new ArchetypeModule(fixtures.catalog(), new NotebookModule(fixtures.catalog())::trainingLines);
        List<String> disagreements = new ArrayList<>();
        int primary = 0;
        int meets = 0;
        List<Corpus.Repo> repos = Corpus.repos();
        for (Corpus.Repo repo : repos) {
            JsonNode labels = repo.labels();
            ArchetypeSignal signal = module.evaluate(fixtures.context(repo.open()), labelledSignals(labels))
                    .signal();
            String expected = labels.path("archetype").path(0).asText("other");
            List<String> actual = signal.archetypes().stream().map(Archetype::id).toList();
            Set<Archetype> expectedMeets = labelledMeets(labels);
            primary += actual.get(0).equals(expected) ? 1 : 0;
            meets += signal.meetsStandard().equals(expectedMeets) ? 1 : 0;
            if (!actual.get(0).equals(expected) || !signal.meetsStandard().equals(expectedMeets)) {
                disagreements.add(repo.name() + ": labelled " + labels.path("archetype") + " meets " + expectedMeets
                        + ", found " + actual + " meets " + signal.meetsStandard());
            }
        }
        System.out.printf("with labelled signals: primary archetype %d/%d, meetsStandard %d/%d%n", primary, repos.size(),
                meets, repos.size());
        disagreements.forEach(d -> System.out.println("  " + d));

        assertThat(primary).isGreaterThanOrEqualTo(repos.size() / 2);
    }

    private static final Map<Archetype, String> SLOT_LABELS = Map.of(
            Archetype.TABULAR_E2E, "tabular_e2e_meets_standard",
            Archetype.TRANSFORMER_FINETUNE, "transformer_meets_standard",
            Archetype.MLOPS, "mlops_meets_standard");

    private static Set<Archetype> labelledMeets(JsonNode labels) {
        Set<Archetype> meets = EnumSet.noneOf(Archetype.class);
        SLOT_LABELS.forEach((slot, key) -> {
            if (labels.path(key).asBoolean()) {
                meets.add(slot);
            }
        });
        return Set.copyOf(meets);
    }

    private static Signals labelledSignals(JsonNode labels) {
        JsonNode readme = labels.path("readme");
        JsonNode tracking = labels.path("experiment_tracking");
        JsonNode endpoint = labels.path("endpoint");
        return new Signals(
                new ReadmeSignal(Optional.ofNullable(readme.path("path").textValue()), readme.path("problem").asBoolean(),
                        readme.path("approach").asBoolean(), readme.path("results").asBoolean(),
                        readme.path("retrospective").asBoolean()),
                new DockerfileSignal(texts(labels.path("dockerfile").path("paths"))),
                new TrackingSignal(texts(tracking.path("tools")), tracking.path("used_in_code").asBoolean()),
                new EndpointSignal(texts(endpoint.path("serving_code")), texts(endpoint.path("live_urls")), List.of(),
                        endpoint.path("deployed").asBoolean()),
                labels.path("model_registry").asBoolean(),
                labels.path("data_versioning").asBoolean(),
                texts(labels.path("orchestration")),
                labels.path("monitoring").asBoolean(),
                labels.path("ci").asBoolean(),
                labels.path("tests").asBoolean(),
                labels.path("notebook_only").asBoolean(),
                Optional.ofNullable(labels.path("toy_dataset").textValue()));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
