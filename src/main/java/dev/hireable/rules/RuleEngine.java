package dev.hireable.rules;

import dev.hireable.concurrent.SideBySide;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.rules.context.ReadmeLocator;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.SourceVocabulary;
import dev.hireable.rules.readme.ReadmeModule;
import dev.hireable.rules.snapshot.SnapshotModule;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs every rule module over one snapshot and assembles its signals and findings. Modules run side by side in
 * waves, each after the modules whose signals it requires; results are assembled in the order of {@link Modules},
 * so the same snapshot always gives the same assessment. A module that fails is reported as an {@code unknown}
 * finding and its signals as unknown, never as a crash of the audit.
 */
public final class RuleEngine {

    private final RuleCatalog catalog;
    private final RuleBook<SourceVocabulary> sources;
    private final Supplier<List<RuleModule>> moduleFactory;
    private final List<SignalSpec> legend;
    /** The modules built, and what running them needs; made on the first assessment (see {@link #prepared}). */
    private volatile Prepared prepared;

    /**
     * The modules of {@link Modules}, built on the first assessment: a run that assesses nothing (every result
     * stored, or only the rules listed) binds no module's vocabulary. With overlays they are built at once.
     */
    public RuleEngine(RuleCatalog catalog) {
        this(catalog, Modules.names(), () -> Modules.all(catalog));
        if (catalog.hasOverlays()) {
            prepared(); // an overlay's vocabulary is checked now, so a bad one stops the run before any audit
        }
    }

    /** An engine over the given modules, in report order. */
    public RuleEngine(RuleCatalog catalog, List<RuleModule> modules) {
        this(catalog, modules.stream().map(RuleModule::name).toList(), () -> modules);
        prepared();
    }

    private RuleEngine(RuleCatalog catalog, List<String> names, Supplier<List<RuleModule>> modules) {
        this.catalog = catalog;
        this.sources = SnapshotModule.book(catalog);
        this.moduleFactory = modules;
        for (String name : names) {
            if (catalog.fileNames().stream().noneMatch(file -> file.equals(name + ".yaml"))) {
                throw new IllegalStateException("the module " + name + " has no rule file rules/" + name + ".yaml");
            }
        }
        this.legend = legend(catalog, names);
    }

    /** The modules, the signals each declares, their rule ids, the waves they run in, and the README locator. */
    private record Prepared(
            List<RuleModule> modules,
            Map<String, Map<String, SignalSpec>> declared,
            Map<String, List<String>> ruleIds,
            List<List<RuleModule>> waves,
            ReadmeLocator readmeLocator) {}

    private Prepared prepared() {
        Prepared ready = prepared;
        if (ready == null) {
            synchronized (this) {
                ready = prepared;
                if (ready == null) {
                    ready = prepare(List.copyOf(moduleFactory.get()));
                    prepared = ready;
                }
            }
        }
        return ready;
    }

    private Prepared prepare(List<RuleModule> modules) {
        Map<String, Map<String, SignalSpec>> declared = new HashMap<>();
        Map<String, List<String>> ruleIds = new HashMap<>();
        for (RuleModule module : modules) {
            declared.put(module.name(), catalog.signalsOf(module.name()));
            // every rule of its file, whose finding is unknown when the module is stopped
            ruleIds.put(
                    module.name(),
                    catalog.docs().stream()
                            .map(doc -> doc.id())
                            .filter(id -> id.startsWith(module.name() + "."))
                            .toList());
        }
        return new Prepared(
                modules, declared, ruleIds, waves(modules, declared), ReadmeModule.locatorAmong(modules, catalog));
    }

    /** The vocabulary of rules/snapshot.yaml, which the sources also need (ignored folders). */
    public SourceVocabulary sourceVocabulary() {
        return sources.vocabulary();
    }

    /** Every declared signal in report order: the modules' in module order, then the other rule files'. */
    public List<SignalSpec> legend() {
        return legend;
    }

    public RepoAssessment assess(Snapshot snapshot) {
        Prepared ready = prepared();
        RepoContext context = new RepoContext(snapshot, sources.vocabulary(), ready.readmeLocator());
        context.prepare();
        Map<RuleModule, Run> results = new HashMap<>();
        SignalSet found = SignalSet.empty();
        for (List<RuleModule> wave : ready.waves()) {
            SignalSet available = found;
            Map<RuleModule, Run> waveResults = new java.util.concurrent.ConcurrentHashMap<>();
            SideBySide.forEach(wave, module -> waveResults.put(module, run(module, context, available)));
            results.putAll(waveResults);
            for (RuleModule module : wave) {
                found = found.plus(results.get(module).result().signals());
            }
        }
        SignalSet.Builder signals = SignalSet.builder();
        List<Finding> findings = new ArrayList<>();
        List<String> unfinished = new ArrayList<>();
        for (RuleModule module : ready.modules()) {
            ModuleResult result = results.get(module).result();
            result.signals()
                    .ids()
                    .forEach(id -> signals.set(
                            id,
                            result.signals().value(id).orElseThrow(),
                            result.signals().evidence(id)));
            result.signals().unknown().forEach(signals::unknown);
            findings.addAll(result.findings());
            results.get(module).stopped().ifPresent(unfinished::add);
        }
        return new RepoAssessment(
                snapshot.metadata(), signals.build(), withLinks(findings, snapshot.metadata()), unfinished);
    }

    /** A module's result, and why it was stopped if it was. */
    private record Run(ModuleResult result, Optional<String> stopped) {}

