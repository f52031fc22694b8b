package dev.hireable.standard;

import dev.hireable.rules.Archetype;
import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.RuleId;
import dev.hireable.rules.SignalId;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.SignalValue;
import dev.hireable.rules.catalog.Template;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores one repository against rules/standard.yaml: the evidence tier of every requirement, the fit for each slot,
 * the red flags and the repository score. Pure: the same assessment always gives the same result.
 */
final class RepoScorer {

    /** The placeholders a red flag's sentence may use besides the signals. */
    static final Set<String> RED_FLAG_PLACEHOLDERS = Set.of("repo", "cap");
    /** The signal a live probe sets when an endpoint answered, which verifies a verifiable requirement. */
    static final String VERIFIED = "probe.verified";

    private static final String README = "readme.path";

    private final StandardVocabulary vocabulary;

    RepoScorer(StandardVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The tier of every requirement. */
    Map<String, Tier> tiers(RepoAssessment assessment) {
        Map<String, List<Finding>> passes = passesByRule(assessment);
        Map<String, Tier> tiers = new LinkedHashMap<>();
        vocabulary.requirements().forEach((id, requirement) -> tiers.put(id, tier(assessment, passes, requirement)));
        return tiers;
    }

    /** The passed findings by rule, looked up by every requirement instead of each reading all the findings. */
    private static Map<String, List<Finding>> passesByRule(RepoAssessment assessment) {
        Map<String, List<Finding>> passes = new HashMap<>();
        for (Finding finding : assessment.findings()) {
            if (finding.is(Outcome.PASS)) {
                passes.computeIfAbsent(finding.rule(), rule -> new ArrayList<>(1))
                        .add(finding);
            }
        }
        return passes;
    }

    private Tier tier(
            RepoAssessment assessment, Map<String, List<Finding>> passes, StandardVocabulary.Requirement requirement) {
        SignalSet signals = assessment.signals();
        if (anyHolds(signals, requirement.blockedBy())) {
            return Tier.NONE;
        }
        if (requirement.verifiable() && signals.holds(VERIFIED)) {
            return Tier.VERIFIED;
        }
        Tier fromFindings = fromFindings(assessment, passes, requirement);
        if (fromFindings == Tier.PRESENT || anyHolds(signals, requirement.present())) {
            return Tier.PRESENT;
        }
        if (fromFindings == Tier.CLAIMED || anyHolds(signals, requirement.claimed())) {
            return Tier.CLAIMED;
        }
        return Tier.NONE;
    }

    private static boolean anyHolds(SignalSet signals, List<SignalId> ids) {
        for (SignalId id : ids) {
            if (signals.holds(id.id())) {
                return true;
            }
        }
        return false;
    }

    /** A pass backed by a code or config file shows the requirement; one backed by the README alone claims it. */
    private static Tier fromFindings(
            RepoAssessment assessment, Map<String, List<Finding>> passes, StandardVocabulary.Requirement requirement) {
        Optional<String> readme = assessment.signals().text(README);
        Tier best = Tier.NONE;
        for (Finding finding : passedFor(passes, requirement)) {
            boolean shown = finding.evidence().stream()
                    .map(Evidence::path)
                    .anyMatch(path -> path.isPresent() && !path.equals(readme));
            if (shown) {
                return Tier.PRESENT;
            }
            best = Tier.CLAIMED;
        }
        return best;
    }

    private static List<Finding> passedFor(
            Map<String, List<Finding>> passes, StandardVocabulary.Requirement requirement) {
        List<Finding> passed = new ArrayList<>();
        for (RuleId rule : requirement.findings()) {
            passed.addAll(passes.getOrDefault(rule.id(), List.of()));
        }
        return passed;
    }

    Map<Archetype, SlotFit> fits(Map<String, Tier> tiers) {
        Map<Archetype, SlotFit> fits = new EnumMap<>(Archetype.class);
        for (Archetype slot : Archetype.SLOTS) {
            fits.put(slot, fit(slot, tiers::get));
        }
        return fits;
    }

    /**
     * The fits once one requirement's tier is raised to {@code raised}: only the slots asking for it are fitted again
     * (a slot's fit reads its own requirements' tiers alone), and only their score, met and gate, without each
     * requirement's standing. Pricing a next step asks this for every repository and requirement.
     */
    Map<Archetype, SlotFit> refit(
            Map<Archetype, SlotFit> fits, Map<String, Tier> tiers, String requirement, Tier raised) {
        Function<String, Tier> after = id -> id.equals(requirement) ? raised : tiers.get(id);
        Map<Archetype, SlotFit> refitted = new EnumMap<>(fits);
        for (Archetype slot : Archetype.SLOTS) {
            if (vocabulary.slot(slot).requirements().containsKey(requirement)) {
                refitted.put(slot, fit(slot, after, false));
            }
        }
        return refitted;
    }

    private SlotFit fit(Archetype slot, Function<String, Tier> tiers) {
        return fit(slot, tiers, true);
    }

    /** {@code withStatuses}: whether the fit lists each requirement's standing, which only a report reads. */
    private SlotFit fit(Archetype slot, Function<String, Tier> tiers, boolean withStatuses) {
        StandardVocabulary.Slot spec = vocabulary.slot(slot);
        List<RequirementStatus> statuses = withStatuses ? new ArrayList<>() : List.of();
        double earned = 0;
        double total = 0;
        boolean coreShown = false;
        boolean gateUnmet = false;
        boolean met = true;
        for (Map.Entry<String, StandardVocabulary.SlotRequirement> entry :
                spec.requirements().entrySet()) {
            StandardVocabulary.Requirement requirement =
                    vocabulary.requirements().get(entry.getKey());
            StandardVocabulary.SlotRequirement place = entry.getValue();
            Tier tier = tiers.apply(entry.getKey());
            if (withStatuses) {
                statuses.add(new RequirementStatus(
                        entry.getKey(),
                        requirement.label(),
                        requirement.action(),
                        tier,
                        place.isRequired(),
                        place.weight()));
            }
            earned += place.weight() * vocabulary.tiers().credit(tier, requirement.verifiable());
            total += place.weight();
            coreShown |= place.core() && tier.atLeast(Tier.CLAIMED);
            gateUnmet |= place.gate() && !tier.atLeast(Tier.PRESENT);
            met &= !place.isRequired() || tier.atLeast(Tier.PRESENT);
        }
        if (!coreShown) {
            return new SlotFit(slot, 0, false, false, statuses);
        }
        int score = (int) Math.round(100 * earned / total);
        if (gateUnmet) {
            score = Math.min(score, spec.gateCap());
        }
        return new SlotFit(slot, score, met, gateUnmet, statuses);
    }

    List<RedFlag> redFlags(RepoAssessment assessment) {
        List<RedFlag> flags = new ArrayList<>();
        SignalSet signals = assessment.signals();
        vocabulary.redFlags().forEach((id, rule) -> {
            boolean bySignal = anyHolds(signals, rule.signals());
            boolean byFinding =
                    assessment.findings().stream().anyMatch(f -> f.is(Outcome.FAIL) && rule.failedBy(f.rule()));
            if (bySignal || byFinding) {
                Template message = Template.parse(rule.message(), Template.placeholdersOf(rule.message()));
                Map<String, String> values = new HashMap<>();
                message.placeholders().forEach(name -> values.put(name, words(signals, name)));
                values.put("repo", assessment.id());
                values.put("cap", rule.cap() == null ? "" : String.valueOf(rule.cap()));
                flags.add(new RedFlag(id, assessment.id(), message.fill(values), Optional.ofNullable(rule.cap())));
            }
        });
        return flags;
    }

    /** The points the problems a repository shows take off its score; an undecided signal takes none. */
    private static double penalty(SignalSet signals, Map<SignalId, StandardVocabulary.Penalty> penalties) {
        double total = 0;
        for (Map.Entry<SignalId, StandardVocabulary.Penalty> penalty : penalties.entrySet()) {
            String id = penalty.getKey().id();
            if (signals.holds(id) && !signals.isUnknown(id)) {
                total += penalty.getValue().forCount(signals.names(id).size());
            }
        }
        return total;
    }

    /** A signal's value as words for a sentence: the names as a list, the text, or empty. */
    private String words(SignalSet signals, String id) {
        return vocabulary.texts().list(signals.value(id).map(SignalValue::words).orElse(List.of()));
    }

    /** The best fit blended with craft, less the penalties, then capped by the red flags. */
    int score(RepoAssessment assessment, Map<Archetype, SlotFit> fits, List<RedFlag> flags) {
        StandardVocabulary.RepoScore spec = vocabulary.repoScore();
        SignalSet signals = assessment.signals();
        int best = fits.values().stream().mapToInt(SlotFit::score).max().orElse(0);
        // unknown is kept out of the score: a craft signal that could not be decided neither earns nor costs
        double craftTotal = 0;
        double craftEarned = 0;
        for (Map.Entry<SignalId, Double> craft : spec.craft().entrySet()) {
            String id = craft.getKey().id();
            if (signals.isUnknown(id)) {
                continue;
            }
            craftTotal += craft.getValue();
            craftEarned += signals.holds(id) ? craft.getValue() : 0;
        }
        double craft = craftTotal == 0 ? 0 : 100 * craftEarned / craftTotal;
        double blended = spec.bestFitShare() * best + (1 - spec.bestFitShare()) * craft;
        int score = (int) Math.max(0, Math.round(blended - penalty(signals, spec.penalties())));
        for (RedFlag flag : flags) {
            if (flag.cap().isPresent()) {
                score = Math.min(score, flag.cap().get());
            }
        }
        return score;
    }
}
