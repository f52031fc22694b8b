package dev.hireable.rules.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hireable.rules.Outcome;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Every rule file: the built-in ones shipped in rules/, each overlaid by the files of the same name in the
 * {@code --rules} folders. Files are checked when loaded; a problem is a {@link RuleFileException} naming the file,
 * the line and what is wrong.
 *
 * <p>A rule file has two top-level keys: {@code rules} (id → title, why, fix, messages) and {@code vocabulary},
 * bound to the record type of the module that reads the file.
 */
public final class RuleCatalog {

    private static final ObjectMapper BINDER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build();
    private static final List<String> TOP_LEVEL_KEYS = List.of("rules", "vocabulary");
    private static final List<String> DOC_KEYS = List.of("title", "why", "fix", "messages");

    private final Map<String, LocatedYaml> files;
    private final Map<String, RuleDoc> docs;

    private RuleCatalog(Map<String, LocatedYaml> files) {
        this.files = Map.copyOf(files);
        Map<String, RuleDoc> all = new TreeMap<>();
        files.forEach((name, yaml) -> readDocs(name, yaml).forEach(doc -> {
            if (all.putIfAbsent(doc.id(), doc) != null) {
                LocatedYaml.Location at = yaml.locate("/rules/" + LocatedYaml.escape(doc.id()), name);
                throw new RuleFileException(at.file(), at.line(), "the rule id '" + doc.id() + "' is already defined in another rule file");
            }
        }));
        this.docs = Map.copyOf(all);
    }

    /** Loads the rule files from their sources, overlays applied in order. */
    public static RuleCatalog load(RuleSources sources) {
        Map<String, LocatedYaml> files = new LinkedHashMap<>();
        sources.builtIn().forEach(file -> files.put(file.name(), LocatedYaml.parse(file.label(), file.text())));
        for (RuleSources.RuleFile overlay : sources.overlays()) {
            LocatedYaml base = files.get(overlay.name());
            if (base == null) {
                throw new RuleFileException(overlay.label(), 0, "matches no built-in rule file; the files are: "
                        + String.join(", ", files.keySet().stream().sorted().toList()));
            }
            files.put(overlay.name(), base.overlay(LocatedYaml.parse(overlay.label(), overlay.text())));
        }
        files.forEach(RuleCatalog::checkTopLevel);
        return new RuleCatalog(files);
    }

    /** The built-in rule files only. */
    public static RuleCatalog builtIn() {
        return load(RuleSources.builtInOnly());
    }

    /** The rules of one file, with its {@code vocabulary} bound to {@code type} and checked. */
    public <V> RuleBook<V> book(String file, Class<V> type, Collection<String> ruleIds) {
        LocatedYaml yaml = requireFile(file);
        JsonNode vocabulary = Optional.ofNullable(yaml.root().get("vocabulary")).orElseGet(BINDER::createObjectNode);
        V bound = bind(file, yaml, "/vocabulary", vocabulary, type);
        Map<String, RuleDoc> own = readDocs(file, yaml).stream()
                .collect(Collectors.toMap(RuleDoc::id, doc -> doc, (a, b) -> a, LinkedHashMap::new));
        for (String id : ruleIds) {
            if (!own.containsKey(id)) {
                throw new RuleFileException(file, yaml.locate("/rules", file).line(),
                        "the rule '" + id + "' has no entry under 'rules:' (it needs a title, why and fix)");
            }
        }
        return new RuleBook<>(file, bound, own);
    }

