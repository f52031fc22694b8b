package dev.hireable.rules.context.usage;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.context.CodeIndex;
import dev.hireable.rules.context.Dependency;
import dev.hireable.rules.context.RepoContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which of a set of tools a repository really uses (in code or in config files), which it only declares as
 * dependencies, and what could not be read. Tools keep the order of the vocabulary.
 *
 * @param used         tool id → where it is used (code first, then files)
 * @param declaredOnly dependency lines of tools that are declared but not used
 * @param undecided    files that could not be read, whose absence of evidence proves nothing
 * @param truncated    the tree lists only part of the repository
 */
public record ToolScan(
        Map<String, List<Evidence>> used, List<Dependency> declaredOnly, List<String> undecided, boolean truncated) {

    public ToolScan {
        used = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(used));
        declaredOnly = List.copyOf(declaredOnly);
        undecided = List.copyOf(undecided);
    }

    public static ToolScan of(RepoContext context, Map<String, ToolSignature> tools) {
        return of(context, tools, UncalledCode.COUNTED);
    }

    /** The scan of a {@link ToolVocabulary}, honouring its switch for uncalled code. */
    public static ToolScan of(RepoContext context, ToolVocabulary vocabulary) {
        return of(context, vocabulary.tools(), vocabulary.uncalledCode());
    }

    public static ToolScan of(RepoContext context, Map<String, ToolSignature> tools, UncalledCode uncalledCode) {
        Map<String, List<Evidence>> used = new LinkedHashMap<>();
        List<Dependency> declaredOnly = new ArrayList<>();
        List<String> undecided = new ArrayList<>();
        CodeIndex code = context.code();
        FileIndex index = FileIndex.of(context);
        Reachability reachability = new Reachability(code, uncalledCode);
        java.util.function.Predicate<dev.hireable.rules.context.CodeLine> counts =
                uncalledCode.skip() ? reachability::reached : line -> true;
        code.problems().forEach(file -> undecided.add(file.path()));
        for (Map.Entry<String, ToolSignature> tool : tools.entrySet()) {
            ToolSignature signature = tool.getValue();
            List<Evidence> evidence = new ArrayList<>();
            signature
                    .codeSignature()
                    .flatMap(c -> c.firstUse(code, counts))
                    .ifPresent(line -> evidence.add(line.evidence()));
            for (FileSignature files : signature.files()) {
                FileSearch search = FileSearch.of(context, index, files);
                evidence.addAll(search.hits());
                undecided.addAll(search.undecided());
            }
            if (!evidence.isEmpty()) {
                used.put(tool.getKey(), evidence);
            } else if (!signature.packages().isEmpty()) {
                context.dependencies().first(signature.packages()).ifPresent(declaredOnly::add);
            }
        }
        return new ToolScan(
                used,
                declaredOnly,
                undecided.stream().distinct().toList(),
                context.snapshot().tree().truncated());
    }

    /** This scan with more uses of a tool, found by other means than its signature; they come after its own. */
    public ToolScan with(String tool, List<Evidence> uses) {
        if (uses.isEmpty()) {
            return this;
        }
        Map<String, List<Evidence>> merged = new LinkedHashMap<>(used);
        merged.merge(
                tool,
                List.copyOf(uses),
                (mine, more) ->
                        Stream.concat(mine.stream(), more.stream()).distinct().toList());
        // a tool is used now, so no declared-only dependency is shown as evidence
        return new ToolScan(merged, List.of(), undecided, truncated);
    }

    public List<String> tools() {
        return List.copyOf(used.keySet());
    }

    public boolean found() {
        return !used.isEmpty();
    }

    /** {@code fail} when nothing stood in the way of finding a tool, {@code unknown} when something did. */
    public Outcome absence() {
        return undecided.isEmpty() && !truncated ? Outcome.FAIL : Outcome.UNKNOWN;
    }

    /** The first piece of evidence of each tool used, at most {@code limit}. */
    public List<Evidence> firstEvidence(int limit) {
        return used.values().stream().map(list -> list.get(0)).limit(limit).toList();
    }

    public Optional<Evidence> first() {
        return used.values().stream().flatMap(List::stream).findFirst();
    }

    /** Placeholder values for rule messages: {tools}, {path}, {declared}, {unreadable}. */
    public Map<String, String> messageValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("tools", String.join(", ", used.keySet()));
        values.put("path", first().flatMap(e -> e.path().or(e::url)).orElse(""));
        values.put(
                "declared",
                String.join(
                        ", ",
                        declaredOnly.stream().map(Dependency::name).distinct().toList()));
        values.put("unreadable", String.valueOf(undecided.size()));
        return values;
    }

    /**
     * Evidence for a finding: the uses; or else the dependency lines that declare a tool without using it, then the
     * files that could not be read.
     */
    public List<Evidence> findingEvidence(int limit) {
        if (found()) {
            return firstEvidence(limit);
        }
        return Stream.concat(
                        declaredOnly.stream().map(Dependency::evidence),
                        undecided.stream().map(Evidence::file))
                .limit(limit)
                .toList();
    }

    /**
     * The one finding of a "which tools are used" rule: {@code pass} with the uses, else {@code fail}, or
     * {@code unknown} when files that might show a use could not be read. Messages may use {tools}, {path},
     * {declared} and {unreadable}.
     */
    public Finding finding(RuleBook<?> book, String ruleId, int maxEvidence) {
        return book.finding(ruleId, found() ? Outcome.PASS : absence(), findingEvidence(maxEvidence), messageValues());
    }
}
