package dev.hireable.rules.archetype;

import dev.hireable.rules.Archetype;
import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.RuleModule;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.Phrases;
import dev.hireable.rules.context.RepoContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The archetype of a repository (tabular_e2e, transformer_finetune, mlops, best fit first, or other) and, per slot,
 * whether it meets the archetype's requirements. Runs after the modules whose signals its rule file names, and adds
 * traits of its own (tabular data, fine-tuning, a pipeline, ...).
 */
public final class ArchetypeModule implements RuleModule {

    static final String CLASSIFIED = "archetype.classified";
    /** Training code is found by the notebook module's training calls, so "trains a model" means the same in both. */
    static final String TRAINING_CODE = "notebook.training_code";

    static final String ORCHESTRATION = "orchestration.tools";
    private static final int EVIDENCE_LIMIT = 6;
    /** The traits whose evidence a classification cites, in the order it cites them. */
    private static final List<String> EVIDENCE_ORDER = List.of(
            TraitDetector.TABULAR_DATA,
            TraitDetector.TABULAR_MODEL,
            TRAINING_CODE,
            TraitDetector.FINETUNES_PRETRAINED,
            TraitDetector.TRANSFORMER_LIBRARY,
            TraitDetector.PIPELINE,
            TraitDetector.MEDIA_DATA);

    /** The vocabulary of rules/archetype.yaml. */
    public record Vocabulary(
            TraitCues traits, Map<String, FitRule> fit, Map<String, List<Requirement>> standard, Phrases phrases) {

        public Vocabulary {
            if (traits == null) {
                throw new IllegalArgumentException("'traits' is missing");
            }
            fit = slotMap(fit, "fit");
            standard = slotMap(standard, "standard");
            standard = standard.entrySet().stream()
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
            phrases = (phrases == null ? new Phrases(Map.of()) : phrases)
                    .require(
                            Map.of("fit", Set.of("archetype", "facts"), "near", Set.of("archetype", "facts")),
                            "phrases");
        }

        /** The decision these rules define. */
        public ArchetypeStandard decision() {
            Map<Archetype, FitRule> fitRules = new EnumMap<>(Archetype.class);
            Map<Archetype, List<Requirement>> requirements = new EnumMap<>(Archetype.class);
            fit.forEach((id, rule) -> fitRules.put(Archetype.fromId(id), rule));
            standard.forEach((id, rules) -> requirements.put(Archetype.fromId(id), rules));
            return new ArchetypeStandard(fitRules, requirements);
        }

        private static <V> Map<String, V> slotMap(Map<String, V> values, String key) {
            Set<String> slots = Archetype.SLOTS.stream().map(Archetype::id).collect(Collectors.toSet());
            if (values == null || !values.keySet().equals(slots)) {
                throw new IllegalArgumentException("'" + key + "' must have exactly the slots "
                        + String.join(", ", slots.stream().sorted().toList()));
            }
            return new LinkedHashMap<>(values);
        }
    }

    private final RuleBook<Vocabulary> book;
    private final ArchetypeStandard standard;
    private final TraitDetector detector;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Set<String> requires;

    public ArchetypeModule(RuleCatalog catalog) {
        this.book = catalog.book(name() + ".yaml", Vocabulary.class, ruleIds());
        this.standard = book.vocabulary().decision();
        this.detector = new TraitDetector(book.vocabulary().traits());
        catalog.signals().values().forEach(spec -> labels.put(spec.id(), spec.label()));
        Set<String> reads = new LinkedHashSet<>(standard.reads());
        reads.add(TRAINING_CODE);
        reads.add(ORCHESTRATION);
        reads.removeAll(book.signals().keySet());
        this.requires = Set.copyOf(reads);
    }

    @Override
    public String name() {
        return "archetype";
    }

    @Override
    public Set<String> requires() {
        return requires;
    }

    static List<String> ruleIds() {
        List<String> ids = new ArrayList<>(List.of(CLASSIFIED));
        Archetype.SLOTS.forEach(slot -> ids.add(meetsRule(slot)));
        return ids;
    }

