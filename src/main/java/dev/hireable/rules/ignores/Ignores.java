package dev.hireable.rules.ignores;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RuleDoc;
import dev.hireable.snapshot.FileContent;
import dev.hireable.snapshot.SettingsFile;
import dev.hireable.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a repository's ignores after the rules ran: every finding of an ignored rule becomes not applicable with
 * the candidate's reason in its message. An ignore without a reason, or naming no rule, is not applied and is
 * reported as an {@code ignores.invalid} finding instead.
 */
public final class Ignores {

    static final String APPLIED = "ignores.applied";
    static final String INVALID = "ignores.invalid";

    /** The vocabulary of rules/ignores.yaml: the key of the settings file that holds the ignores. */
    public record Vocabulary(String key) {
        public Vocabulary {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("'key' is required");
            }
        }
    }

    private final RuleBook<Vocabulary> book;
    private final List<String> ruleIds;

    public Ignores(RuleCatalog catalog) {
        this.book = catalog.book("ignores.yaml", Vocabulary.class, List.of(APPLIED, INVALID));
        this.ruleIds = catalog.docs().stream().map(RuleDoc::id).toList();
    }

    /**
     * Reads the settings file at the root of {@code snapshot}.
     *
     * @param folder where that root lies in the repository ({@code ""} for the repository itself), for messages
     */
    public IgnoreConfig read(Snapshot snapshot, String folder) {
        Optional<String> name = SettingsFile.locate(snapshot.tree());
        if (name.isEmpty()) {
            return IgnoreConfig.none();
        }
        String label = folder.isEmpty() ? name.get() : folder + "/" + name.get();
        FileContent content = snapshot.read(name.get());
        if (content instanceof FileContent.Text text) {
            return parse(label, text.text());
        }
        return new IgnoreConfig(label, List.of(), List.of(content.explanation()));
    }

    /** Parses the text of a settings file; every problem is one sentence, nothing throws. */
    public IgnoreConfig parse(String file, String text) {
        SettingsFile settings = SettingsFile.parse(file, text);
        if (settings.problem().isPresent()) {
            return new IgnoreConfig(
                    file, List.of(), List.of(settings.problem().get() + ", so none of its ignores were applied"));
        }
        String key = book.vocabulary().key();
        Optional<JsonNode> found = settings.get(key);
        if (found.isEmpty()) {
            return new IgnoreConfig(file, List.of(), List.of());
        }
        JsonNode node = found.get();
        List<Ignore> ignores = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                accept(entry.getKey(), entry.getValue(), ignores, problems);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                if (item.isObject() && item.hasNonNull("rule")) {
                    accept(item.get("rule").asText(), item.get("reason"), ignores, problems);
                } else {
                    problems.add("an item under '" + key + "' needs a 'rule' and a 'reason'");
                }
            }
        } else {
            problems.add("'" + key + "' must map rule ids to reasons");
        }
        return new IgnoreConfig(file, ignores, problems);
    }

    private void accept(String rule, JsonNode reasonNode, List<Ignore> ignores, List<String> problems) {
        String reason = reasonNode == null || reasonNode.isNull() || !reasonNode.isValueNode()
                ? ""
                : reasonNode.asText().strip();
        if (reason.isEmpty()) {
            problems.add("the ignore of '" + rule
                    + "' has no reason, so it was not applied (write why the rule does not apply)");
        } else if (rule.startsWith("ignores.") || rule.equals("ignores")) {
            problems.add("the ignore rules themselves cannot be ignored");
        } else if (ruleIds.stream().noneMatch(id -> new Ignore(rule, reason).covers(id))) {
            problems.add("'" + rule
                    + "' matches no rule, so its ignore was not applied (hireable rules list shows the ids)");
        } else {
            ignores.add(new Ignore(rule, reason));
        }
    }

    /** Applies the configs in order (the first ignore that covers a finding gives its reason). */
    public IgnoreResult apply(RepoAssessment assessment, List<IgnoreConfig> configs) {
        List<Finding> findings = new ArrayList<>();
        Map<Ignore, Integer> counts = new java.util.LinkedHashMap<>();
        Map<Ignore, String> files = new java.util.HashMap<>();
        configs.forEach(config -> config.ignores().forEach(ignore -> {
            counts.putIfAbsent(ignore, 0);
            files.putIfAbsent(ignore, config.file());
        }));
        for (Finding finding : assessment.findings()) {
            Optional<Ignore> match = counts.keySet().stream()
                    .filter(i -> i.covers(finding.rule()))
                    .findFirst();
            if (match.isEmpty() || finding.is(Outcome.NOT_APPLICABLE)) {
                findings.add(finding);
                continue;
            }
            Ignore ignore = match.get();
            counts.merge(ignore, 1, Integer::sum);
            String message = book.doc(APPLIED)
                    .message(
                            Outcome.NOT_APPLICABLE,
                            Map.of("reason", ignore.reason(), "file", files.get(ignore), "message", finding.message()));
            findings.add(
                    new Finding(finding.rule(), Outcome.NOT_APPLICABLE, message, finding.evidence(), Optional.empty()));
        }
        for (IgnoreConfig config : configs) {
            for (String problem : config.problems()) {
                findings.add(book.finding(
                        INVALID,
                        Outcome.FAIL,
                        List.of(Evidence.file(config.file())),
                        Map.of("file", config.file(), "problem", problem)));
            }
        }
        List<AppliedIgnore> applied = counts.entrySet().stream()
                .map(e ->
                        new AppliedIgnore(e.getKey().rule(), e.getKey().reason(), files.get(e.getKey()), e.getValue()))
                .toList();
        return new IgnoreResult(assessment.withFindings(findings), applied);
    }

    /** The assessment with ignores applied, and what each ignore did. */
    public record IgnoreResult(RepoAssessment assessment, List<AppliedIgnore> applied) {
        public IgnoreResult {
            applied = List.copyOf(applied);
        }

        public int suppressed() {
            return applied.stream().mapToInt(AppliedIgnore::suppressed).sum();
        }
    }
}
