package dev.hireable.rules.context;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.catalog.RuleBook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How one tool shows itself at work, as a rule file describes it: code lines matching {@code calls} (with the
 * {@code keywords} prefilter of {@link CodeSigns}) and {@code files} (see {@link FileSign}). Declared
 * {@code packages} never count as use; they are shown as evidence when nothing else is found.
 */
public record ToolSigns(List<String> packages, List<String> keywords, List<Pattern> calls, List<FileSign> files) {

    public ToolSigns {
        packages = packages == null ? List.of() : List.copyOf(packages);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        calls = calls == null ? List.of() : List.copyOf(calls);
        files = files == null ? List.of() : List.copyOf(files);
        if (calls.isEmpty() && files.isEmpty()) {
            throw new IllegalArgumentException("a tool needs 'calls' or 'files'");
        }
    }

    /**
     * What a search of several tools found: the first tool that shows, with its evidence; otherwise the declared
     * packages of any of them and the files that could not be read.
     */
    public record Search(Optional<String> tool, List<Evidence> evidence, List<Evidence> declared, List<String> unreadable) {

        public Search {
            evidence = List.copyOf(evidence);
            declared = List.copyOf(declared);
            unreadable = List.copyOf(unreadable);
        }

        /**
         * The rule's finding: pass naming the tool ({@code {<toolKey>}} and {@code {path}} in the message), else
         * unknown when absence proves nothing here ({@code {reason}}), else fail.
         */
        public Finding finding(RuleBook<?> book, String ruleId, String toolKey, RepoContext context) {
            if (tool.isPresent()) {
                return book.finding(ruleId, Outcome.PASS, evidence,
                        Map.of(toolKey, tool.get(), "path", evidence.get(0).path().orElse("")));
            }
            return Absence.doubt(context, unreadable)
                    .map(reason -> book.finding(ruleId, Outcome.UNKNOWN, declared, Map.of("reason", reason)))
                    .orElseGet(() -> book.finding(ruleId, Outcome.FAIL, declared));
        }
    }

    /** Looks for each tool in turn, code lines first, then files; at most {@code limit} pieces of evidence. */
    public static Search search(Map<String, ToolSigns> tools, RepoContext context, int limit) {
        List<Evidence> declared = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Map.Entry<String, ToolSigns> tool : tools.entrySet()) {
            List<Evidence> evidence = tool.getValue().look(context, limit, unreadable);
            if (!evidence.isEmpty()) {
                return new Search(Optional.of(tool.getKey()), evidence, List.of(), List.of());
            }
            context.dependencies().named(tool.getValue().packages()).stream()
                    .map(Dependency::evidence).forEach(declared::add);
        }
        return new Search(Optional.empty(), List.of(), declared.stream().limit(limit).toList(), unreadable);
    }

    private List<Evidence> look(RepoContext context, int limit, List<String> unreadable) {
        List<Evidence> evidence = new ArrayList<>();
        new CodeSigns(keywords, calls).find(context.code(), limit).stream().map(CodeLine::evidence).forEach(evidence::add);
        for (FileSign file : files) {
            if (evidence.size() >= limit) {
                break;
            }
            FileSign.Sighting seen = file.look(context);
            seen.evidence().stream().limit(limit - evidence.size()).forEach(evidence::add);
            unreadable.addAll(seen.unreadable());
        }
        return evidence;
    }
}
