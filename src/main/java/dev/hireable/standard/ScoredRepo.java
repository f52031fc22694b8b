package dev.hireable.standard;

import dev.hireable.rules.Archetype;
import dev.hireable.rules.RepoAssessment;

import java.util.Map;
import java.util.Set;

/**
 * A repository's assessment with its standing against the standard.
 *
 * @param score         0-100, the repository as a portfolio piece
 * @param fit           0-100 per slot archetype
 * @param meetsStandard the slot archetypes this repository fully meets
 */
public record ScoredRepo(RepoAssessment assessment, int score, Map<Archetype, Integer> fit,
                         Set<Archetype> meetsStandard) {

    public ScoredRepo {
        fit = Map.copyOf(fit);
        meetsStandard = Set.copyOf(meetsStandard);
    }

    public String id() {
        return assessment.id();
    }
}
