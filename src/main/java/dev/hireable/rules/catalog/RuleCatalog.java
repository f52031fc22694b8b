package dev.hireable.rules.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.SignalSpec;
import dev.hireable.rules.SignalType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Every rule file: the built-in ones shipped in rules/, each overlaid by the files of the same name in the
 * {@code --rules} folders. Files are checked when loaded; a problem is a {@link RuleFileException} naming the file,
 * the line and what is wrong.
 *
 * <p>A rule file has three top-level keys: {@code rules} (id → title, why, fix, placeholders, messages),
 * {@code signals} (id → type, label, decided_by, column: what the file's module finds, declared once) and
 * {@code vocabulary}, bound to the record type of the module that reads the file. Signal ids named anywhere in a
 * vocabulary ({@link dev.hireable.rules.SignalId}) are checked against the declared signals.
 */
public final class RuleCatalog {

    private static final List<String> TOP_LEVEL_KEYS = List.of("rules", "signals", "vocabulary");
    private static final List<String> DOC_KEYS = List.of("title", "why", "fix", "placeholders", "messages");
    private static final List<String> SIGNAL_KEYS = List.of("type", "label", "decided_by", "column");
    private static final List<String> COLUMN_KEYS = List.of("header", "details");

    private final Map<String, LocatedYaml> files;
    /** The files an overlay changed: their patterns are compiled when bound (see {@link VocabularyBinder}). */
    private final Set<String> overlaid;

    private final Map<String, RuleDoc> docs;
    private final Map<String, SignalSpec> signals;
    private final Map<String, Class<?>> vocabularyTypes = new java.util.concurrent.ConcurrentHashMap<>();

    private RuleCatalog(Map<String, LocatedYaml> files, Set<String> overlaid) {
        this.files = Map.copyOf(files);
        this.overlaid = Set.copyOf(overlaid);
        Map<String, RuleDoc> all = new TreeMap<>();
        Map<String, SignalSpec> declared = new LinkedHashMap<>();
        files.keySet().stream().sorted().forEach(name -> {
            LocatedYaml yaml = files.get(name);
            List<RuleDoc> own = readDocs(name, yaml);
            own.forEach(doc -> {
                if (all.putIfAbsent(doc.id(), doc) != null) {
                    LocatedYaml.Location at = yaml.locate("/rules/" + LocatedYaml.escape(doc.id()), name);
                    throw new RuleFileException(
                            at.file(),
                            at.line(),
                            "the rule id '" + doc.id() + "' is already defined in another rule file");
                }
            });
            readSignals(name, yaml, own).forEach(spec -> declared.put(spec.id(), spec));
        });
        this.docs = Map.copyOf(all);
        this.signals = java.util.Collections.unmodifiableMap(declared);
    }

    /** The catalog of the built-in files alone, made once per process: it is immutable, and they do not change. */
    private static volatile RuleCatalog builtInCatalog;

    /** Loads the rule files from their sources, overlays applied in order. */
    public static RuleCatalog load(RuleSources sources) {
        if (!sources.overlays().isEmpty() || !sources.hasTheBuiltInFiles()) {
            return read(sources);
        }
        RuleCatalog catalog = builtInCatalog;
        if (catalog == null) {
            catalog = read(sources);
            builtInCatalog = catalog;
        }
        return catalog;
    }

    private static RuleCatalog read(RuleSources sources) {
        Map<String, LocatedYaml> files = new LinkedHashMap<>();
        sources.builtIn()
                .forEach(file -> files.put(
                        file.name(),
                        ParsedRules.of(file).orElseGet(() -> LocatedYaml.parse(file.label(), file.text()))));
        for (RuleSources.RuleFile overlay : sources.overlays()) {
            LocatedYaml base = files.get(overlay.name());
            if (base == null) {
                throw new RuleFileException(
                        overlay.label(),
                        0,
                        "matches no built-in rule file; the files are: "
                                + String.join(
                                        ", ", files.keySet().stream().sorted().toList()));
            }
            files.put(overlay.name(), base.overlay(LocatedYaml.parse(overlay.label(), overlay.text())));
        }
        files.forEach(RuleCatalog::checkTopLevel);
        return new RuleCatalog(
                files,
                sources.overlays().stream().map(RuleSources.RuleFile::name).collect(Collectors.toSet()));
    }

    /** Whether any {@code --rules} file overlays the built-in ones. */
    public boolean hasOverlays() {
        return !overlaid.isEmpty();
    }

    /** The built-in rule files only. */
    public static RuleCatalog builtIn() {
        return load(RuleSources.builtInOnly());
    }

    /** The rules of one file, with its {@code vocabulary} bound to {@code type} and checked. */
    public <V> RuleBook<V> book(String file, Class<V> type, Collection<String> ruleIds) {
        LocatedYaml yaml = requireFile(file);
        JsonNode vocabulary =
                Optional.ofNullable(yaml.root().get("vocabulary")).orElseGet(JsonNodeFactory.instance::objectNode);
        V bound = bind(file, yaml, "/vocabulary", vocabulary, type, signals.keySet());
        vocabularyTypes.put(file, type);
        Map<String, RuleDoc> own = readDocs(file, yaml).stream()
                .collect(Collectors.toMap(RuleDoc::id, doc -> doc, (a, b) -> a, LinkedHashMap::new));
        for (String id : ruleIds) {
            if (!own.containsKey(id)) {
                throw new RuleFileException(
                        file,
                        yaml.locate("/rules", file).line(),
                        "the rule '" + id + "' has no entry under 'rules:' (it needs a title, why and fix)");
            }
        }
        return new RuleBook<>(file, bound, own, signalsOf(moduleName(file)));
    }

    /** Binds any part of any file, e.g. the standard's slots, with the same checks. */
    public <V> V section(String file, String key, Class<V> type) {
        LocatedYaml yaml = requireFile(file);
        JsonNode node = Optional.ofNullable(yaml.root().get(key)).orElseGet(JsonNodeFactory.instance::objectNode);
        V bound = bind(file, yaml, "/" + LocatedYaml.escape(key), node, type, signals.keySet());
        if (key.equals("vocabulary")) {
            vocabularyTypes.put(file, type);
        }
        return bound;
    }

    /** The type each rule file's {@code vocabulary} has been bound to so far, by file name: its schema. */
    public Map<String, Class<?>> vocabularyTypes() {
        return Map.copyOf(vocabularyTypes);
    }

    /** Every declared signal, by id: the files in name order, each file's signals in the order written. */
    public Map<String, SignalSpec> signals() {
        return signals;
    }

    public Optional<SignalSpec> signal(String id) {
        return Optional.ofNullable(signals.get(id));
    }

    /** The signals one rule file declares, e.g. {@code monitoring}'s, in the order written. */
    public Map<String, SignalSpec> signalsOf(String module) {
        Map<String, SignalSpec> own = new LinkedHashMap<>();
        signals.values().stream()
                .filter(spec -> spec.module().equals(module))
                .forEach(spec -> own.put(spec.id(), spec));
        return java.util.Collections.unmodifiableMap(own);
    }

    /**
     * A problem found in a file after binding (e.g. a text naming a placeholder its code does not fill), located at
     * the node the pointer names, e.g. {@code /vocabulary/texts/verdict_all}.
     */
    public RuleFileException problem(String file, String pointer, String problem) {
        return problemAt(requireFile(file), pointer, file, problem);
    }

    /** The module name of a rule file: its name without the extension. */
    public static String moduleName(String file) {
        return file.endsWith(".yaml") ? file.substring(0, file.length() - ".yaml".length()) : file;
    }

    public List<RuleDoc> docs() {
        return docs.values().stream().sorted(Comparator.comparing(RuleDoc::id)).toList();
    }

    public Optional<RuleDoc> doc(String id) {
        return Optional.ofNullable(docs.get(id));
    }

    public List<String> fileNames() {
        return files.keySet().stream().sorted().toList();
    }

    private LocatedYaml requireFile(String file) {
        LocatedYaml yaml = files.get(file);
        if (yaml == null) {
            throw new RuleFileException(file, 0, "is missing from the built-in rules");
        }
        return yaml;
    }

    private static void checkTopLevel(String name, LocatedYaml yaml) {
        Iterator<String> keys = yaml.root().fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!TOP_LEVEL_KEYS.contains(key)) {
                LocatedYaml.Location at = yaml.locate("/" + LocatedYaml.escape(key), name);
                throw new RuleFileException(
                        at.file(),
                        at.line(),
                        "unknown top-level key '" + key + "' (a rule file holds 'rules' and 'vocabulary')");
            }
        }
    }

    private static List<RuleDoc> readDocs(String file, LocatedYaml yaml) {
        JsonNode rules = yaml.root().get("rules");
        if (rules == null) {
            return List.of();
        }
        if (!rules.isObject()) {
            throw problemAt(yaml, "/rules", file, "'rules' must map each rule id to its title, why and fix");
        }
        List<RuleDoc> docs = new ArrayList<>();
        rules.fields().forEachRemaining(entry -> docs.add(readDoc(file, yaml, entry.getKey(), entry.getValue())));
        return docs;
    }

    private static RuleDoc readDoc(String file, LocatedYaml yaml, String id, JsonNode node) {
        String pointer = "/rules/" + LocatedYaml.escape(id);
        if (!id.matches("[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)+")) {
            throw problemAt(
                    yaml, pointer, file, "the rule id '" + id + "' must be dotted lower case, e.g. readme.results");
        }
        if (!(node instanceof ObjectNode doc)) {
            throw problemAt(yaml, pointer, file, "the rule '" + id + "' must have a title, why and fix");
        }
        doc.fieldNames().forEachRemaining(key -> {
            if (!DOC_KEYS.contains(key)) {
                throw problemAt(
                        yaml,
                        pointer + "/" + LocatedYaml.escape(key),
                        file,
                        "unknown key '" + key + "' in rule '" + id + "' (use " + String.join(", ", DOC_KEYS) + ")");
            }
        });
        String title = requiredText(file, yaml, doc, pointer, "title", id);
        String why = requiredText(file, yaml, doc, pointer, "why", id);
        String fix = requiredText(file, yaml, doc, pointer, "fix", id);
        Set<String> placeholders = placeholders(file, yaml, doc, pointer, id);
        Map<Outcome, Template> messages = new EnumMap<>(Outcome.class);
        JsonNode messageNode = doc.get("messages");
        if (messageNode != null) {
            if (!messageNode.isObject()) {
                throw problemAt(yaml, pointer + "/messages", file, "'messages' must map outcomes to text");
            }
            messageNode.fields().forEachRemaining(m -> {
                String at = pointer + "/messages/" + LocatedYaml.escape(m.getKey());
                try {
                    if (!m.getValue().isTextual()) {
                        throw problemAt(yaml, at, file, "the message for '" + m.getKey() + "' must be text");
                    }
                    messages.put(
                            Outcome.fromId(m.getKey()),
                            Template.parse(m.getValue().asText(), placeholders));
                } catch (IllegalArgumentException e) {
                    throw problemAt(yaml, at, file, e.getMessage());
                }
            });
        }
        return new RuleDoc(id, title, why, fix, placeholders, messages);
    }

    /** The placeholders a rule's messages may use: the values its module fills them with. */
    private static Set<String> placeholders(String file, LocatedYaml yaml, ObjectNode doc, String pointer, String id) {
        JsonNode node = doc.get("placeholders");
        if (node == null) {
            return Set.of();
        }
        if (!node.isArray()) {
            throw problemAt(
                    yaml,
                    pointer + "/placeholders",
                    file,
                    "'placeholders' of rule '" + id + "' must be a list of names");
        }
        Set<String> names = new java.util.LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String name = node.get(i).asText();
            if (!node.get(i).isTextual() || !name.matches("[a-z][a-z0-9_]*")) {
                throw problemAt(
                        yaml, pointer + "/placeholders/" + i, file, "a placeholder is a lower-case name, e.g. path");
            }
            names.add(name);
        }
        return Set.copyOf(names);
    }

    private static List<SignalSpec> readSignals(String file, LocatedYaml yaml, List<RuleDoc> docs) {
        JsonNode signals = yaml.root().get("signals");
        if (signals == null) {
            return List.of();
        }
        if (!signals.isObject()) {
            throw problemAt(yaml, "/signals", file, "'signals' must map each signal id to its type and label");
        }
        String module = moduleName(file);
        Set<String> ruleIds = docs.stream().map(RuleDoc::id).collect(java.util.stream.Collectors.toSet());
        List<SignalSpec> specs = new ArrayList<>();
        signals.fields()
                .forEachRemaining(
                        entry -> specs.add(readSignal(file, yaml, module, entry.getKey(), entry.getValue(), ruleIds)));
        for (SignalSpec spec : specs) {
            Optional<String> details = spec.column().flatMap(SignalSpec.Column::details);
            if (details.isPresent()
                    && specs.stream().noneMatch(s -> s.id().equals(details.get()) && s.type() == SignalType.LIST)) {
                throw problemAt(
                        yaml,
                        "/signals/" + LocatedYaml.escape(spec.id()) + "/column/details",
                        file,
                        "'details' of " + spec.id() + " must name a list signal of this file, not '" + details.get()
                                + "'");
            }
        }
        return specs;
    }

    private static SignalSpec readSignal(
            String file, LocatedYaml yaml, String module, String id, JsonNode node, Set<String> ruleIds) {
        String pointer = "/signals/" + LocatedYaml.escape(id);
        if (!id.startsWith(module + ".") || !id.matches("[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*")) {
            throw problemAt(
                    yaml,
                    pointer,
                    file,
                    "the signal id '" + id + "' must be " + module + ".<name>, lower case, e.g. " + module + ".used");
        }
        if (!(node instanceof ObjectNode spec)) {
            throw problemAt(yaml, pointer, file, "the signal '" + id + "' needs a type and a label");
        }
        spec.fieldNames().forEachRemaining(key -> {
            if (!SIGNAL_KEYS.contains(key)) {
                throw problemAt(
                        yaml,
                        pointer + "/" + LocatedYaml.escape(key),
                        file,
                        "unknown key '" + key + "' in signal '" + id + "' (use " + String.join(", ", SIGNAL_KEYS)
                                + ")");
            }
        });
        SignalType type;
        try {
            type = SignalType.fromId(spec.path("type").asText(""));
        } catch (IllegalArgumentException e) {
            throw problemAt(yaml, pointer + "/type", file, e.getMessage());
        }
        String label = requiredText(file, yaml, spec, pointer, "label", id);
        Optional<String> decidedBy = Optional.ofNullable(spec.get("decided_by")).map(JsonNode::asText);
        if (decidedBy.isPresent() && !ruleIds.contains(decidedBy.get())) {
            throw problemAt(
                    yaml,
                    pointer + "/decided_by",
                    file,
                    "'decided_by' of " + id + " names '" + decidedBy.get() + "', which is not a rule of this file");
        }
        return new SignalSpec(id, module, type, label, decidedBy, column(file, yaml, pointer, id, spec.get("column")));
    }

    private static Optional<SignalSpec.Column> column(
            String file, LocatedYaml yaml, String pointer, String id, JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isTextual() && !node.asText().isBlank()) {
            return Optional.of(new SignalSpec.Column(node.asText(), Optional.empty()));
        }
        if (node instanceof ObjectNode column && column.path("header").isTextual()) {
            column.fieldNames().forEachRemaining(key -> {
                if (!COLUMN_KEYS.contains(key)) {
                    throw problemAt(
                            yaml,
                            pointer + "/column/" + LocatedYaml.escape(key),
                            file,
                            "unknown key '" + key + "' in the column of '" + id + "' (use header, details)");
                }
            });
            return Optional.of(new SignalSpec.Column(
                    column.get("header").asText(),
                    Optional.ofNullable(column.get("details")).map(JsonNode::asText)));
        }
        throw problemAt(
                yaml, pointer + "/column", file, "'column' of " + id + " is a header text or {header, details}");
    }

    private static String requiredText(
            String file, LocatedYaml yaml, ObjectNode doc, String pointer, String key, String id) {
        JsonNode value = doc.get(key);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw problemAt(
                    yaml,
                    value == null ? pointer : pointer + "/" + key,
                    file,
                    "'" + id + "' needs a non-empty '" + key + "'");
        }
        return value.asText().strip();
    }

    private <V> V bind(
            String file, LocatedYaml yaml, String pointer, JsonNode node, Class<V> type, Set<String> declaredSignals) {
        UnaryOperator<String> origin = relative -> {
            LocatedYaml.Location at = yaml.locate(pointer + relative, file);
            return at.file() + (at.line() > 0 ? ":" + at.line() : "");
        };
        try {
            return new VocabularyBinder(declaredSignals, docs.keySet(), origin, !overlaid.contains(file))
                    .bind(node, type);
        } catch (VocabularyBinder.Problem problem) {
            String at = pointer + problem.pointer();
            if (problem.raisedByRecord()) {
                // a check inside a record's constructor: point at the value the message names, if one does
                at = mentionedValue(node.at(problem.pointer()), at, problem.getMessage())
                        .orElse(at);
            }
            throw problemAt(yaml, at, file, problem.getMessage());
        }
    }

    /** The pointer of the longest text value under {@code node} that the problem quotes. */
    private static Optional<String> mentionedValue(JsonNode node, String pointer, String problem) {
        if (node.isTextual()) {
            return node.asText().length() > 1 && problem.contains(node.asText())
                    ? Optional.of(pointer)
                    : Optional.empty();
        }
        Optional<String> best = Optional.empty();
        int bestLength = 0;
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> child = it.next();
                Optional<String> found =
                        mentionedValue(child.getValue(), pointer + "/" + LocatedYaml.escape(child.getKey()), problem);
                int length = found.map(f -> child.getValue().isTextual()
                                ? child.getValue().asText().length()
                                : 1)
                        .orElse(0);
                if (found.isPresent() && length >= bestLength) {
                    best = found;
                    bestLength = length;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = mentionedValue(node.get(i), pointer + "/" + i, problem);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return best;
    }

    private static RuleFileException problemAt(LocatedYaml yaml, String pointer, String file, String problem) {
        LocatedYaml.Location at = yaml.locate(pointer, file);
        return new RuleFileException(at.file(), at.line(), problem);
    }
}
