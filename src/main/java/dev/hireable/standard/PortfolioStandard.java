package dev.hireable.standard;

import dev.hireable.rules.Archetype;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.RuleId;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.Template;
import dev.hireable.rules.ignores.Ignore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Scores repositories and the portfolio against the three-project standard of rules/standard.yaml: each
 * repository's fit per slot, the best assignment of distinct repositories to the slots, the portfolio score in which
 * a missing slot cannot be averaged away, the verdict, near misses, and next steps priced by re-scoring.
 * Pure: no I/O; endpoint probes arrive as data in {@link RepoEvidence} and their effect in its signals.
 */
public final class PortfolioStandard {

    static final String FILE = "standard.yaml";
    private static final List<Archetype> SLOTS = Archetype.SLOTS;

    private final RuleCatalog catalog;
    private final StandardVocabulary vocabulary;
    private final RepoScorer scorer;

    public PortfolioStandard(RuleCatalog catalog) {
        this.catalog = catalog;
        this.vocabulary =
                catalog.book(FILE, StandardVocabulary.class, List.of()).vocabulary();
        this.scorer = new RepoScorer(vocabulary);
        checkRedFlagMessages(catalog);
    }

    /** The rule files the standard was read from (built-in plus --rules overlays). */
    public RuleCatalog catalog() {
        return catalog;
    }

    public StandardVocabulary vocabulary() {
        return vocabulary;
    }

    /** Scores assessments without ignores or probes. */
    public StandardResult evaluate(List<RepoAssessment> assessments) {
        return score(assessments.stream().map(RepoEvidence::of).toList());
    }

