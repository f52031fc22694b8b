package dev.hireable.rules;

import dev.hireable.snapshot.RepoMetadata;
import java.util.List;

/**
 * Everything the rule modules found on one repository: its signals and the findings behind them.
 *
 * @param unfinished one sentence per check that was stopped before it finished (a rule file's pattern that
 *                   backtracks without end); its signals are unknown, and a non-empty list makes the audit partial
 */
public record RepoAssessment(
        RepoMetadata metadata, SignalSet signals, List<Finding> findings, List<String> unfinished) {

    public RepoAssessment {
        findings = List.copyOf(findings);
        unfinished = List.copyOf(unfinished);
    }

    public RepoAssessment(RepoMetadata metadata, SignalSet signals, List<Finding> findings) {
        this(metadata, signals, findings, List.of());
    }

    public String id() {
        return metadata.id();
    }

    /** The archetypes it fits, best first, or {@code other}. */
    public List<Archetype> archetypes() {
        List<Archetype> kinds =
                signals.names(Archetype.SIGNAL).stream().map(Archetype::fromId).toList();
        return kinds.isEmpty() ? List.of(Archetype.OTHER) : kinds;
    }

    public List<Finding> findings(String rulePrefix) {
        return findings.stream()
                .filter(f -> f.rule().equals(rulePrefix) || f.rule().startsWith(rulePrefix + "."))
                .toList();
    }

    public RepoAssessment withSignals(SignalSet newSignals) {
        return new RepoAssessment(metadata, newSignals, findings, unfinished);
    }

    public RepoAssessment withFindings(List<Finding> newFindings) {
        return new RepoAssessment(metadata, signals, newFindings, unfinished);
    }
}
