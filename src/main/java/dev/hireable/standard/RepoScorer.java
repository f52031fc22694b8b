package dev.hireable.standard;

import dev.hireable.rules.Archetype;
import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.Outcome;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores one repository against rules/standard.yaml: the evidence tier of every requirement, the fit for each slot,
 * the red flags and the repository score. Pure: the same facts always give the same result.
 */
final class RepoScorer {

    static final List<Archetype> SLOTS = List.of(Archetype.TABULAR_E2E, Archetype.TRANSFORMER_FINETUNE, Archetype.MLOPS);

    private final StandardVocabulary vocabulary;

    RepoScorer(StandardVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The tier of every requirement; those in {@code assumedMet} count as present (to price a next step). */
    Map<String, Tier> tiers(RepoFacts facts, Set<String> assumedMet) {
        Map<String, Tier> tiers = new LinkedHashMap<>();
        vocabulary.requirements().forEach((id, requirement) -> {
            Tier tier = tier(facts, requirement);
            tiers.put(id, assumedMet.contains(id) && !tier.atLeast(Tier.PRESENT) ? Tier.PRESENT : tier);
        });
        return tiers;
    }

    private Tier tier(RepoFacts facts, StandardVocabulary.Requirement requirement) {
        if (requirement.blockingSignals().stream().anyMatch(facts::has)) {
            return Tier.NONE;
        }
        if (requirement.verifiable() && facts.has(SignalName.ENDPOINT_VERIFIED)) {
            return Tier.VERIFIED;
        }
        Tier fromFindings = fromFindings(facts, requirement.findings());
        if (fromFindings == Tier.PRESENT || requirement.presentSignals().stream().anyMatch(facts::has)) {
            return Tier.PRESENT;
        }
        if (fromFindings == Tier.CLAIMED || requirement.claimedSignals().stream().anyMatch(facts::has)) {
            return Tier.CLAIMED;
        }
        return Tier.NONE;
    }

    /** A pass backed by a code or config file shows the requirement; one backed by the README alone claims it. */
    private static Tier fromFindings(RepoFacts facts, List<String> ruleIds) {
        Optional<String> readme = facts.assessment().signals().readme().path();
        Tier best = Tier.NONE;
        for (Finding finding : facts.assessment().findings()) {
            if (!finding.is(Outcome.PASS) || !ruleIds.contains(finding.rule())) {
                continue;
            }
            boolean shown = finding.evidence().stream().map(Evidence::path)
                    .anyMatch(path -> path.isPresent() && !path.equals(readme));
            if (shown) {
                return Tier.PRESENT;
            }
            best = Tier.CLAIMED;
        }
        return best;
    }

    Map<Archetype, SlotFit> fits(Map<String, Tier> tiers) {
        Map<Archetype, SlotFit> fits = new EnumMap<>(Archetype.class);
        for (Archetype slot : SLOTS) {
            fits.put(slot, fit(slot, tiers));
        }
        return fits;
    }

    private SlotFit fit(Archetype slot, Map<String, Tier> tiers) {
        StandardVocabulary.Slot spec = vocabulary.slots().get(slot.id());
        List<RequirementStatus> statuses = new ArrayList<>();
        double earned = 0;
        double total = 0;
        boolean coreShown = false;
        boolean gateUnmet = false;
        for (Map.Entry<String, StandardVocabulary.SlotRequirement> entry : spec.requirements().entrySet()) {
            StandardVocabulary.Requirement requirement = vocabulary.requirements().get(entry.getKey());
            StandardVocabulary.SlotRequirement place = entry.getValue();
            Tier tier = tiers.get(entry.getKey());
            statuses.add(new RequirementStatus(entry.getKey(), requirement.label(), requirement.action(), tier,
                    place.isRequired(), place.weight()));
            earned += place.weight() * vocabulary.tiers().credit(tier, requirement.verifiable());
            total += place.weight();
            coreShown |= place.core() && tier.atLeast(Tier.CLAIMED);
            gateUnmet |= place.gate() && !tier.atLeast(Tier.PRESENT);
        }
        if (!coreShown) {
            return new SlotFit(slot, 0, false, false, statuses);
        }
        int score = (int) Math.round(100 * earned / total);
        if (gateUnmet) {
            score = Math.min(score, spec.gateCap());
        }
        boolean met = statuses.stream().allMatch(s -> !s.required() || s.met());
        return new SlotFit(slot, score, met, gateUnmet, statuses);
    }

    List<RedFlag> redFlags(RepoFacts facts) {
        List<RedFlag> flags = new ArrayList<>();
        String repo = facts.assessment().id();
        vocabulary.redFlags().forEach((id, rule) -> {
            boolean bySignal = rule.triggers().stream().anyMatch(facts::has);
            boolean byFinding = facts.assessment().findings().stream()
                    .anyMatch(f -> f.is(Outcome.FAIL) && rule.failedFindings().contains(f.rule()));
            if (bySignal || byFinding) {
                Map<String, String> values = Map.of("repo", repo,
                        "cap", rule.cap() == null ? "" : String.valueOf(rule.cap()),
                        "toy_dataset", facts.assessment().signals().toyDataset().orElse(""),
                        "minutes", String.valueOf(vocabulary.bulkCommitMinutes()));
                flags.add(new RedFlag(id, repo, Template.fill(rule.message(), values), Optional.ofNullable(rule.cap())));
            }
        });
        return flags;
    }

    private static boolean undecided(RepoFacts facts, String rule) {
        if (rule == null) {
            return false;
        }
        List<Finding> findings = facts.assessment().findings().stream().filter(f -> f.rule().equals(rule)).toList();
        return !findings.isEmpty() && findings.stream().allMatch(f -> f.is(Outcome.UNKNOWN));
    }

    /** The best fit blended with craft, then capped by the red flags. */
    int score(RepoFacts facts, Map<Archetype, SlotFit> fits, List<RedFlag> flags) {
        StandardVocabulary.RepoScore spec = vocabulary.repoScore();
        int best = fits.values().stream().mapToInt(SlotFit::score).max().orElse(0);
        // unknown is kept out of the score: a craft signal whose deciding finding is unknown neither earns nor costs
        Map<String, Double> decided = new LinkedHashMap<>();
        spec.craft().forEach((signal, weight) -> {
            if (!undecided(facts, spec.decidedBy().get(signal))) {
                decided.put(signal, weight);
            }
        });
        double craftTotal = decided.values().stream().mapToDouble(Double::doubleValue).sum();
        double craftEarned = decided.entrySet().stream()
                .filter(e -> facts.has(SignalName.fromId(e.getKey())))
                .mapToDouble(Map.Entry::getValue).sum();
        double craft = craftTotal == 0 ? 0 : 100 * craftEarned / craftTotal;
        int score = (int) Math.round(spec.bestFitShare() * best + (1 - spec.bestFitShare()) * craft);
        for (RedFlag flag : flags) {
            if (flag.cap().isPresent()) {
                score = Math.min(score, flag.cap().get());
            }
        }
        return score;
    }
}
