package dev.hireable.rules.context;

import dev.hireable.rules.Evidence;

/**
 * One declared dependency.
 *
 * @param name normalised: lower case, runs of {@code _ . -} as one {@code -} (PEP 503), extras dropped
 */
public record Dependency(String name, String path, int line, String text) {

    public Evidence evidence() {
        return Evidence.line(path, line, text);
    }
}
