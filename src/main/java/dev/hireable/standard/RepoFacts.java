package dev.hireable.standard;

import dev.hireable.rules.Archetype;
import dev.hireable.rules.EndpointSignal;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.Signals;
import dev.hireable.snapshot.RepoMetadata;

import java.time.Duration;
import java.util.List;

/**
 * One repository as the standard reads it: the rule modules' assessment and, when endpoints were probed, what the
 * probes found. Answers the named signals of rules/standard.yaml.
 *
 * @param probed whether endpoints were probed at all; only then can a dead URL weaken the deployment evidence
 */
record RepoFacts(RepoAssessment assessment, List<EndpointCheck> checks, boolean probed, Duration bulkCommitWindow) {

    RepoFacts {
        checks = List.copyOf(checks);
    }

    boolean has(SignalName signal) {
        Signals s = assessment.signals();
        EndpointSignal endpoint = s.endpoint();
        return switch (signal) {
            case README_PRESENT -> s.readme().path().isPresent();
            case README_MISSING -> s.readme().path().isEmpty();
            case README_PROBLEM -> s.readme().problem();
            case README_APPROACH -> s.readme().approach();
            case README_RESULTS -> s.readme().results();
            case README_RETROSPECTIVE -> s.readme().retrospective();
            case DOCKERFILE -> s.dockerfile().present();
            case TRACKING_TOOLS -> !s.experimentTracking().tools().isEmpty();
            case TRACKING_USED_IN_CODE -> s.experimentTracking().usedInCode();
            case ENDPOINT_SERVING -> !endpoint.serving().isEmpty();
            case ENDPOINT_LIVE_URL -> liveUrlStands();
            case ENDPOINT_DEPLOY_CONFIG -> !endpoint.deployConfigs().isEmpty();
            case ENDPOINT_DEPLOYED -> endpoint.deployed() && (liveUrlStands() || !endpoint.deployConfigs().isEmpty()
                    || endpoint.liveUrls().isEmpty());
            case ENDPOINT_VERIFIED -> checks.stream().anyMatch(EndpointCheck::answered);
            case MODEL_REGISTRY -> s.modelRegistry();
            case DATA_VERSIONING -> s.dataVersioning();
            case ORCHESTRATION -> !s.orchestration().isEmpty();
            case MONITORING -> s.monitoring();
            case CI -> s.ci();
            case TESTS -> s.tests();
            case NOTEBOOK_ONLY -> s.notebookOnly();
            case TOY_DATASET -> s.toyDataset().isPresent();
            case ARCHETYPE_TABULAR_DATA -> assessment.archetypes().tabularData();
            case ARCHETYPE_TRAINS_MODEL_IN_CODE -> assessment.archetypes().trainsModelInCode();
            case ARCHETYPE_FINETUNES_PRETRAINED -> assessment.archetypes().finetunesPretrained();
            case ARCHETYPE_PIPELINE -> assessment.archetypes().pipeline();
            case ARCHETYPE_TABULAR_E2E -> assessment.archetypes().archetypes().contains(Archetype.TABULAR_E2E);
            case ARCHETYPE_TRANSFORMER_FINETUNE -> assessment.archetypes().archetypes().contains(Archetype.TRANSFORMER_FINETUNE);
            case ARCHETYPE_MLOPS -> assessment.archetypes().archetypes().contains(Archetype.MLOPS);
            case METADATA_SINGLE_PUSH -> singlePush();
        };
    }

    /**
     * A live URL counts unless probing showed every one of them dead; a dead URL never erases a deploy config, which
     * is why {@link SignalName#ENDPOINT_DEPLOYED} still stands on its configs.
     */
    private boolean liveUrlStands() {
        List<String> urls = assessment.signals().endpoint().liveUrls();
        if (urls.isEmpty()) {
            return false;
        }
        if (!probed) {
            return true;
        }
        return urls.stream().anyMatch(url -> checks.stream().noneMatch(c -> c.url().equals(url) && !c.answered()));
    }

    private boolean singlePush() {
        RepoMetadata metadata = assessment.metadata();
        if (metadata.createdAt().isEmpty() || metadata.pushedAt().isEmpty()) {
            return false;
        }
        Duration between = Duration.between(metadata.createdAt().get(), metadata.pushedAt().get()).abs();
        return between.compareTo(bulkCommitWindow) <= 0;
    }
}
