package dev.hireable.rules;

import dev.hireable.snapshot.RepoMetadata;

import java.util.List;

/** Everything the rule modules found on one repository: its signals and the findings behind them. */
public record RepoAssessment(RepoMetadata metadata, SignalSet signals, List<Finding> findings) {

    public RepoAssessment {
        findings = List.copyOf(findings);
    }

    public String id() {
        return metadata.id();
    }

    /** The archetypes it fits, best first, or {@code other}. */
    public List<Archetype> archetypes() {
        List<Archetype> kinds = signals.names(Archetype.SIGNAL).stream().map(Archetype::fromId).toList();
        return kinds.isEmpty() ? List.of(Archetype.OTHER) : kinds;
    }

    public List<Finding> findings(String rulePrefix) {
        return findings.stream().filter(f -> f.rule().equals(rulePrefix) || f.rule().startsWith(rulePrefix + ".")).toList();
    }

    public RepoAssessment withSignals(SignalSet newSignals) {
        return new RepoAssessment(metadata, newSignals, findings);
    }

    public RepoAssessment withFindings(List<Finding> newFindings) {
        return new RepoAssessment(metadata, signals, newFindings);
    }
}