    /**
     * One module's run, its undecided signals marked unknown. A rule file's pattern that overran its budget makes
     * every rule of the module unknown, saying which pattern of which file; any other failure becomes an unknown
     * finding. Either way its signals are unknown.
     */
    private Run run(RuleModule module, RepoContext context, SignalSet available) {
        Map<String, SignalSpec> own = prepared().declared().get(module.name());
        try {
            ModuleResult result = module.evaluate(context, available.only(module.requires()));
            if (!result.signals().ids().equals(own.keySet())) {
                throw new IllegalStateException("the " + module.name() + " module returned the signals "
                        + result.signals().ids() + " instead of the declared " + own.keySet());
            }
            return new Run(
                    new ModuleResult(
                            result.signals().withUnknown(undecided(own, result.findings())), result.findings()),
                    Optional.empty());
        } catch (RulePattern.TooComplex e) {
            Finding stopped = sources.finding(
                    SnapshotModule.PATTERN_STOPPED,
                    Outcome.UNKNOWN,
                    List.of(),
                    Map.of(
                            "module",
                            module.name(),
                            "pattern",
                            e.pattern().pattern(),
                            "origin",
                            e.pattern().origin().isEmpty()
                                    ? "hireable's own code"
                                    : e.pattern().origin(),
                            "length",
                            String.valueOf(e.length())));
            List<Finding> unknown = prepared().ruleIds().get(module.name()).stream()
                    .map(id -> new Finding(
                            id, Outcome.UNKNOWN, stopped.message(), stopped.evidence(), stopped.remediation()))
                    .toList();
            return new Run(
                    new ModuleResult(allUnknown(own), unknown.isEmpty() ? List.of(stopped) : unknown),
                    Optional.of(stopped.message()));
        } catch (RuntimeException | StackOverflowError e) {
            Finding failed = sources.findingWithMessage(
                    SnapshotModule.UNREADABLE,
                    Outcome.UNKNOWN,
                    "The " + module.name() + " checks could not finish ("
                            + e.getClass().getSimpleName() + "); their signals are unknown.",
                    List.of(Evidence.file(".")));
            return new Run(new ModuleResult(allUnknown(own), failed), Optional.empty());
        }
    }

    private static SignalSet allUnknown(Map<String, SignalSpec> own) {
        SignalSet.Builder unknown = SignalSet.builder(own);
        own.keySet().forEach(unknown::unknown);
        return unknown.build();
    }

    /** The signals whose deciding rule came out unknown: they could not be decided either. */
    private static List<String> undecided(Map<String, SignalSpec> own, List<Finding> findings) {
        List<String> unknown = new ArrayList<>();
        for (SignalSpec spec : own.values()) {
            if (spec.decidedBy().isPresent()) {
                List<Finding> deciding = findings.stream()
                        .filter(f -> f.rule().equals(spec.decidedBy().get()))
                        .toList();
                if (!deciding.isEmpty() && deciding.stream().allMatch(f -> f.is(Outcome.UNKNOWN))) {
                    unknown.add(spec.id());
                }
            }
        }
        return unknown;
    }

    /** Modules in waves: each wave only requires signals of earlier waves. */
    private static List<List<RuleModule>> waves(
            List<RuleModule> modules, Map<String, Map<String, SignalSpec>> declared) {
        Map<String, RuleModule> owner = new HashMap<>();
        declared.forEach((name, specs) -> specs.keySet()
                .forEach(id -> owner.put(
                        id,
                        modules.stream()
                                .filter(m -> m.name().equals(name))
                                .findFirst()
                                .orElseThrow())));
        Map<RuleModule, Set<RuleModule>> before = new LinkedHashMap<>();
        for (RuleModule module : modules) {
            Set<RuleModule> needs = new HashSet<>();
            for (String id : module.requires()) {
                RuleModule provider = owner.get(id);
                if (provider == null || provider == module) {
                    throw new IllegalStateException(
                            "the " + module.name() + " module requires " + id + ", which no other module declares");
                }
                needs.add(provider);
            }
            before.put(module, needs);
        }
        List<List<RuleModule>> waves = new ArrayList<>();
        Set<RuleModule> done = new HashSet<>();
        while (done.size() < modules.size()) {
            List<RuleModule> wave = modules.stream()
                    .filter(m -> !done.contains(m) && done.containsAll(before.get(m)))
                    .toList();
            if (wave.isEmpty()) {
                throw new IllegalStateException("the modules' requirements form a cycle among "
                        + modules.stream()
                                .filter(m -> !done.contains(m))
                                .map(RuleModule::name)
                                .toList());
            }
            waves.add(wave);
            done.addAll(wave);
        }
        return List.copyOf(waves);
    }

    private static List<SignalSpec> legend(RuleCatalog catalog, List<String> modules) {
        Map<String, SignalSpec> ordered = new LinkedHashMap<>();
        modules.forEach(module -> ordered.putAll(catalog.signalsOf(module)));
        catalog.signals().forEach(ordered::putIfAbsent);
        return List.copyOf(ordered.values());
    }

    private static List<Finding> withLinks(List<Finding> findings, RepoMetadata metadata) {
        return findings.stream()
                .map(f -> new Finding(
                        f.rule(),
                        f.outcome(),
                        f.message(),
                        f.evidence().stream()
                                .map(e -> e.url().isPresent() || e.path().isEmpty()
                                        ? e
                                        : e.withUrl(metadata.fileUrl(e.path().get(), e.line())))
                                .toList(),
                        f.remediation()))
                .toList();
    }
}
