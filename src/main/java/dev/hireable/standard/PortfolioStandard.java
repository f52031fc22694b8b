package dev.hireable.standard;

import dev.hireable.rules.Archetype;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.catalog.RuleCatalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores repositories and the portfolio against the three-project standard. Interim version: a repository meets
 * a slot when the archetype module says so, and the portfolio counts the slots met.
 */
public final class PortfolioStandard {

    public PortfolioStandard(RuleCatalog catalog) {
    }

    public StandardResult evaluate(List<RepoAssessment> assessments) {
        List<ScoredRepo> scored = new ArrayList<>();
        for (RepoAssessment assessment : assessments) {
            Map<Archetype, Integer> fit = new EnumMap<>(Archetype.class);
            for (Archetype slot : slots()) {
                fit.put(slot, assessment.archetypes().meets(slot) ? 100 : 0);
            }
            int score = (int) Math.round(100.0 * assessment.signals().readme().sectionsCovered() / 4);
            scored.add(new ScoredRepo(assessment, score, fit, assessment.archetypes().meetsStandard()));
        }
        Map<Archetype, SlotResult> slots = new EnumMap<>(Archetype.class);
        List<String> used = new ArrayList<>();
        for (Archetype slot : slots()) {
            Optional<ScoredRepo> filler = scored.stream()
                    .filter(r -> r.meetsStandard().contains(slot) && !used.contains(r.id()))
                    .findFirst();
            filler.ifPresent(r -> used.add(r.id()));
            slots.put(slot, new SlotResult(slot, filler.map(ScoredRepo::id), filler.isPresent() ? 100 : 0,
                    filler.isPresent(), filler.isPresent() ? List.of() : List.of("a repository that meets the standard")));
        }
        int met = (int) slots.values().stream().filter(SlotResult::met).count();
        int score = (int) Math.round(100.0 * met / 3);
        String verdict = "Standard met for " + met + " of 3 projects.";
        return new StandardResult(scored, new PortfolioAssessment(met, score, verdict, slots, List.of()));
    }

    private static List<Archetype> slots() {
        return List.of(Archetype.TABULAR_E2E, Archetype.TRANSFORMER_FINETUNE, Archetype.MLOPS);
    }
}
