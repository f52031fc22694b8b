package dev.hireable.rules.context.usage;

import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.snapshot.Glob;
import java.util.List;

/**
 * How a tool shows in a file: its name (globs), and optionally patterns its text must all contain, e.g. a
 * Kubernetes manifest is any YAML file with a top-level {@code apiVersion:} and a workload {@code kind:}.
 *
 * @param contains patterns that must all be found in the text; the evidence line is where the last one ends
 * @param lacks    patterns none of which may be found in the text, e.g. {@code --repo-type space} on an upload that
 *                 is a deployment rather than a model
 */
public record FileSignature(List<String> files, List<RulePattern> contains, List<RulePattern> lacks) {

    public FileSignature {
        if (files == null || files.isEmpty()) {
            throw new IllegalArgumentException("'files' needs at least one glob");
        }
        files = List.copyOf(files);
        files.forEach(Glob::of);
        contains = contains == null ? List.of() : List.copyOf(contains);
        lacks = lacks == null ? List.of() : List.copyOf(lacks);
    }

    public FileSignature(List<String> files, List<RulePattern> contains) {
        this(files, contains, List.of());
    }

    /** Whether the file name alone is the evidence. */
    public boolean byNameOnly() {
        return contains.isEmpty() && lacks.isEmpty();
    }
}
