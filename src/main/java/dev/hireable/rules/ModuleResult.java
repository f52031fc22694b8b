package dev.hireable.rules;

import java.util.List;

/** A module's signals and the findings behind them. */
public record ModuleResult(SignalSet signals, List<Finding> findings) {

    public ModuleResult {
        findings = List.copyOf(findings);
    }

    public ModuleResult(SignalSet signals, Finding finding) {
        this(signals, List.of(finding));
    }
}
