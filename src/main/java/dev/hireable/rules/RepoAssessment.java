package dev.hireable.rules;

import dev.hireable.snapshot.RepoMetadata;

import java.util.List;

/** Everything the rule modules found on one repository. */
public record RepoAssessment(RepoMetadata metadata, Signals signals, ArchetypeSignal archetypes,
                             List<Finding> findings) {

    public RepoAssessment {
        findings = List.copyOf(findings);
    }

    public String id() {
        return metadata.id();
    }

    public List<Finding> findings(String rulePrefix) {
        return findings.stream().filter(f -> f.rule().equals(rulePrefix) || f.rule().startsWith(rulePrefix + ".")).toList();
    }
}
