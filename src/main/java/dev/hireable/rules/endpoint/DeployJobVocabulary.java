package dev.hireable.rules.endpoint;

import dev.hireable.snapshot.Glob;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CI jobs that deploy: the CI files to read and the steps that deploy, by name.
 *
 * @param steps a name for the step ({@code kubectl apply}) → the pattern of a line that runs or uses it
 */
public record DeployJobVocabulary(List<String> files, Map<String, Pattern> steps) {

    public DeployJobVocabulary {
        if (files == null || files.isEmpty() || steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("'deploy_jobs' needs 'files' and 'steps'");
        }
        files = List.copyOf(files);
        files.forEach(Glob::of);
        steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
    }
}
