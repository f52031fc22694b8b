package dev.hireable.rules.endpoint;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.usage.FileIndex;
import dev.hireable.rules.context.usage.FileSearch;
import dev.hireable.rules.context.usage.FileSignature;
import dev.hireable.snapshot.FileContent;
import dev.hireable.snapshot.FileEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds deploy configuration: platform files and CI jobs whose steps deploy. One entry per file. A platform file that
 * still holds template placeholders deploys nothing and is left out.
 */
final class DeployConfigFinder {

    /** The configs found, and the candidate files that could not be read. */
    record Result(List<DeployConfig> configs, List<String> undecided) {
        Result {
            configs = List.copyOf(configs);
            undecided = List.copyOf(undecided);
        }
    }

    private final Map<String, FileSignature> platforms;
    private final List<RulePattern> placeholders;
    private final DeployJobVocabulary jobs;

    DeployConfigFinder(Map<String, FileSignature> platforms, List<RulePattern> placeholders, DeployJobVocabulary jobs) {
        this.platforms = platforms;
        this.placeholders = placeholders;
        this.jobs = jobs;
    }

    Result find(RepoContext context) {
        Map<String, DeployConfig> byPath = new LinkedHashMap<>();
        List<String> undecided = new ArrayList<>();
        FileIndex index = FileIndex.of(context);
        for (Map.Entry<String, FileSignature> platform : platforms.entrySet()) {
            FileSearch search = FileSearch.of(context, index, platform.getValue());
            for (Evidence hit : search.hits()) {
                String path = hit.path().orElseThrow();
                if (!templated(context, path)) {
                    byPath.putIfAbsent(path, new DeployConfig(path, platform.getKey(), hit));
                }
            }
            undecided.addAll(search.undecided());
        }
        for (FileEntry file : index.matching(jobs.files())) {
            FileContent content = context.snapshot().read(file.path());
            if (content instanceof FileContent.Text text) {
                findDeployStep(file.path(), text.text()).ifPresent(config -> byPath.putIfAbsent(file.path(), config));
            } else if (content instanceof FileContent.Unreadable || content instanceof FileContent.OverBudget) {
                undecided.add(file.path());
            }
        }
        return new Result(
                List.copyOf(byPath.values()), undecided.stream().distinct().toList());
    }

    private boolean templated(RepoContext context, String path) {
        return context.text(path)
                .map(text -> placeholders.stream().anyMatch(p -> p.matcher(text).find()))
                .orElse(false);
    }

    private Optional<DeployConfig> findDeployStep(String path, String text) {
        String[] lines = text.split("\\R", -1);
        boolean localCluster = jobs.testsOnALocalCluster(text);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("#") || line.strip().startsWith("//") || jobs.deploysNothing(line)) {
                continue;
            }
            for (Map.Entry<String, RulePattern> step : jobs.steps().entrySet()) {
                if (localCluster && jobs.clusterSteps().contains(step.getKey())) {
                    continue;
                }
                if (step.getValue().matcher(line).find()) {
                    return Optional.of(new DeployConfig(path, step.getKey(), Evidence.line(path, i + 1, line)));
                }
            }
        }
        return Optional.empty();
    }
}
