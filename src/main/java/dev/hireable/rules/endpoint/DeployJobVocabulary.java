package dev.hireable.rules.endpoint;

import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.snapshot.Glob;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CI jobs that deploy: the CI files to read and the steps that deploy, by name.
 *
 * @param steps        a name for the step ({@code kubectl apply}) → the pattern of a line that runs or uses it
 * @param notDeploying lines that deploy nothing whatever step they look like ({@code --dry-run})
 * @param testClusters patterns of a CI file that starts a throwaway cluster on the runner (kind, minikube): its
 *                     {@code clusterSteps} test manifests there rather than deploy them
 * @param clusterSteps names of the steps that only deploy to a cluster
 */
public record DeployJobVocabulary(
        List<String> files,
        Map<String, RulePattern> steps,
        List<RulePattern> notDeploying,
        List<RulePattern> testClusters,
        List<String> clusterSteps) {

    public DeployJobVocabulary {
        if (files == null || files.isEmpty() || steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("'deploy_jobs' needs 'files' and 'steps'");
        }
        files = List.copyOf(files);
        files.forEach(Glob::of);
        steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
        notDeploying = notDeploying == null ? List.of() : List.copyOf(notDeploying);
        testClusters = testClusters == null ? List.of() : List.copyOf(testClusters);
        clusterSteps = clusterSteps == null ? List.of() : List.copyOf(clusterSteps);
        for (String step : clusterSteps) {
            if (!steps.containsKey(step)) {
                throw new IllegalArgumentException(
                        "'cluster_steps' names '" + step + "', which is not one of the 'steps'");
            }
        }
    }

    /** Whether the CI file runs its cluster steps against a throwaway cluster on the runner. */
    boolean testsOnALocalCluster(String ciFile) {
        return testClusters.stream().anyMatch(p -> p.matcher(ciFile).find());
    }

    boolean deploysNothing(String line) {
        return notDeploying.stream().anyMatch(p -> p.matcher(line).find());
    }
}