    static String meetsRule(Archetype slot) {
        return "archetype.meets." + slot.id();
    }

    @Override
    public ModuleResult evaluate(RepoContext context, SignalSet required) {
        TraitDetector.Traits traits = detector.detect(context, required.holds(ORCHESTRATION));
        SignalSet.Builder own = book.signalBuilder();
        for (String trait : TraitDetector.TRAITS) {
            own.flag(trait, traits.has(trait), traits.found().getOrDefault(trait, List.of()));
        }
        traits.undecided().forEach(own::unknown);
        own.names(Archetype.SIGNAL, List.of());
        SignalSet facts = required.plus(own.build());

        Map<String, List<Evidence>> shown = new LinkedHashMap<>();
        for (String trait : EVIDENCE_ORDER) {
            List<Evidence> evidence = trait.equals(TRAINING_CODE)
                    ? required.evidence(trait)
                    : traits.found().getOrDefault(trait, List.of());
            if (!evidence.isEmpty()) {
                shown.put(trait, evidence);
            }
        }
        List<Finding> findings = new ArrayList<>();
        findings.add(classification(facts, shown));
        for (Archetype slot : Archetype.SLOTS) {
            findings.add(slotFinding(standard.verdict(slot, facts), shown));
        }
        List<String> kinds =
                standard.archetypes(facts).stream().map(Archetype::id).toList();
        return new ModuleResult(own.names(Archetype.SIGNAL, kinds).build(), findings);
    }

    private Finding classification(SignalSet facts, Map<String, List<Evidence>> shown) {
        List<ArchetypeStandard.Fit> fits = standard.fits(facts);
        if (fits.isEmpty()) {
            String near = standard.scores(facts).stream()
                    .findFirst()
                    .map(best -> describe("near", best))
                    .orElse("");
            return book.finding(
                    CLASSIFIED, Outcome.FAIL, evidence(shown, List.copyOf(shown.keySet())), Map.of("reasons", near));
        }
        String archetypes = fits.stream().map(f -> f.archetype().id()).collect(Collectors.joining(", "));
        String reasons = fits.stream().map(f -> describe("fit", f)).collect(Collectors.joining("; "));
        List<String> because =
                fits.stream().flatMap(f -> f.reasons().stream()).distinct().toList();
        return book.finding(
                CLASSIFIED,
                Outcome.PASS,
                evidence(shown, because),
                Map.of("archetypes", archetypes, "reasons", reasons));
    }

    private String describe(String phrase, ArchetypeStandard.Fit fit) {
        String facts = fit.reasons().stream().map(labels::get).collect(Collectors.joining(", "));
        return book.vocabulary()
                .phrases()
                .fill(phrase, Map.of("archetype", fit.archetype().id(), "facts", facts));
    }

    private Finding slotFinding(ArchetypeStandard.SlotVerdict verdict, Map<String, List<Evidence>> shown) {
        String met = verdict.met().stream().map(Requirement::requirement).collect(Collectors.joining(", "));
        String missing = String.join(", ", verdict.missingNames());
        List<String> because =
                verdict.met().stream().flatMap(r -> r.shownBy().stream()).toList();
        // what is missing has no place to point at, so only a pass shows where its requirements were seen
        List<Evidence> evidence = verdict.outcome() == Outcome.PASS ? evidence(shown, because) : List.of();
        return book.finding(
                meetsRule(verdict.slot()), verdict.outcome(), evidence, Map.of("met", met, "missing", missing));
    }

    /** The evidence of the traits among the signals, a little of each. */
    private static List<Evidence> evidence(Map<String, List<Evidence>> shown, List<String> signals) {
        return signals.stream()
                .filter(shown::containsKey)
                .flatMap(id -> shown.get(id).stream().limit(1))
                .distinct()
                .limit(EVIDENCE_LIMIT)
                .toList();
    }
}
