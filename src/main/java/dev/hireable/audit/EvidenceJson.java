package dev.hireable.audit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.SignalValue;
import dev.hireable.rules.ignores.AppliedIgnore;
import dev.hireable.snapshot.Forge;
import dev.hireable.snapshot.Ownership;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.standard.RepoEvidence;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A repository's assessment as JSON and back, field by field: the stored format of {@link ResultCache}. Endpoint
 * probes are never stored (they are live), so a read assessment has none. Written as a tree; read straight from the
 * parser's tokens into the records, as a warm re-audit reads every stored assessment before it can report (a tree
 * first cost twice the time). Anything missing or malformed (a wrong type included) fails the read with an
 * {@link IllegalArgumentException}; the cache then ignores the entry.
 */
final class EvidenceJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EvidenceJson() {}

    static ObjectNode write(RepoEvidence evidence) {
        ObjectNode node = NODES.objectNode();
        RepoAssessment assessment = evidence.assessment();
        node.set("metadata", write(assessment.metadata()));
        node.set("signals", write(assessment.signals()));
        ArrayNode findings = node.putArray("findings");
        assessment.findings().forEach(finding -> findings.add(write(finding)));
        ArrayNode ignores = node.putArray("ignores");
        evidence.ignores()
                .forEach(ignore -> ignores.addObject()
                        .put("rule", ignore.rule())
                        .put("reason", ignore.reason())
                        .put("file", ignore.file())
                        .put("suppressed", ignore.suppressed()));
        return node;
    }

    /**
     * Reads what {@link #write(RepoEvidence)} wrote, field by field as the parser meets them (in any order, unknown
     * fields skipped), from a parser at the object's start; leaves it at the object's end.
     */
    static RepoEvidence read(JsonParser in) throws IOException {
        RepoMetadata metadata = null;
        SignalSet signals = null;
        List<Finding> findings = List.of();
        List<AppliedIgnore> ignores = List.of();
        startObject(in, "evidence");
        while (nextField(in)) {
            switch (in.currentName()) {
                case "metadata" -> metadata = metadata(in);
                case "signals" -> signals = signals(in);
                case "findings" -> findings = list(in, EvidenceJson::finding);
                case "ignores" -> ignores = list(in, EvidenceJson::ignore);
                default -> in.skipChildren();
            }
        }
        RepoAssessment assessment =
                new RepoAssessment(required(metadata, "metadata"), required(signals, "signals"), findings);
        return new RepoEvidence(assessment, ignores, Optional.empty());
    }

    /** The assessments of a stored entry: a list of what {@link #read(JsonParser)} reads. */
    static List<RepoEvidence> readAll(JsonParser in) throws IOException {
        return list(in, EvidenceJson::read);
    }

    static ObjectNode write(RepoMetadata metadata) {
        ObjectNode node = NODES.objectNode().put("id", metadata.id());
        node.put("web_url", metadata.forge().webUrl().orElse(null));
        node.put("commit", metadata.commit().orElse(null));
        node.put("homepage", metadata.homepage().orElse(null));
        node.put("description", metadata.description().orElse(null));
        ArrayNode topics = node.putArray("topics");
        metadata.topics().forEach(topics::add);
        node.put("fork", metadata.fork()).put("archived", metadata.archived());
        node.put("created_at", metadata.createdAt().map(Instant::toString).orElse(null));
        node.put("pushed_at", metadata.pushedAt().map(Instant::toString).orElse(null));
        node.put("default_branch", metadata.defaultBranch().orElse(null));
        node.put("folder", metadata.folder().orElse(null));
        metadata.ownership().ifPresent(ownership -> {
            ObjectNode owner =
                    node.putObject("ownership").put("owner", ownership.owner()).put("candidate", ownership.candidate());
            ownership.contributed().ifPresent(contributed -> owner.put("contributed", contributed));
        });
        return node;
    }

    private static RepoMetadata metadata(JsonParser in) throws IOException {
        String id = null;
        Optional<String> webUrl = Optional.empty();
        Optional<String> commit = Optional.empty();
        Optional<String> homepage = Optional.empty();
        Optional<String> description = Optional.empty();
        List<String> topics = List.of();
        Boolean fork = null;
        Boolean archived = null;
        Optional<String> createdAt = Optional.empty();
        Optional<String> pushedAt = Optional.empty();
        Optional<String> defaultBranch = Optional.empty();
        Optional<String> folder = Optional.empty();
        Optional<Ownership> ownership = Optional.empty();
        startObject(in, "metadata");
        while (nextField(in)) {
            switch (in.currentName()) {
                case "id" -> id = text(in);
                case "web_url" -> webUrl = optional(in);
                case "commit" -> commit = optional(in);
                case "homepage" -> homepage = optional(in);
                case "description" -> description = optional(in);
                case "topics" -> topics = list(in, EvidenceJson::text);
                case "fork" -> fork = flag(in);
                case "archived" -> archived = flag(in);
                case "created_at" -> createdAt = optional(in);
                case "pushed_at" -> pushedAt = optional(in);
                case "default_branch" -> defaultBranch = optional(in);
                case "folder" -> folder = optional(in);
                case "ownership" ->
                    ownership =
                            in.currentToken() == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(ownership(in));
                default -> in.skipChildren();
            }
        }
        return new RepoMetadata(
                required(id, "id"),
                Forge.gitHub(webUrl),
                commit,
                homepage,
                description,
                topics,
                required(fork, "fork"),
                required(archived, "archived"),
                createdAt.map(Instant::parse),
                pushedAt.map(Instant::parse),
                defaultBranch,
                folder,
                ownership);
    }

    private static Ownership ownership(JsonParser in) throws IOException {
        String owner = null;
        String candidate = null;
        Optional<Boolean> contributed = Optional.empty();
        startObject(in, "ownership");
        while (nextField(in)) {
            switch (in.currentName()) {
                case "owner" -> owner = text(in);
                case "candidate" -> candidate = text(in);
                case "contributed" -> contributed = Optional.of(flag(in));
                default -> in.skipChildren();
            }
        }
        return new Ownership(required(owner, "owner"), required(candidate, "candidate"), contributed);
    }

    private static ObjectNode write(SignalSet signals) {
        ObjectNode node = NODES.objectNode();
        ArrayNode values = node.putArray("values");
        for (String id : signals.ids()) {
            ObjectNode value = values.addObject().put("id", id);
            SignalValue held = signals.value(id).orElseThrow();
            if (held instanceof SignalValue.Flag flag) {
                value.put("flag", flag.value());
            } else if (held instanceof SignalValue.Names names) {
                names.values().forEach(value.putArray("names")::add);
            } else if (held instanceof SignalValue.Text text) {
                value.put("text", text.value().orElse(null));
            }
            ArrayNode shownBy = NODES.arrayNode();
            signals.evidence(id).forEach(evidence -> shownBy.add(write(evidence)));
            if (!shownBy.isEmpty()) {
                value.set("evidence", shownBy);
            }
        }
        ArrayNode unknown = node.putArray("unknown");
        signals.unknown().forEach(unknown::add);
        return node;
    }

    private static SignalSet signals(JsonParser in) throws IOException {
        SignalSet.Builder builder = SignalSet.builder();
        boolean values = false;
        startObject(in, "signals");
        while (nextField(in)) {
            switch (in.currentName()) {
                case "values" -> {
                    if (in.currentToken() != JsonToken.START_ARRAY) {
                        throw new IllegalArgumentException("'values' is not a list");
                    }
                    while (in.nextToken() != JsonToken.END_ARRAY) {
                        signalValue(in, builder);
                    }
                    values = true;
                }
                case "unknown" -> list(in, EvidenceJson::text).forEach(builder::unknown);
                default -> in.skipChildren();
            }
        }
        if (!values) {
            throw new IllegalArgumentException("no 'values'");
        }
        return builder.build();
    }

    /** One signal's value: a flag, else names, else a text, whatever order they come in. */
    private static void signalValue(JsonParser in, SignalSet.Builder builder) throws IOException {
        String id = null;
        Optional<Boolean> flag = Optional.empty();
        Optional<List<String>> names = Optional.empty();
        Optional<Optional<String>> text = Optional.empty();
        List<Evidence> shownBy = List.of();
        startObject(in, "value");
        while (nextField(in)) {
            switch (in.currentName()) {
                case "id" -> id = text(in);
                case "flag" -> flag = Optional.of(flag(in));
                case "names" -> names = Optional.of(list(in, EvidenceJson::text));
                case "text" -> text = Optional.of(optional(in));
                case "evidence" -> shownBy = list(in, EvidenceJson::evidence);
                default -> in.skipChildren();
            }
        }
        SignalValue value;
        if (flag.isPresent()) {
            value = SignalValue.Flag.of(flag.get());
        } else if (names.isPresent()) {
            value = new SignalValue.Names(names.get());
        } else if (text.isPresent()) {
            value = SignalValue.Text.of(text.get());
        } else {
            throw new IllegalArgumentException("a signal value with no flag, names or text");
        }
        builder.set(required(id, "id"), value, shownBy);
    }

    private static ObjectNode write(Finding finding) {
        ObjectNode node = NODES.objectNode()
                .put("rule", finding.rule())
                .put("outcome", finding.outcome().id())
                .put("message", finding.message())
                .put("remediation", finding.remediation().orElse(null));
        ArrayNode evidence = node.putArray("evidence");
        finding.evidence().forEach(e -> evidence.add(write(e)));
        return node;
    }

    private static Finding finding(JsonParser in) throws IOException {
        String rule = null;
        String outcome = null;
        String message = null;
        List<Evidence> evidence = List.of();
        Optional<String> remediation = Optional.empty();
        startObject(in, "finding");
        while (nextField(in)) {
            switch (in.currentName()) {
                case "rule" -> rule = text(in);
                case "outcome" -> outcome = text(in);
                case "message" -> message = text(in);
                case "evidence" -> evidence = list(in, EvidenceJson::evidence);
                case "remediation" -> remediation = optional(in);
                default -> in.skipChildren();
            }
        }
        return new Finding(
                required(rule, "rule"),
                Outcome.fromId(required(outcome, "outcome")),
                required(message, "message"),
                evidence,
                remediation);
    }

    private static AppliedIgnore ignore(JsonParser in) throws IOException {
        String rule = null;
        String reason = null;
        String file = null;
        Integer suppressed = null;
        startObject(in, "ignore");
        while (nextField(in)) {
            switch (in.currentName()) {
                case "rule" -> rule = text(in);
                case "reason" -> reason = text(in);
                case "file" -> file = text(in);
                case "suppressed" -> suppressed = number(in);
                default -> in.skipChildren();
            }
        }
        return new AppliedIgnore(
                required(rule, "rule"),
                required(reason, "reason"),
                required(file, "file"),
                required(suppressed, "suppressed"));
    }

    private static ObjectNode write(Evidence evidence) {
        return NODES.objectNode()
                .put("path", evidence.path().orElse(null))
                .put("line", evidence.line())
                .put("snippet", evidence.snippet().orElse(null))
                .put("url", evidence.url().orElse(null))
                .put("supporting", evidence.supporting());
    }

    private static Evidence evidence(JsonParser in) throws IOException {
        Optional<String> path = Optional.empty();
        Integer line = null;
        Optional<String> snippet = Optional.empty();
        Optional<String> url = Optional.empty();
        Boolean supporting = null;
        startObject(in, "evidence");
        while (nextField(in)) {
            switch (in.currentName()) {
                case "path" -> path = optional(in);
                case "line" -> line = number(in);
                case "snippet" -> snippet = optional(in);
                case "url" -> url = optional(in);
                case "supporting" -> supporting = flag(in);
                default -> in.skipChildren();
            }
        }
        return new Evidence(path, required(line, "line"), snippet, url, required(supporting, "supporting"));
    }

    /** A value that must be there: absent, or written as null, it fails the read. */
    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("no '" + field + "'");
        }
        return value;
    }

    private static void startObject(JsonParser in, String what) {
        if (in.currentToken() != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("a " + what + " that is not an object");
        }
    }

    /** Moves to the next field's value; false at the end of the object. */
    private static boolean nextField(JsonParser in) throws IOException {
        JsonToken token = in.nextToken();
        if (token == JsonToken.END_OBJECT) {
            return false;
        }
        if (token != JsonToken.FIELD_NAME) {
            throw new IllegalArgumentException("a malformed object");
        }
        in.nextToken();
        return true;
    }

    /** A text, or null for null (which {@link #required} then refuses); anything else fails the read. */
    private static String text(JsonParser in) throws IOException {
        return switch (in.currentToken()) {
            case VALUE_STRING -> in.getText();
            case VALUE_NULL -> null;
            default -> throw new IllegalArgumentException("'" + in.currentName() + "' is not text");
        };
    }

    /** A text if there is one; null or any other value is none. */
    private static Optional<String> optional(JsonParser in) throws IOException {
        if (in.currentToken() == JsonToken.VALUE_STRING) {
            return Optional.of(in.getText());
        }
        in.skipChildren();
        return Optional.empty();
    }

    private static Boolean flag(JsonParser in) throws IOException {
        return switch (in.currentToken()) {
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            case VALUE_NULL -> null;
            default -> throw new IllegalArgumentException("'" + in.currentName() + "' is not true or false");
        };
    }

    private static Integer number(JsonParser in) throws IOException {
        return switch (in.currentToken()) {
            case VALUE_NUMBER_INT -> in.getIntValue();
            case VALUE_NULL -> null;
            default -> throw new IllegalArgumentException("'" + in.currentName() + "' is not a whole number");
        };
    }

    /** Reads one item from a parser at its first token. */
    @FunctionalInterface
    private interface Item<T> {
        T read(JsonParser in) throws IOException;
    }

    /** A list (null is an empty one) of items, each read by {@code item}; leaves the parser at the list's end. */
    private static <T> List<T> list(JsonParser in, Item<T> item) throws IOException {
        if (in.currentToken() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        String field = in.currentName();
        if (in.currentToken() != JsonToken.START_ARRAY) {
            throw new IllegalArgumentException("'" + field + "' is not a list");
        }
        List<T> items = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            T read = item.read(in);
            if (read == null) {
                throw new IllegalArgumentException("a null in '" + field + "'");
            }
            items.add(read);
        }
        return items;
    }
}
