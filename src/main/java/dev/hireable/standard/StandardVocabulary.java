package dev.hireable.standard;

import dev.hireable.rules.Archetype;
import dev.hireable.rules.RuleId;
import dev.hireable.rules.SignalId;
import dev.hireable.rules.catalog.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The vocabulary of rules/standard.yaml, checked when loaded: every signal, rule, requirement and slot a part names
 * must exist, every text may only use the placeholders filled for it, and every number must make sense. A problem
 * names the file and line.
 */
public record StandardVocabulary(
        Tiers tiers,
        Map<String, Requirement> requirements,
        Map<String, Slot> slots,
        Map<String, RedFlagRule> redFlags,
        RepoScore repoScore,
        Portfolio portfolio,
        Texts texts) {

    public StandardVocabulary {
        require(tiers != null, "'tiers' is missing");
        require(requirements != null && !requirements.isEmpty(), "'requirements' needs at least one requirement");
        require(slots != null, "'slots' is missing");
        require(
                repoScore != null && portfolio != null && texts != null,
                "'repo_score', 'portfolio' and 'texts' are required");
        requirements = new LinkedHashMap<>(requirements);
        Set<String> slotIds = Archetype.SLOTS.stream().map(Archetype::id).collect(Collectors.toSet());
        require(
                slots.keySet().equals(slotIds),
                "'slots' must define exactly tabular_e2e, transformer_finetune and mlops");
        for (Map.Entry<String, Slot> slot : slots.entrySet()) {
            for (String requirement : slot.getValue().requirements().keySet()) {
                require(
                        requirements.containsKey(requirement),
                        "slot '" + slot.getKey() + "' names the unknown requirement '" + requirement + "' (known: "
                                + String.join(", ", requirements.keySet()) + ")");
            }
        }
        slots = new LinkedHashMap<>(slots);
        redFlags = redFlags == null ? Map.of() : new LinkedHashMap<>(redFlags);
    }

    public Slot slot(Archetype archetype) {
        return slots.get(archetype.id());
    }

    /** The share of a requirement's weight each tier earns. */
    public record Tiers(double claimed, double present, double verified) {
        public Tiers {
            require(
                    0 <= claimed && claimed < present && present <= verified && verified <= 1,
                    "'tiers' must grow: 0 <= claimed < present <= verified <= 1");
        }

        double credit(Tier tier, boolean verifiable) {
            return switch (tier) {
                case NONE -> 0;
                case CLAIMED -> claimed;
                case PRESENT -> verifiable ? present : verified;
                case VERIFIED -> verified;
            };
        }
    }

    /**
     * One thing a slot asks for.
     *
     * @param present    signals that show it in code or config
     * @param claimed    signals that only claim it (README, a dependency line)
     * @param findings   rules whose pass shows it (claimed when backed by the README only)
     * @param blockedBy  signals that rule it out whatever else is shown (a toy dataset is not a real one)
     * @param verifiable whether a live probe can verify it
     */
    public record Requirement(
            String label,
            String action,
            List<SignalId> present,
            List<SignalId> claimed,
            List<RuleId> findings,
            List<SignalId> blockedBy,
            Boolean verifiable) {
        public Requirement {
            require(label != null && !label.isBlank(), "a requirement needs a 'label'");
            require(action != null && !action.isBlank(), "a requirement needs an 'action'");
            present = copy(present);
            claimed = copy(claimed);
            blockedBy = copy(blockedBy);
            findings = copy(findings);
            verifiable = verifiable != null && verifiable;
            require(
                    !present.isEmpty() || !findings.isEmpty(),
                    "requirement '" + label + "' needs 'present' signals or 'findings'");
        }
    }

    /**
     * A slot: its title in reports, what it is called in sentences, the action that starts a project for it, its
     * requirements with weights, and the cap an unmet gate sets.
     */
    public record Slot(
            String title, String name, String newProject, Integer gateCap, Map<String, SlotRequirement> requirements) {
        public Slot {
            require(title != null && !title.isBlank(), "a slot needs a 'title'");
            require(name != null && !name.isBlank(), "a slot needs a 'name'");
            require(newProject != null && !newProject.isBlank(), "a slot needs a 'new_project' action");
            require(requirements != null && !requirements.isEmpty(), "a slot needs 'requirements'");
            gateCap = gateCap == null ? 100 : gateCap;
            require(gateCap >= 0 && gateCap <= 100, "'gate_cap' must be 0-100");
            require(
                    requirements.values().stream().anyMatch(SlotRequirement::core),
                    "slot '" + name + "' needs a core requirement");
            requirements = new LinkedHashMap<>(requirements);
        }
    }

    /** A requirement's place in a slot. */
    public record SlotRequirement(double weight, Boolean required, Boolean core, Boolean gate) {
        public SlotRequirement {
            require(weight > 0, "a requirement's 'weight' must be positive");
            required = required == null || required;
            core = core != null && core;
            gate = gate != null && gate;
        }

        public boolean isRequired() {
            return required;
        }
    }

    /**
     * A red flag: what triggers it, the repository score cap it sets (if any), the sentence a reviewer reads. The
     * sentence may use {repo}, {cap} and the value of any signal by its id, e.g. {toy_dataset.name}.
     */
    public record RedFlagRule(List<SignalId> signals, List<RuleId> failedFindings, Integer cap, String message) {
        public RedFlagRule {
            signals = copy(signals);
            failedFindings = copy(failedFindings);
            require(!signals.isEmpty() || !failedFindings.isEmpty(), "a red flag needs 'signals' or 'failed_findings'");
            require(cap == null || (cap >= 0 && cap <= 100), "a red flag's 'cap' must be 0-100");
            require(message != null && !message.isBlank(), "a red flag needs a 'message'");
        }

        boolean failedBy(String ruleId) {
            return names(failedFindings, ruleId);
        }
    }

    /**
     * The repository score: the share from the best slot fit, the weights of the craft signals, and the penalties of
     * signals that show a problem. A craft or penalty signal that is unknown is left out: unknown is kept out of the
     * score, never counted as missing nor as a problem.
     */
    public record RepoScore(double bestFitShare, Map<SignalId, Double> craft, Map<SignalId, Penalty> penalties) {
        public RepoScore {
            require(bestFitShare >= 0 && bestFitShare <= 1, "'best_fit_share' must be between 0 and 1");
            craft = craft == null ? Map.of() : new LinkedHashMap<>(craft);
            require(
                    bestFitShare == 1
                            || craft.values().stream()
                                            .mapToDouble(Double::doubleValue)
                                            .sum()
                                    > 0,
                    "'craft' needs positive weights unless 'best_fit_share' is 1");
            penalties = penalties == null ? Map.of() : new LinkedHashMap<>(penalties);
        }
    }

    /**
     * Points taken off the repository score (0-100) when a signal holds: once for a flag or a text, once per name for
     * a list, at most {@code max} in all.
     */
    public record Penalty(double points, Double max) {
        public Penalty {
            require(points > 0, "a penalty's 'points' must be positive");
            max = max == null ? points : max;
            require(max >= points && max <= 100, "a penalty's 'max' must be at least its points and at most 100");
        }

        /** The points for a signal that holds with this many names (1 for a flag or a text). */
        double forCount(int count) {
            return Math.min(max, points * Math.max(1, count));
        }
    }

    /** How the portfolio is scored and reported. */
    public record Portfolio(double weakestSlotShare, int nearMissMaxMissing, int maxNextSteps) {
        public Portfolio {
            require(weakestSlotShare >= 0 && weakestSlotShare <= 1, "'weakest_slot_share' must be between 0 and 1");
            require(nearMissMaxMissing >= 1, "'near_miss_max_missing' must be at least 1");
            require(maxNextSteps >= 0, "'max_next_steps' cannot be negative");
        }
    }

    /**
     * The sentences of the verdict and near misses. {@code slotIncompleteMany} replaces {@code slotIncomplete} when a
     * slot lacks more than {@code verdictMaxListed} requirements, to keep the verdict one readable sentence.
     * {@code slotTaken} (in the verdict) and {@code slotTakenNote} (with the slot and its new-project step) say that a
     * repository qualifies for an unmet slot but fills another.
     */
    public record Texts(
            String verdictAll,
            String verdictSome,
            String verdictNone,
            String slotMet,
            String slotUnfilled,
            String slotIncomplete,
            String slotIncompleteMany,
            String slotTaken,
            String slotTakenNote,
            int verdictMaxListed,
            String nearMiss,
            String newProjectRepo,
            String listSeparator,
            String listLastSeparator) {

        private static final Map<String, Set<String>> PLACEHOLDERS = Map.of(
                "verdict_all", Set.of("met_slots"),
                "verdict_some", Set.of("met", "met_slots", "unmet_slots"),
                "verdict_none", Set.of("unmet_slots"),
                "slot_met", Set.of("slot", "repo"),
                "slot_unfilled", Set.of("slot"),
                "slot_incomplete", Set.of("slot", "repo", "missing"),
                "slot_incomplete_many", Set.of("slot", "repo", "count"),
                "slot_taken", Set.of("slot", "repo", "other"),
                "slot_taken_note", Set.of("slot", "repo", "other"),
                "near_miss", Set.of("repo", "slot", "missing"));

        public Texts {
            require(verdictMaxListed >= 1, "'verdict_max_listed' must be at least 1");
            for (String text : new String[] {
                verdictAll,
                verdictSome,
                verdictNone,
                slotMet,
                slotUnfilled,
                slotIncomplete,
                slotIncompleteMany,
                slotTaken,
                slotTakenNote,
                nearMiss,
                newProjectRepo,
                listSeparator,
                listLastSeparator
            }) {
                require(text != null && !text.isEmpty(), "every text under 'texts' is required");
            }
            template("verdict_all", verdictAll);
            template("verdict_some", verdictSome);
            template("verdict_none", verdictNone);
            template("slot_met", slotMet);
            template("slot_unfilled", slotUnfilled);
            template("slot_incomplete", slotIncomplete);
            template("slot_incomplete_many", slotIncompleteMany);
            template("slot_taken", slotTaken);
            template("slot_taken_note", slotTakenNote);
            template("near_miss", nearMiss);
        }

        /** A text of this file filled with its values, e.g. {@code fill("near_miss", nearMiss(), values)}. */
        String fill(String key, String text, Map<String, String> values) {
            return template(key, text).fill(values);
        }

        private static Template template(String key, String text) {
            return Template.parse(text, PLACEHOLDERS.get(key));
        }

        /** "a, b and c" with this file's separators. */
        String list(List<String> items) {
            return Template.list(items, listSeparator, listLastSeparator);
        }
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Whether one of the rules is {@code ruleId}: asked for every finding of every repository, so a plain loop. */
    private static boolean names(List<RuleId> rules, String ruleId) {
        for (int i = 0; i < rules.size(); i++) { // no iterator: asked for every finding of every repository
            if (rules.get(i).id().equals(ruleId)) {
                return true;
            }
        }
        return false;
    }
}
