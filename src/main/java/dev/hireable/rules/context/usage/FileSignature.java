package dev.hireable.rules.context.usage;

import dev.hireable.snapshot.Glob;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How a tool shows in a file: its name (globs), and optionally patterns its text must all contain, e.g. a
 * Kubernetes manifest is any YAML file with a top-level {@code apiVersion:} and a workload {@code kind:}.
 *
 * @param contains patterns that must all be found in the text; the evidence line is where the last one ends
 */
public record FileSignature(List<String> files, List<Pattern> contains) {

    public FileSignature {
        if (files == null || files.isEmpty()) {
            throw new IllegalArgumentException("'files' needs at least one glob");
        }
        files = List.copyOf(files);
        files.forEach(Glob::of);
        contains = contains == null ? List.of() : List.copyOf(contains);
    }

    /** Whether the file name alone is the evidence. */
    public boolean byNameOnly() {
        return contains.isEmpty();
    }
}
