package dev.hireable.rules.dataversioning;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.RuleModule;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.Absence;
import dev.hireable.rules.context.Dependency;
import dev.hireable.rules.context.FileSign;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.ToolSigns;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Data versioning: DVC pointer files and pipelines, lakeFS or Delta Lake, as rules/data_versioning.yaml describes
 * them. A declared package alone does not count; it is shown as evidence on the failing finding.
 */
public final class DataVersioningModule implements RuleModule<Boolean> {

    static final String USED = "data_versioning.used";

    private static final int MAX_EVIDENCE = 5;

    /** One data versioning tool: the code and files that show it in use, and its packages (shown, never counted). */
    public record Tool(List<String> packages, List<String> keywords, List<Pattern> calls, List<FileSign> files) {
        public Tool {
            packages = packages == null ? List.of() : List.copyOf(packages);
            signs(keywords, calls, files);
        }

        ToolSigns signs() {
            return signs(keywords, calls, files);
        }

        private static ToolSigns signs(List<String> keywords, List<Pattern> calls, List<FileSign> files) {
            return new ToolSigns(keywords, calls, files);
        }
    }

    /** The vocabulary of rules/data_versioning.yaml: tool id → how it shows. */
    public record Vocabulary(Map<String, Tool> tools) {
        public Vocabulary {
            if (tools == null || tools.isEmpty()) {
                throw new IllegalArgumentException("'tools' needs at least one data versioning tool");
            }
            tools = Collections.unmodifiableMap(new LinkedHashMap<>(tools));
        }
    }

    private final RuleBook<Vocabulary> book;

    public DataVersioningModule(RuleCatalog catalog) {
        this.book = catalog.book("data_versioning.yaml", Vocabulary.class, ruleIds());
    }

    @Override
    public String name() {
        return "data_versioning";
    }

    @Override
    public List<String> ruleIds() {
        return List.of(USED);
    }

    @Override
    public ModuleResult<Boolean> evaluate(RepoContext context) {
        List<String> unreadable = new ArrayList<>();
        List<Evidence> declared = new ArrayList<>();
        for (Map.Entry<String, Tool> tool : book.vocabulary().tools().entrySet()) {
            FileSign.Sighting seen = tool.getValue().signs().look(context, MAX_EVIDENCE);
            if (seen.found()) {
                Evidence first = seen.evidence().get(0);
                return new ModuleResult<>(true, List.of(book.finding(USED, Outcome.PASS, seen.evidence(),
                        Map.of("tool", tool.getKey(), "path", first.path().orElse("")))));
            }
            unreadable.addAll(seen.unreadable());
            context.dependencies().named(tool.getValue().packages()).stream().map(Dependency::evidence).forEach(declared::add);
        }
        Optional<String> doubt = Absence.doubt(context, unreadable);
        List<Evidence> shown = declared.stream().limit(MAX_EVIDENCE).toList();
        return new ModuleResult<>(false, List.of(doubt
                .map(reason -> book.finding(USED, Outcome.UNKNOWN, shown, Map.of("reason", reason)))
                .orElseGet(() -> book.finding(USED, Outcome.FAIL, shown))));
    }
}
