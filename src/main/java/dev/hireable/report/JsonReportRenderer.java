package dev.hireable.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.hireable.audit.AuditReport;
import dev.hireable.audit.RepoError;
import dev.hireable.rules.Archetype;
import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.SignalSpec;
import dev.hireable.rules.SignalValue;
import dev.hireable.rules.ignores.AppliedIgnore;
import dev.hireable.snapshot.Ownership;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.source.PortfolioSource;
import dev.hireable.standard.EndpointCheck;
import dev.hireable.standard.NearMiss;
import dev.hireable.standard.NextStep;
import dev.hireable.standard.PortfolioAssessment;
import dev.hireable.standard.RedFlag;
import dev.hireable.standard.RequirementStatus;
import dev.hireable.standard.ScoredRepo;
import dev.hireable.standard.SlotFit;
import dev.hireable.standard.SlotResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The JSON report of docs/json-report.md (schema: schema/report.schema.json), schemaVersion 1. Fields are only ever
 * added, never renamed.
 */
public final class JsonReportRenderer extends JsonTreeRenderer {

    public static final int SCHEMA_VERSION = 1;
    /** Where the report's JSON Schema is published, named in every report as {@code $schema}. */
    public static final String SCHEMA_URI = "https://hireable.dev/schema/report-1.schema.json";

    private static final List<Archetype> SLOTS = Archetype.SLOTS;

    /** The document as a tree, for the callers that read it (an action's summary, a batch index): as written. */
    @Override
    public ObjectNode toJson(AuditReport report) {
        try (TokenBuffer buffer = new TokenBuffer(Trees.JSON, false)) {
            write(report, buffer);
            return Trees.JSON.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException("the report could not be put in a tree", e);
        }
    }

