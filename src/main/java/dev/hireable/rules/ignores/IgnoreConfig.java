package dev.hireable.rules.ignores;

import java.util.ArrayList;
import java.util.List;

/**
 * The ignores read from one repository's settings file, and the problems that kept some of them out.
 *
 * @param file the settings file they came from, e.g. {@code .hireable.yml} or {@code project-a/.hireable.yml}
 */
public record IgnoreConfig(String file, List<Ignore> ignores, List<String> problems) {

    public IgnoreConfig {
        ignores = List.copyOf(ignores);
        problems = List.copyOf(problems);
    }

    public static IgnoreConfig none() {
        return new IgnoreConfig("", List.of(), List.of());
    }

    public boolean isEmpty() {
        return ignores.isEmpty() && problems.isEmpty();
    }

    /** This config followed by {@code inner} (e.g. a monorepo's root file, then a project folder's own). */
    public List<IgnoreConfig> with(IgnoreConfig inner) {
        List<IgnoreConfig> all = new ArrayList<>();
        if (!isEmpty()) {
            all.add(this);
        }
        if (!inner.isEmpty()) {
            all.add(inner);
        }
        return all;
    }
}
