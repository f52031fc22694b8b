package dev.hireable.audit;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A repository's assessment as JSON and back, field by field: the stored format of {@link ResultCache}. Endpoint
 * probes are never stored (they are live), so a read assessment has none. Anything missing or malformed fails the
 * read with an {@link IllegalArgumentException}; the cache then ignores the entry.
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

    static RepoEvidence read(JsonNode node) {
        RepoAssessment assessment = new RepoAssessment(
                metadata(required(node, "metadata")),
                signals(required(node, "signals")),
                list(node, "findings", EvidenceJson::finding));
        List<AppliedIgnore> ignores = list(
                node,
                "ignores",
                ignore -> new AppliedIgnore(
                        text(ignore, "rule"),
                        text(ignore, "reason"),
                        text(ignore, "file"),
                        required(ignore, "suppressed").asInt()));
        return new RepoEvidence(assessment, ignores, Optional.empty());
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

    private static RepoMetadata metadata(JsonNode node) {
        Optional<Ownership> ownership = Optional.ofNullable(node.get("ownership"))
                .filter(JsonNode::isObject)
                .map(owner -> new Ownership(
                        text(owner, "owner"),
                        text(owner, "candidate"),
                        Optional.ofNullable(owner.get("contributed")).map(JsonNode::asBoolean)));
        return new RepoMetadata(
                text(node, "id"),
                Forge.gitHub(optional(node, "web_url")),
                optional(node, "commit"),
                optional(node, "homepage"),
                optional(node, "description"),
                list(node, "topics", JsonNode::asText),
                required(node, "fork").asBoolean(),
                required(node, "archived").asBoolean(),
                optional(node, "created_at").map(Instant::parse),
                optional(node, "pushed_at").map(Instant::parse),
                optional(node, "default_branch"),
                optional(node, "folder"),
                ownership);
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

    private static SignalSet signals(JsonNode node) {
        SignalSet.Builder builder = SignalSet.builder();
        for (JsonNode value : required(node, "values")) {
            builder.set(text(value, "id"), signalValue(value), list(value, "evidence", EvidenceJson::evidence));
        }
        list(node, "unknown", JsonNode::asText).forEach(builder::unknown);
        return builder.build();
    }

    private static SignalValue signalValue(JsonNode value) {
        if (value.has("flag")) {
            return SignalValue.Flag.of(value.get("flag").asBoolean());
        }
        if (value.has("names")) {
            return new SignalValue.Names(list(value, "names", JsonNode::asText));
        }
        if (value.has("text")) {
            return SignalValue.Text.of(optional(value, "text"));
        }
        throw new IllegalArgumentException("a signal value with no flag, names or text");
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

    private static Finding finding(JsonNode node) {
        return new Finding(
                text(node, "rule"),
                Outcome.fromId(text(node, "outcome")),
                text(node, "message"),
                list(node, "evidence", EvidenceJson::evidence),
                optional(node, "remediation"));
    }

    private static ObjectNode write(Evidence evidence) {
        return NODES.objectNode()
                .put("path", evidence.path().orElse(null))
                .put("line", evidence.line())
                .put("snippet", evidence.snippet().orElse(null))
                .put("url", evidence.url().orElse(null))
                .put("supporting", evidence.supporting());
    }

    private static Evidence evidence(JsonNode node) {
        return new Evidence(
                optional(node, "path"),
                required(node, "line").asInt(),
                optional(node, "snippet"),
                optional(node, "url"),
                required(node, "supporting").asBoolean());
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("no '" + field + "'");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' is not text");
        }
        return value.asText();
    }

    private static Optional<String> optional(JsonNode node, String field) {
        return Optional.ofNullable(node.get(field)).filter(JsonNode::isTextual).map(JsonNode::asText);
    }

    private static <T> List<T> list(JsonNode node, String field, Function<JsonNode, T> item) {
        JsonNode array = node.get(field);
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException("'" + field + "' is not a list");
        }
        List<T> items = new ArrayList<>();
        array.forEach(element -> items.add(item.apply(element)));
        return items;
    }
}
