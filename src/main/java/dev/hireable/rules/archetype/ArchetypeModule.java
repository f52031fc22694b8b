package dev.hireable.rules.archetype;

import dev.hireable.rules.Archetype;
import dev.hireable.rules.ArchetypeSignal;
import dev.hireable.rules.DerivedRuleModule;
import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.Signals;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.CodeIndex;
import dev.hireable.rules.context.CodeLine;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.Phrases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The archetype of a repository (tabular_e2e, transformer_finetune, mlops, best fit first, or other) and, per slot,
 * whether it meets the standard. Runs after the other modules: it reads their signals and adds traits of its own.
 */
public final class ArchetypeModule implements DerivedRuleModule<ArchetypeSignal> {

    static final String CLASSIFIED = "archetype.classified";
    private static final List<Archetype> SLOTS = Arrays.stream(Archetype.values()).filter(Archetype::isSlot).toList();
    private static final int EVIDENCE_LIMIT = 6;

    /** The vocabulary of rules/archetype.yaml. */
    public record Vocabulary(TraitCues traits, Map<String, String> facts, Map<String, FitRule> fit,
                             Map<String, List<Requirement>> standard, Phrases phrases) {

        public Vocabulary {
            if (traits == null) {
                throw new IllegalArgumentException("'traits' is missing");
            }
            Set<String> factIds = Arrays.stream(Fact.values()).map(Fact::id).collect(Collectors.toSet());
            if (facts == null || !facts.keySet().equals(factIds)) {
                throw new IllegalArgumentException("'facts' must describe exactly " + String.join(", ", factIds.stream().sorted().toList()));
            }
            facts = Map.copyOf(facts);
            fit = slotMap(fit, "fit");
            standard = slotMap(standard, "standard");
            standard = standard.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
            phrases = (phrases == null ? new Phrases(Map.of()) : phrases).require(List.of("fit", "near"), "phrases");
        }

        /** The decision these rules define. */
        public ArchetypeStandard decision() {
            Map<Archetype, FitRule> fitRules = new EnumMap<>(Archetype.class);
            Map<Archetype, List<Requirement>> requirements = new EnumMap<>(Archetype.class);
            fit.forEach((id, rule) -> fitRules.put(Archetype.fromId(id), rule));
            standard.forEach((id, rules) -> requirements.put(Archetype.fromId(id), rules));
            return new ArchetypeStandard(fitRules, requirements);
        }

        String label(Fact fact) {
            return facts.get(fact.id());
        }

        private static <V> Map<String, V> slotMap(Map<String, V> values, String key) {
            Set<String> slots = SLOTS.stream().map(Archetype::id).collect(Collectors.toSet());
            if (values == null || !values.keySet().equals(slots)) {
                throw new IllegalArgumentException("'" + key + "' must have exactly the slots " + String.join(", ", slots.stream().sorted().toList()));
            }
            return Map.copyOf(values);
        }
    }

    private final RuleBook<Vocabulary> book;
    private final ArchetypeStandard standard;
    private final TraitDetector detector;

    /**
     * {@code trainingLines} finds code that fits a model, at most N lines; the engine lends the notebook module's,
     * so "trains a model" means the same in both.
     */
    public ArchetypeModule(RuleCatalog catalog, BiFunction<CodeIndex, Integer, List<CodeLine>> trainingLines) {
        this.book = catalog.book(name() + ".yaml", Vocabulary.class, ruleIds());
        this.standard = book.vocabulary().decision();
        this.detector = new TraitDetector(book.vocabulary().traits(), trainingLines);
    }

    @Override
    public String name() {
        return "archetype";
    }

    @Override
    public List<String> ruleIds() {
        List<String> ids = new ArrayList<>(List.of(CLASSIFIED));
        SLOTS.forEach(slot -> ids.add(meetsRule(slot)));
        return ids;
    }

    static String meetsRule(Archetype slot) {
        return "archetype.meets." + slot.id();
    }

    @Override
    public ModuleResult<ArchetypeSignal> evaluate(RepoContext context, Signals signals) {
        TraitDetector.Traits traits = detector.detect(context, signals);
        ArchetypeSignal detected = new ArchetypeSignal(List.of(Archetype.OTHER), traits.has(Fact.TABULAR_DATA),
                traits.has(Fact.TRAINS_MODEL), traits.has(Fact.FINETUNES_PRETRAINED), traits.has(Fact.PIPELINE), Set.of());
        Facts facts = Facts.of(signals, detected, traits.found().keySet(), traits.undecided());

        List<Finding> findings = new ArrayList<>();
        findings.add(classification(facts, traits));
        for (Archetype slot : SLOTS) {
            findings.add(slotFinding(standard.verdict(slot, facts), traits));
        }
        ArchetypeSignal signal = new ArchetypeSignal(standard.archetypes(facts), detected.tabularData(),
                detected.trainsModelInCode(), detected.finetunesPretrained(), detected.pipeline(),
                standard.meetsStandard(facts));
        return new ModuleResult<>(signal, findings);
    }

    private Finding classification(Facts facts, TraitDetector.Traits traits) {
        List<ArchetypeStandard.Fit> fits = standard.fits(facts);
        if (fits.isEmpty()) {
            String near = standard.scores(facts).stream().findFirst()
                    .map(best -> describe("near", best))
                    .orElse("");
            return book.finding(CLASSIFIED, Outcome.FAIL, evidence(traits, List.copyOf(traits.found().keySet())),
                    Map.of("reasons", near));
        }
        String archetypes = fits.stream().map(f -> f.archetype().id()).collect(Collectors.joining(", "));
        String reasons = fits.stream().map(f -> describe("fit", f)).collect(Collectors.joining("; "));
        List<Fact> shown = fits.stream().flatMap(f -> f.reasons().stream()).distinct().toList();
        return book.finding(CLASSIFIED, Outcome.PASS, evidence(traits, shown),
                Map.of("archetypes", archetypes, "reasons", reasons));
    }

    private String describe(String phrase, ArchetypeStandard.Fit fit) {
        String facts = fit.reasons().stream().map(book.vocabulary()::label).collect(Collectors.joining(", "));
        return book.vocabulary().phrases().fill(phrase, Map.of("archetype", fit.archetype().id(), "facts", facts));
    }

    private Finding slotFinding(ArchetypeStandard.SlotVerdict verdict, TraitDetector.Traits traits) {
        String met = verdict.met().stream().map(Requirement::requirement).collect(Collectors.joining(", "));
        String missing = String.join(", ", verdict.missingNames());
        List<Fact> shown = verdict.met().stream()
                .flatMap(r -> java.util.stream.Stream.of(r.allOf(), r.anyOf()).flatMap(List::stream))
                .map(Fact::fromId)
                .toList();
        // what is missing has no place to point at, so only a pass shows where its requirements were seen
        List<Evidence> evidence = verdict.outcome() == Outcome.PASS ? evidence(traits, shown) : List.of();
        return book.finding(meetsRule(verdict.slot()), verdict.outcome(), evidence, Map.of("met", met, "missing", missing));
    }

    /** The evidence of the traits among the facts, a little of each. */
    private static List<Evidence> evidence(TraitDetector.Traits traits, List<Fact> facts) {
        return facts.stream()
                .filter(traits::has)
                .flatMap(f -> traits.found().get(f).stream().limit(1))
                .distinct()
                .limit(EVIDENCE_LIMIT)
                .toList();
    }
}
