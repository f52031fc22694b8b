package dev.hireable.standard;

import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.ignores.AppliedIgnore;
import java.util.List;
import java.util.Optional;

/**
 * What the standard scores for one repository: the rule modules' assessment (ignores already applied), the
 * ignores that were applied, and the endpoint probes when they ran.
 *
 * @param probes empty when endpoints were not probed; a list (maybe empty) when they were
 */
public record RepoEvidence(
        RepoAssessment assessment, List<AppliedIgnore> ignores, Optional<List<EndpointCheck>> probes) {

    public RepoEvidence {
        ignores = List.copyOf(ignores);
        probes = probes.map(List::copyOf);
    }

    public static RepoEvidence of(RepoAssessment assessment) {
        return new RepoEvidence(assessment, List.of(), Optional.empty());
    }

    public String id() {
        return assessment.id();
    }
}