    /**
     * Scores every repository and the portfolio. Repositories keep the order given, except that the projects of one
     * monorepo portfolio ({@code owner/name:folder}) come strongest first, where a reader looks first.
     */
    public StandardResult score(List<RepoEvidence> evidence) {
        List<Scored> scored =
                strongestUnitsFirst(evidence.stream().map(this::scoreRepo).toList());
        List<Map<Archetype, SlotFit>> fits =
                scored.stream().map(s -> SlotEligibility.fits(s.repo, SLOTS)).toList();
        SlotAssignment.Ranking ranking = SlotAssignment.Ranking.of(fits, SLOTS);
        Map<Archetype, OptionalInt> assignment = ranking.best();
        Standing now = standing(fits, assignment);

        Map<Archetype, SlotResult> slots = new EnumMap<>(Archetype.class);
        for (Archetype slot : SLOTS) {
            slots.put(slot, slotResult(slot, assignment, scored));
        }
        int met = now.met().size();
        List<NextStep> steps = nextSteps(scored, fits, ranking, now, slots);
        List<NearMiss> nearMisses = nearMisses(scored, slots);
        List<RedFlag> redFlags =
                scored.stream().flatMap(s -> s.repo.redFlags().stream()).toList();
        PortfolioAssessment portfolio = new PortfolioAssessment(
                met, (int) Math.round(now.score()), verdict(slots, met), slots, steps, nearMisses, redFlags);
        List<ScoredRepo> placed = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            ScoredRepo repo = scored.get(i).repo;
            placed.add(repo.placed(filledBy(assignment, i), closest(repo)));
        }
        return new StandardResult(placed, portfolio);
    }

    /** The portfolio's exact score and the slots met, for one assignment. */
    private record Standing(double score, Set<Archetype> met) {}

    private Standing standing(List<Map<Archetype, SlotFit>> fits, Map<Archetype, OptionalInt> assignment) {
        Set<Archetype> met = java.util.EnumSet.noneOf(Archetype.class);
        for (Archetype slot : SLOTS) {
            OptionalInt repo = assignment.get(slot);
            if (repo.isPresent() && fits.get(repo.getAsInt()).get(slot).met()) {
                met.add(slot);
            }
        }
        return new Standing(portfolioScore(fits, assignment), met);
    }

    private static Optional<Archetype> filledBy(Map<Archetype, OptionalInt> assignment, int repo) {
        return SLOTS.stream()
                .filter(slot -> assignment.get(slot).equals(OptionalInt.of(repo)))
                .findFirst();
    }

    /** The slot a repository fits best (the first in slot order on a tie), if it fits any. */
    private static Optional<Archetype> closest(ScoredRepo repo) {
        return SLOTS.stream()
                .filter(slot -> repo.slotFits().get(slot).score() > 0)
                .max(Comparator.comparingInt(
                                (Archetype slot) -> repo.slotFits().get(slot).score())
                        .thenComparing(Comparator.comparingInt(SLOTS::indexOf).reversed()));
    }

    private static List<Scored> strongestUnitsFirst(List<Scored> scored) {
        Map<String, List<Scored>> byRepository = new java.util.LinkedHashMap<>();
        scored.forEach(s -> byRepository
                .computeIfAbsent(repository(s.repo.id()), k -> new ArrayList<>())
                .add(s));
        return byRepository.values().stream()
                .flatMap(units -> units.stream()
                        .sorted(Comparator.comparingInt((Scored s) -> s.repo.score())
                                .reversed()))
                .toList();
    }

    /** {@code owner/name} of a project id {@code owner/name:folder}. */
    private static String repository(String id) {
        int colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(0, colon);
    }

    /** One repository scored, with the tiers kept to price its next steps. */
    /** A repository scored: {@code fits} are its slot fits from its tiers alone, before eligibility. */
    private record Scored(
            ScoredRepo repo, RepoEvidence evidence, Map<String, Tier> tiers, Map<Archetype, SlotFit> fits) {}

    private Scored scoreRepo(RepoEvidence evidence) {
        RepoAssessment facts = evidence.assessment();
        Map<String, Tier> tiers = scorer.tiers(facts);
        Map<Archetype, SlotFit> fits = scorer.fits(tiers);
        List<RedFlag> flags = scorer.redFlags(facts);
        int score = scorer.score(facts, fits, flags);
        Map<Archetype, Integer> fitScores = new EnumMap<>(Archetype.class);
        fits.forEach((slot, fit) -> fitScores.put(slot, fit.score()));
        Set<Archetype> meets =
                fits.values().stream().filter(SlotFit::met).map(SlotFit::slot).collect(Collectors.toSet());
        ScoredRepo repo = new ScoredRepo(
                evidence.assessment(),
                score,
                fitScores,
                meets,
                fits,
                flags,
                evidence.ignores(),
                evidence.probes().orElse(List.of()));
        return new Scored(repo, evidence, tiers, fits);
    }

    private double portfolioScore(List<Map<Archetype, SlotFit>> fits, Map<Archetype, OptionalInt> assignment) {
        int min = Integer.MAX_VALUE;
        double sum = 0;
        for (Archetype slot : SLOTS) {
            OptionalInt repo = assignment.get(slot);
            int score = repo.isPresent() ? fits.get(repo.getAsInt()).get(slot).score() : 0;
            min = Math.min(min, score);
            sum += score;
        }
        double share = vocabulary.portfolio().weakestSlotShare();
        return share * min + (1 - share) * (sum / SLOTS.size());
    }

    private SlotResult slotResult(Archetype slot, Map<Archetype, OptionalInt> assignment, List<Scored> scored) {
        OptionalInt assigned = assignment.get(slot);
        List<SlotResult.Qualifier> qualifiers = List.of();
        Optional<String> note = Optional.empty();
        boolean met = assigned.isPresent()
                && scored.get(assigned.getAsInt()).repo.slotFits().get(slot).met();
        if (!met) {
            qualifiers = qualifiers(slot, assignment, scored);
            note = qualifiers.stream()
                    .findFirst()
                    .map(q -> vocabulary
                            .texts()
                            .fill(
                                    "slot_taken_note",
                                    vocabulary.texts().slotTakenNote(),
                                    Map.of("repo", q.repo(), "slot", name(slot), "other", name(q.fills()))));
        }
        if (assigned.isEmpty()) {
            List<String> required = vocabulary.slots().get(slot.id()).requirements().entrySet().stream()
                    .filter(e -> e.getValue().isRequired())
                    .map(e -> vocabulary.requirements().get(e.getKey()).label())
                    .toList();
            return new SlotResult(slot, title(slot), Optional.empty(), 0, false, required, List.of(), qualifiers, note);
        }
        ScoredRepo repo = scored.get(assigned.getAsInt()).repo;
        SlotFit fit = repo.slotFits().get(slot);
        return new SlotResult(
                slot,
                title(slot),
                Optional.of(repo.id()),
                fit.score(),
                fit.met(),
                fit.missing(),
                fit.satisfied(),
                qualifiers,
                note);
    }

    /**
     * The repositories that meet {@code slot} but fill another slot, best fit first: one repository fills one slot,
     * so the slot needs a second project although the portfolio shows the work once.
     */
    private static List<SlotResult.Qualifier> qualifiers(
            Archetype slot, Map<Archetype, OptionalInt> assignment, List<Scored> scored) {
        List<SlotResult.Qualifier> qualifiers = new ArrayList<>();
        IntStream.range(0, scored.size())
                .boxed()
                .filter(i -> scored.get(i).repo.slotFits().get(slot).met())
                .sorted(Comparator.comparingInt(
                        (Integer i) -> -scored.get(i).repo.slotFits().get(slot).score()))
                .forEach(i -> filledBy(assignment, i)
                        .filter(other -> other != slot)
                        .ifPresent(other -> qualifiers.add(
                                new SlotResult.Qualifier(scored.get(i).repo.id(), other))));
        return qualifiers;
    }

    /** How sentences name a slot, e.g. "the MLOps project". */
    private String name(Archetype slot) {
        return vocabulary.slot(slot).name();
    }

    private String title(Archetype slot) {
        return vocabulary.slot(slot).title();
    }

    /**
     * Every unmet requirement of every repository, priced by re-scoring the portfolio as if it were met; only the
     * ones that complete a slot or raise the score by at least one point (after rounding) are kept. The step that
     * takes the most slots to met comes first; among equals, a change to an existing repository before a new project
     * (one requirement is an evening's work, a project is weeks), then the biggest gain in score.
     */
    private List<NextStep> nextSteps(
            List<Scored> scored,
            List<Map<Archetype, SlotFit>> fits,
            SlotAssignment.Ranking ranking,
            Standing now,
            Map<Archetype, SlotResult> slots) {
        List<NextStep> steps = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored repo = scored.get(i);
            if (!SlotEligibility.fillsSlots(repo.repo)) {
                continue;
            }
            for (String requirement : vocabulary.requirements().keySet()) {
                if (repo.tiers.get(requirement).atLeast(Tier.PRESENT)
                        || ignored(repo.evidence, requirement)
                        || !fitsASlotNeeding(repo.repo, requirement)) {
                    continue;
                }
                step(
                                now,
                                ranking,
                                fits,
                                i,
                                scorer.refit(repo.fits, repo.tiers, requirement, Tier.PRESENT),
                                repo.repo.id(),
                                vocabulary.requirements().get(requirement).action(),
                                requirement,
                                false,
                                Optional.empty())
                        .ifPresent(steps::add);
            }
        }
        steps.addAll(newProjects(fits, ranking, now, slots));
        // a stable sort: equal steps keep the order they were found in
        return steps.stream()
                .sorted(Comparator.comparingInt(NextStep::standardMetAfter)
                        .reversed()
                        .thenComparing(NextStep::newProject)
                        .thenComparing(Comparator.comparingInt(NextStep::impact).reversed()))
                .limit(vocabulary.portfolio().maxNextSteps())
                .toList();
    }

    /**
     * A step priced by re-scoring the portfolio with repository {@code index} (or a new one) fitting {@code fit}; empty
     * when it neither completes a slot nor gains a point.
     */
    private Optional<NextStep> step(
            Standing now,
            SlotAssignment.Ranking ranking,
            List<Map<Archetype, SlotFit>> fits,
            int index,
            Map<Archetype, SlotFit> fit,
            String repo,
            String action,
            String requirement,
            boolean newProject,
            Optional<String> note) {
        Standing after = standing(SlotAssignment.with(fits, index, fit), ranking.bestWith(index, fit));
        int impact = (int) Math.round(after.score() - now.score());
        boolean completes = after.met().size() > now.met().size();
        if (impact <= 0 && !completes) {
            return Optional.empty();
        }
        Optional<Archetype> completed = completes
                ? SLOTS.stream()
                        .filter(slot -> after.met().contains(slot) && !now.met().contains(slot))
                        .findFirst()
                : Optional.empty();
        return Optional.of(new NextStep(
                repo,
                action,
                Math.max(0, impact),
                requirement,
                newProject,
                after.met().size(),
                completed,
                note));
    }

    /**
     * A repository is only told to add what a slot it already fits needs: a tabular project is not told to
     * fine-tune a transformer. An empty slot gets a new-project step instead.
     */
    private boolean fitsASlotNeeding(ScoredRepo repo, String requirement) {
        return SLOTS.stream()
                .anyMatch(slot -> repo.slotFits().get(slot).score() > 0
                        && vocabulary.slots().get(slot.id()).requirements().containsKey(requirement));
    }

    /**
     * For each slot no repository fills: the gain of a new repository that shows every requirement, with the reason
     * when a repository qualifies for the slot but fills another.
     */
    private List<NextStep> newProjects(
            List<Map<Archetype, SlotFit>> fits,
            SlotAssignment.Ranking ranking,
            Standing now,
            Map<Archetype, SlotResult> slots) {
        Map<String, Tier> everything = new HashMap<>();
        vocabulary.requirements().keySet().forEach(id -> everything.put(id, Tier.PRESENT));
        Map<Archetype, SlotFit> complete = scorer.fits(everything);
        List<NextStep> steps = new ArrayList<>();
        for (Archetype slot : SLOTS) {
            if (slots.get(slot).repo().isPresent()) {
                continue;
            }
            Map<Archetype, SlotFit> newRepo = new EnumMap<>(Archetype.class);
            SLOTS.forEach(s -> newRepo.put(s, s == slot ? complete.get(s) : SlotFit.empty(s)));
            step(
                            now,
                            ranking,
                            fits,
                            fits.size(),
                            newRepo,
                            vocabulary.texts().newProjectRepo(),
                            vocabulary.slots().get(slot.id()).newProject(),
                            slot.id(),
                            true,
                            slots.get(slot).note())
                    .ifPresent(steps::add);
        }
        return steps;
    }

    /** A requirement whose rules the candidate ignored with a reason is not pressed as a next step. */
    private boolean ignored(RepoEvidence evidence, String requirement) {
        List<RuleId> rules = vocabulary.requirements().get(requirement).findings();
        return evidence.ignores().stream()
                .map(a -> new Ignore(a.rule(), a.reason()))
                .anyMatch(ignore -> rules.stream().map(RuleId::id).anyMatch(ignore::covers));
    }

    private List<NearMiss> nearMisses(List<Scored> scored, Map<Archetype, SlotResult> slots) {
        Set<String> fillingMetSlots = slots.values().stream()
                .filter(SlotResult::met)
                .flatMap(s -> s.repo().stream())
                .collect(Collectors.toSet());
        List<NearMiss> misses = new ArrayList<>();
        for (Archetype slot : SLOTS) {
            if (slots.get(slot).met()) {
                continue;
            }
            String slotName = name(slot);
            scored.stream()
                    .filter(s -> SlotEligibility.fillsSlots(s.repo) && !fillingMetSlots.contains(s.repo.id()))
                    .filter(s -> s.repo.slotFits().get(slot).score() > 0)
                    .filter(s -> s.repo.slotFits().get(slot).missing().size()
                            <= vocabulary.portfolio().nearMissMaxMissing())
                    .sorted(Comparator.comparingInt((Scored s) ->
                                    s.repo.slotFits().get(slot).missing().size())
                            .thenComparing(s -> -s.repo.slotFits().get(slot).score()))
                    .forEach(s -> {
                        List<String> missing = s.repo.slotFits().get(slot).missing();
                        String message = vocabulary
                                .texts()
                                .fill(
                                        "near_miss",
                                        vocabulary.texts().nearMiss(),
                                        Map.of(
                                                "repo",
                                                s.repo.id(),
                                                "slot",
                                                slotName,
                                                "missing",
                                                vocabulary.texts().list(missing)));
                        misses.add(new NearMiss(s.repo.id(), slot, missing, message));
                    });
        }
        return misses;
    }

    private String verdict(Map<Archetype, SlotResult> slots, int met) {
        StandardVocabulary.Texts texts = vocabulary.texts();
        List<String> metSlots = new ArrayList<>();
        List<String> unmetSlots = new ArrayList<>();
        for (Archetype slot : SLOTS) {
            SlotResult result = slots.get(slot);
            Map<String, String> values = Map.of(
                    "slot",
                    name(slot),
                    "repo",
                    result.repo().orElse(""),
                    "missing",
                    texts.list(result.missing()),
                    "count",
                    String.valueOf(result.missing().size()));
            if (result.met()) {
                metSlots.add(texts.fill("slot_met", texts.slotMet(), values));
            } else if (result.repo().isEmpty() && !result.qualifiers().isEmpty()) {
                SlotResult.Qualifier first = result.qualifiers().get(0);
                unmetSlots.add(texts.fill(
                        "slot_taken",
                        texts.slotTaken(),
                        Map.of("slot", name(slot), "repo", first.repo(), "other", name(first.fills()))));
            } else if (result.repo().isEmpty()) {
                unmetSlots.add(texts.fill("slot_unfilled", texts.slotUnfilled(), values));
            } else if (result.missing().size() > texts.verdictMaxListed()) {
                unmetSlots.add(texts.fill("slot_incomplete_many", texts.slotIncompleteMany(), values));
            } else {
                unmetSlots.add(texts.fill("slot_incomplete", texts.slotIncomplete(), values));
            }
        }
        Map<String, String> values = Map.of(
                "met", String.valueOf(met), "met_slots", texts.list(metSlots), "unmet_slots", texts.list(unmetSlots));
        if (met == SLOTS.size()) {
            return texts.fill("verdict_all", texts.verdictAll(), values);
        }
        return met == 0
                ? texts.fill("verdict_none", texts.verdictNone(), values)
                : texts.fill("verdict_some", texts.verdictSome(), values);
    }

    /** A red flag's sentence may use {repo}, {cap} and any declared signal; anything else stops the load. */
    private void checkRedFlagMessages(RuleCatalog catalog) {
        Set<String> allowed = new HashSet<>(catalog.signals().keySet());
        allowed.addAll(RepoScorer.RED_FLAG_PLACEHOLDERS);
        vocabulary.redFlags().forEach((id, flag) -> {
            try {
                Template.parse(flag.message(), allowed);
            } catch (IllegalArgumentException e) {
                throw catalog.problem(FILE, "/vocabulary/red_flags/" + id + "/message", e.getMessage());
            }
        });
    }
}