    /**
     * Writes the document as it goes, without building it first: the report of 100 repositories is 2.3 MB of JSON,
     * and its tree took as long to build as to write.
     */
    @Override
    protected void write(AuditReport report, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA_URI);
        g.writeNumberField("schemaVersion", SCHEMA_VERSION);
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", report.tool().name());
        g.writeStringField("version", report.tool().version());
        g.writeEndObject();
        g.writeStringField("generatedAt", report.generatedAt().toString());
        g.writeObjectFieldStart("subject");
        g.writeStringField("kind", report.subject().kind().id());
        g.writeStringField("id", report.subject().id());
        g.writeEndObject();
        g.writeArrayFieldStart("repos");
        List<SignalSpec> signalOrder = JsonSignalLayout.ordered(report.legend());
        for (ScoredRepo repo : report.repos()) {
            repo(g, repo, signalOrder);
        }
        g.writeEndArray();
        g.writeFieldName("portfolio");
        portfolio(g, report.portfolio());
        g.writeArrayFieldStart("errors");
        for (RepoError error : report.errors()) {
            g.writeStartObject();
            g.writeStringField("repo", error.repo());
            g.writeStringField("message", error.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("skipped");
        for (PortfolioSource.Skipped skip : report.skipped()) {
            g.writeStartObject();
            g.writeStringField("repo", skip.repo());
            g.writeStringField("reason", skip.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** One repository; {@code signalOrder}: the legend in the order the report writes signals. */
    private void repo(JsonGenerator g, ScoredRepo scored, List<SignalSpec> signalOrder) throws IOException {
        RepoMetadata metadata = scored.assessment().metadata();
        g.writeStartObject();
        g.writeStringField("id", metadata.id());
        optional(g, "url", metadata.pageUrl());
        optional(g, "commit", metadata.commit());
        g.writeFieldName("signals");
        writeNode(g, signals(scored.assessment().signals(), signalOrder));
        g.writeArrayFieldStart("archetypes");
        for (Archetype archetype : scored.assessment().archetypes()) {
            g.writeString(archetype.id());
        }
        g.writeEndArray();
        g.writeObjectFieldStart("meetsStandard");
        for (Archetype slot : SLOTS) {
            g.writeBooleanField(slot.id(), scored.meetsStandard().contains(slot));
        }
        g.writeEndObject();
        g.writeNumberField("score", scored.score());
        g.writeObjectFieldStart("fit");
        for (Archetype slot : SLOTS) {
            g.writeNumberField(slot.id(), scored.fit().getOrDefault(slot, 0));
        }
        g.writeEndObject();
        g.writeFieldName("fitDetail");
        fitDetail(g, scored);
        optional(g, "fills", scored.fills().map(Archetype::id));
        optional(g, "closestSlot", scored.closest().map(Archetype::id));
        g.writeArrayFieldStart("redFlags");
        for (RedFlag flag : scored.redFlags()) {
            g.writeStartObject();
            g.writeStringField("id", flag.id());
            g.writeStringField("message", flag.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("ignores");
        for (AppliedIgnore ignore : scored.ignores()) {
            g.writeStartObject();
            g.writeStringField("rule", ignore.rule());
            g.writeStringField("reason", ignore.reason());
            g.writeStringField("file", ignore.file());
            g.writeNumberField("suppressed", ignore.suppressed());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("suppressedFindings", scored.suppressedFindings());
        g.writeArrayFieldStart("endpointChecks");
        for (EndpointCheck check : scored.endpointChecks()) {
            g.writeStartObject();
            g.writeStringField("url", check.url());
            g.writeBooleanField("answered", check.answered());
            if (check.status().isPresent()) {
                g.writeNumberField("status", check.status().get());
            } else {
                g.writeNullField("status");
            }
            g.writeNumberField("latencyMs", check.latencyMillis());
            optional(g, "recognised", check.recognised());
            g.writeStringField("summary", check.summary());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "unknownSignals", scored.assessment().signals().unknown());
        g.writeArrayFieldStart("findings");
        for (Finding finding : scored.assessment().findings()) {
            finding(g, finding);
        }
        g.writeEndArray();
        if (metadata.archived()) {
            g.writeBooleanField("archived", true);
        }
        if (metadata.fork()) {
            g.writeBooleanField("fork", true);
        }
        Optional<Ownership> foreign = metadata.ownership().filter(Ownership::foreign);
        if (foreign.isPresent()) {
            Ownership owner = foreign.get();
            g.writeObjectFieldStart("owner");
            g.writeStringField("login", owner.owner());
            g.writeStringField("candidate", owner.candidate());
            if (owner.contributed().isPresent()) {
                g.writeBooleanField("contributed", owner.contributed().get());
            } else {
                g.writeNullField("contributed");
            }
            g.writeBooleanField("fillsSlots", owner.candidatesWork());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void fitDetail(JsonGenerator g, ScoredRepo scored) throws IOException {
        g.writeStartObject();
        for (Archetype archetype : SLOTS) {
            SlotFit fit = scored.slotFits().get(archetype);
            if (fit == null) {
                continue;
            }
            g.writeObjectFieldStart(archetype.id());
            g.writeNumberField("score", fit.score());
            g.writeBooleanField("met", fit.met());
            g.writeBooleanField("gated", fit.gated());
            strings(g, "missing", fit.missing());
            g.writeArrayFieldStart("requirements");
            for (RequirementStatus status : fit.requirements()) {
                g.writeStartObject();
                g.writeStringField("id", status.id());
                g.writeStringField("label", status.label());
                g.writeStringField("tier", status.tier().id());
                g.writeBooleanField("met", status.met());
                g.writeBooleanField("required", status.required());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** The signals, each at its place in the contract ({@link JsonSignalLayout}). */
    private ObjectNode signals(SignalSet found, List<SignalSpec> signalOrder) {
        ObjectNode signals = NODES.objectNode();
        for (SignalSpec spec : signalOrder) {
            Optional<List<String>> path = JsonSignalLayout.path(spec.id());
            if (path.isEmpty()) {
                continue;
            }
            ObjectNode parent = signals;
            for (String key : path.get().subList(0, path.get().size() - 1)) {
                parent = parent.has(key) ? (ObjectNode) parent.get(key) : parent.putObject(key);
            }
            String key = path.get().get(path.get().size() - 1);
            SignalValue value = found.value(spec.id()).orElse(spec.type().absent());
            if (value instanceof SignalValue.Flag flag) {
                parent.put(key, flag.value());
            } else if (value instanceof SignalValue.Names names) {
                strings(parent.putArray(key), names.values());
            } else if (value instanceof SignalValue.Text text) {
                putOptional(parent, key, text.value());
            }
        }
        return signals;
    }

    private static void finding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.rule());
        g.writeStringField("outcome", f.outcome().id());
        g.writeStringField("message", f.message());
        g.writeArrayFieldStart("evidence");
        for (Evidence e : f.evidence()) {
            g.writeStartObject();
            if (e.path().isPresent()) {
                g.writeStringField("path", e.path().get());
            }
            if (e.line() > 0) {
                g.writeNumberField("line", e.line());
            }
            if (e.snippet().isPresent()) {
                g.writeStringField("snippet", e.snippet().get());
            }
            if (e.url().isPresent()) {
                g.writeStringField("url", e.url().get());
            }
            if (e.supporting()) {
                g.writeBooleanField("supporting", true);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        optional(g, "remediation", f.remediation());
        g.writeEndObject();
    }

    private static void portfolio(JsonGenerator g, PortfolioAssessment p) throws IOException {
        g.writeStartObject();
        g.writeNumberField("standardMet", p.standardMet());
        g.writeNumberField("score", p.score());
        g.writeStringField("verdict", p.verdict());
        g.writeObjectFieldStart("slots");
        for (Archetype archetype : SLOTS) {
            SlotResult slot = p.slots().get(archetype);
            g.writeObjectFieldStart(archetype.id());
            optional(g, "repo", slot == null ? Optional.empty() : slot.repo());
            g.writeNumberField("score", slot == null ? 0 : slot.score());
            g.writeBooleanField("met", slot != null && slot.met());
            strings(g, "missing", slot == null ? List.of() : slot.missing());
            strings(g, "satisfied", slot == null ? List.of() : slot.satisfied());
            if (slot != null) {
                g.writeStringField("title", slot.title());
                g.writeArrayFieldStart("qualifiers");
                for (SlotResult.Qualifier qualifier : slot.qualifiers()) {
                    g.writeStartObject();
                    g.writeStringField("repo", qualifier.repo());
                    g.writeStringField("fills", qualifier.fills().id());
                    g.writeEndObject();
                }
                g.writeEndArray();
                optional(g, "note", slot.note());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeArrayFieldStart("nextSteps");
        for (NextStep step : p.nextSteps()) {
            g.writeStartObject();
            g.writeStringField("repo", step.repo());
            g.writeStringField("action", step.action());
            g.writeNumberField("impact", step.impact());
            g.writeStringField("requirement", step.requirement());
            g.writeBooleanField("newProject", step.newProject());
            g.writeNumberField("standardMetAfter", step.standardMetAfter());
            optional(g, "completes", step.completes().map(Archetype::id));
            optional(g, "note", step.note());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("nearMisses");
        for (NearMiss miss : p.nearMisses()) {
            g.writeStartObject();
            g.writeStringField("repo", miss.repo());
            g.writeStringField("slot", miss.slot().id());
            strings(g, "missing", miss.missing());
            g.writeStringField("message", miss.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("redFlags");
        for (RedFlag flag : p.redFlags()) {
            g.writeStartObject();
            g.writeStringField("repo", flag.repo());
            g.writeStringField("id", flag.id());
            g.writeStringField("message", flag.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, Collection<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }

    private static void optional(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        } else {
            g.writeNullField(field);
        }
    }

    private static void putOptional(ObjectNode node, String key, Optional<String> value) {
        if (value.isPresent()) {
            node.put(key, value.get());
        } else {
            node.putNull(key);
        }
    }
}
