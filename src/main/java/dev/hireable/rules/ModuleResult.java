package dev.hireable.rules;

import java.util.List;

/** A module's part of the signals and the findings behind it. */
public record ModuleResult<S>(S signal, List<Finding> findings) {

    public ModuleResult {
        findings = List.copyOf(findings);
    }
}