    /** Binds any part of any file, e.g. the standard's slots, with the same checks. */
    public <V> V section(String file, String key, Class<V> type) {
        LocatedYaml yaml = requireFile(file);
        JsonNode node = Optional.ofNullable(yaml.root().get(key)).orElseGet(BINDER::createObjectNode);
        return bind(file, yaml, "/" + LocatedYaml.escape(key), node, type);
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
                throw new RuleFileException(at.file(), at.line(),
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
            throw problemAt(yaml, pointer, file, "the rule id '" + id + "' must be dotted lower case, e.g. readme.results");
        }
        if (!(node instanceof ObjectNode doc)) {
            throw problemAt(yaml, pointer, file, "the rule '" + id + "' must have a title, why and fix");
        }
        doc.fieldNames().forEachRemaining(key -> {
            if (!DOC_KEYS.contains(key)) {
                throw problemAt(yaml, pointer + "/" + LocatedYaml.escape(key), file,
                        "unknown key '" + key + "' in rule '" + id + "' (use " + String.join(", ", DOC_KEYS) + ")");
            }
        });
        String title = requiredText(file, yaml, doc, pointer, "title", id);
        String why = requiredText(file, yaml, doc, pointer, "why", id);
        String fix = requiredText(file, yaml, doc, pointer, "fix", id);
        Map<Outcome, String> messages = new EnumMap<>(Outcome.class);
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
                    messages.put(Outcome.fromId(m.getKey()), m.getValue().asText());
                } catch (IllegalArgumentException e) {
                    throw problemAt(yaml, at, file, e.getMessage());
                }
            });
        }
        return new RuleDoc(id, title, why, fix, messages);
    }

    private static String requiredText(String file, LocatedYaml yaml, ObjectNode doc, String pointer, String key,
                                       String id) {
        JsonNode value = doc.get(key);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw problemAt(yaml, value == null ? pointer : pointer + "/" + key, file,
                    "the rule '" + id + "' needs a non-empty '" + key + "'");
        }
        return value.asText().strip();
    }

    private static <V> V bind(String file, LocatedYaml yaml, String pointer, JsonNode node, Class<V> type) {
        try {
            return Objects.requireNonNull(BINDER.treeToValue(node, type), "empty");
        } catch (JsonMappingException e) {
            String at = pointer + e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "/" + LocatedYaml.escape(ref.getFieldName())
                            : ref.getIndex() >= 0 ? "/" + ref.getIndex() : "")
                    .collect(Collectors.joining());
            String problem = describe(e);
            if (e instanceof ValueInstantiationException) {
                // a check inside a record's constructor: point at the value the message names, if one does
                at = mentionedValue(node.at(at.substring(pointer.length())), at, problem).orElse(at);
            }
            throw problemAt(yaml, at, file, problem);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw problemAt(yaml, pointer, file, String.valueOf(e.getMessage()));
        }
    }

    /** The pointer of the longest text value under {@code node} that the problem quotes. */
    private static Optional<String> mentionedValue(JsonNode node, String pointer, String problem) {
        if (node.isTextual()) {
            return node.asText().length() > 1 && problem.contains(node.asText()) ? Optional.of(pointer) : Optional.empty();
        }
        Optional<String> best = Optional.empty();
        int bestLength = 0;
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> child = it.next();
                Optional<String> found = mentionedValue(child.getValue(), pointer + "/" + LocatedYaml.escape(child.getKey()), problem);
                int length = found.map(f -> child.getValue().isTextual() ? child.getValue().asText().length() : 1).orElse(0);
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

    private static String describe(JsonMappingException e) {
        String key = e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                .filter(java.util.Objects::nonNull).reduce((first, second) -> second).orElse("");
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> known = unknown.getKnownPropertyIds() == null ? List.of()
                    : unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return "unknown key '" + unknown.getPropertyName() + "'" + (known.isEmpty() ? "" : " (known keys: " + String.join(", ", known) + ")");
        }
        Throwable cause = e.getCause();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PatternSyntaxException bad) {
                return notARegularExpression(bad);
            }
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() == java.util.regex.Pattern.class) {
            // Jackson drops the PatternSyntaxException; compiling again recovers what is wrong with the pattern
            String value = String.valueOf(invalid.getValue());
            try {
                java.util.regex.Pattern.compile(value);
            } catch (PatternSyntaxException bad) {
                return notARegularExpression(bad);
            }
            return "'" + value + "' is not a valid regular expression";
        }
        if (e instanceof ValueInstantiationException && cause != null) {
            return String.valueOf(cause.getMessage());
        }
        if (e instanceof InvalidFormatException invalid) {
            return "'" + key + "' cannot be " + invalid.getValue() + " (want " + simpleName(invalid.getTargetType()) + ")";
        }
        if (e instanceof MismatchedInputException mismatch) {
            return (key.isEmpty() ? "a value" : "'" + key + "'") + " has the wrong shape (want " + simpleName(mismatch.getTargetType()) + ")";
        }
        return e.getOriginalMessage().lines().findFirst().orElse("invalid value");
    }

    private static String notARegularExpression(PatternSyntaxException bad) {
        return "'" + bad.getPattern() + "' is not a valid regular expression: " + bad.getDescription();
    }

    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a mapping";
        }
        if (type == String.class || type == java.util.regex.Pattern.class) {
            return "text";
        }
        if (type.isRecord()) {
            return "a mapping";
        }
        return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private static RuleFileException problemAt(LocatedYaml yaml, String pointer, String file, String problem) {
        LocatedYaml.Location at = yaml.locate(pointer, file);
        return new RuleFileException(at.file(), at.line(), problem);
    }
}
