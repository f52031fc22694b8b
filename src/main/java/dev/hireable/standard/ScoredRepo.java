package dev.hireable.standard;

import dev.hireable.rules.Archetype;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.ignores.AppliedIgnore;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A repository's assessment with its standing against the standard.
 *
 * @param score          0-100, the repository as a portfolio piece
 * @param fit            0-100 per slot archetype
 * @param meetsStandard  the slot archetypes this repository fully meets
 * @param slotFits       per slot, each requirement's evidence tier, met and missing
 * @param redFlags       what a reviewer should know (toy dataset, notebooks only, no README, bulk upload)
 * @param ignores        the ignores of its .hireable.yml, with reasons and the findings each suppressed
 * @param endpointChecks what the live probes found, when endpoints were probed
 * @param fills          the slot the portfolio assigns this repository to, if any
 * @param closest        for a repository that fills no slot, the slot it fits best, if it fits any
 */
public record ScoredRepo(
        RepoAssessment assessment,
        int score,
        Map<Archetype, Integer> fit,
        Set<Archetype> meetsStandard,
        Map<Archetype, SlotFit> slotFits,
        List<RedFlag> redFlags,
        List<AppliedIgnore> ignores,
        List<EndpointCheck> endpointChecks,
        Optional<Archetype> fills,
        Optional<Archetype> closest) {

    public ScoredRepo {
        fit = fit.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(fit));
        meetsStandard = meetsStandard.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(meetsStandard));
        slotFits = slotFits.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(slotFits));
        redFlags = List.copyOf(redFlags);
        ignores = List.copyOf(ignores);
        endpointChecks = List.copyOf(endpointChecks);
    }

    public ScoredRepo(
            RepoAssessment assessment,
            int score,
            Map<Archetype, Integer> fit,
            Set<Archetype> meetsStandard,
            Map<Archetype, SlotFit> slotFits,
            List<RedFlag> redFlags,
            List<AppliedIgnore> ignores,
            List<EndpointCheck> endpointChecks) {
        this(
                assessment,
                score,
                fit,
                meetsStandard,
                slotFits,
                redFlags,
                ignores,
                endpointChecks,
                Optional.empty(),
                Optional.empty());
    }

    public ScoredRepo(RepoAssessment assessment, int score, Map<Archetype, Integer> fit, Set<Archetype> meetsStandard) {
        this(assessment, score, fit, meetsStandard, Map.of(), List.of(), List.of(), List.of());
    }

    /** This repository with its place in the portfolio: the slot it fills, or else the one it fits best. */
    public ScoredRepo placed(Optional<Archetype> fills, Optional<Archetype> closest) {
        return new ScoredRepo(
                assessment,
                score,
                fit,
                meetsStandard,
                slotFits,
                redFlags,
                ignores,
                endpointChecks,
                fills,
                fills.isPresent() ? Optional.empty() : closest);
    }

    /** The slot this repository is measured against: the one it fills, else the one it fits best. */
    public Optional<Archetype> focus() {
        return fills.or(() -> closest);
    }

    public String id() {
        return assessment.id();
    }

    /** How many findings the ignores turned into not applicable. */
    public int suppressedFindings() {
        return ignores.stream().mapToInt(AppliedIgnore::suppressed).sum();
    }
}
