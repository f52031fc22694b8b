package dev.hireable.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    @Override
    public ObjectNode toJson(AuditReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", SCHEMA_URI);
        root.put("schemaVersion", SCHEMA_VERSION);
        root.putObject("tool")
                .put("name", report.tool().name())
                .put("version", report.tool().version());
        root.put("generatedAt", report.generatedAt().toString());
        root.putObject("subject")
                .put("kind", report.subject().kind().id())
                .put("id", report.subject().id());
        ArrayNode repos = root.putArray("repos");
        List<SignalSpec> signalOrder = JsonSignalLayout.ordered(report.legend());
        report.repos().forEach(repo -> repos.add(repo(repo, signalOrder)));
        root.set("portfolio", portfolio(report.portfolio()));
        ArrayNode errors = root.putArray("errors");
        for (RepoError error : report.errors()) {
            errors.addObject().put("repo", error.repo()).put("message", error.message());
        }
        ArrayNode skipped = root.putArray("skipped");
        for (PortfolioSource.Skipped skip : report.skipped()) {
            skipped.addObject().put("repo", skip.repo()).put("reason", skip.reason());
        }
        return root;
    }

    /** One repository; {@code signalOrder}: the legend in the order the report writes signals. */
    private ObjectNode repo(ScoredRepo scored, List<SignalSpec> signalOrder) {
        RepoMetadata metadata = scored.assessment().metadata();
        ObjectNode repo = JSON.createObjectNode();
        repo.put("id", metadata.id());
        putOptional(repo, "url", metadata.pageUrl());
        putOptional(repo, "commit", metadata.commit());
        repo.set("signals", signals(scored.assessment().signals(), signalOrder));
        ArrayNode archetypes = repo.putArray("archetypes");
        scored.assessment().archetypes().forEach(a -> archetypes.add(a.id()));
        ObjectNode meets = repo.putObject("meetsStandard");
        SLOTS.forEach(slot -> meets.put(slot.id(), scored.meetsStandard().contains(slot)));
        repo.put("score", scored.score());
        ObjectNode fit = repo.putObject("fit");
        SLOTS.forEach(slot -> fit.put(slot.id(), scored.fit().getOrDefault(slot, 0)));
        repo.set("fitDetail", fitDetail(scored));
        putOptional(repo, "fills", scored.fills().map(Archetype::id));
        putOptional(repo, "closestSlot", scored.closest().map(Archetype::id));
        ArrayNode flags = repo.putArray("redFlags");
        scored.redFlags().forEach(flag -> flags.addObject().put("id", flag.id()).put("message", flag.message()));
        ArrayNode ignores = repo.putArray("ignores");
        for (AppliedIgnore ignore : scored.ignores()) {
            ignores.addObject()
                    .put("rule", ignore.rule())
                    .put("reason", ignore.reason())
                    .put("file", ignore.file())
                    .put("suppressed", ignore.suppressed());
        }
        repo.put("suppressedFindings", scored.suppressedFindings());
        ArrayNode checks = repo.putArray("endpointChecks");
        for (EndpointCheck check : scored.endpointChecks()) {
            ObjectNode item = checks.addObject().put("url", check.url()).put("answered", check.answered());
            check.status().ifPresentOrElse(status -> item.put("status", status), () -> item.putNull("status"));
            item.put("latencyMs", check.latencyMillis());
            putOptional(item, "recognised", check.recognised());
            item.put("summary", check.summary());
        }
        strings(repo.putArray("unknownSignals"), scored.assessment().signals().unknown());
        ArrayNode findings = repo.putArray("findings");
        scored.assessment().findings().forEach(f -> findings.add(finding(f)));
        if (metadata.archived()) {
            repo.put("archived", true);
        }
        if (metadata.fork()) {
            repo.put("fork", true);
        }
        metadata.ownership().filter(Ownership::foreign).ifPresent(owner -> {
            ObjectNode node =
                    repo.putObject("owner").put("login", owner.owner()).put("candidate", owner.candidate());
            owner.contributed().ifPresentOrElse(c -> node.put("contributed", c), () -> node.putNull("contributed"));
            node.put("fillsSlots", owner.candidatesWork());
        });
        return repo;
    }

    private ObjectNode fitDetail(ScoredRepo scored) {
        ObjectNode detail = JSON.createObjectNode();
        for (Archetype archetype : SLOTS) {
            SlotFit fit = scored.slotFits().get(archetype);
            if (fit == null) {
                continue;
            }
            ObjectNode node = detail.putObject(archetype.id());
            node.put("score", fit.score()).put("met", fit.met()).put("gated", fit.gated());
            strings(node.putArray("missing"), fit.missing());
            ArrayNode requirements = node.putArray("requirements");
            for (RequirementStatus status : fit.requirements()) {
                requirements
                        .addObject()
                        .put("id", status.id())
                        .put("label", status.label())
                        .put("tier", status.tier().id())
                        .put("met", status.met())
                        .put("required", status.required());
            }
        }
        return detail;
    }

    /** The signals, each at its place in the contract ({@link JsonSignalLayout}). */
    private ObjectNode signals(SignalSet found, List<SignalSpec> signalOrder) {
        ObjectNode signals = JSON.createObjectNode();
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

    private ObjectNode finding(Finding f) {
        ObjectNode finding = JSON.createObjectNode();
        finding.put("rule", f.rule());
        finding.put("outcome", f.outcome().id());
        finding.put("message", f.message());
        ArrayNode evidence = finding.putArray("evidence");
        for (Evidence e : f.evidence()) {
            ObjectNode item = evidence.addObject();
            e.path().ifPresent(p -> item.put("path", p));
            if (e.line() > 0) {
                item.put("line", e.line());
            }
            e.snippet().ifPresent(s -> item.put("snippet", s));
            e.url().ifPresent(u -> item.put("url", u));
            if (e.supporting()) {
                item.put("supporting", true);
            }
        }
        putOptional(finding, "remediation", f.remediation());
        return finding;
    }

    private ObjectNode portfolio(PortfolioAssessment p) {
        ObjectNode portfolio = JSON.createObjectNode();
        portfolio.put("standardMet", p.standardMet());
        portfolio.put("score", p.score());
        portfolio.put("verdict", p.verdict());
        ObjectNode slots = portfolio.putObject("slots");
        for (Archetype archetype : SLOTS) {
            SlotResult slot = p.slots().get(archetype);
            ObjectNode node = slots.putObject(archetype.id());
            putOptional(node, "repo", slot == null ? Optional.empty() : slot.repo());
            node.put("score", slot == null ? 0 : slot.score());
            node.put("met", slot != null && slot.met());
            strings(node.putArray("missing"), slot == null ? List.of() : slot.missing());
            strings(node.putArray("satisfied"), slot == null ? List.of() : slot.satisfied());
            if (slot != null) {
                node.put("title", slot.title());
                ArrayNode qualifiers = node.putArray("qualifiers");
                slot.qualifiers()
                        .forEach(q -> qualifiers
                                .addObject()
                                .put("repo", q.repo())
                                .put("fills", q.fills().id()));
                putOptional(node, "note", slot.note());
            }
        }
        ArrayNode steps = portfolio.putArray("nextSteps");
        for (NextStep step : p.nextSteps()) {
            ObjectNode item = steps.addObject()
                    .put("repo", step.repo())
                    .put("action", step.action())
                    .put("impact", step.impact())
                    .put("requirement", step.requirement())
                    .put("newProject", step.newProject())
                    .put("standardMetAfter", step.standardMetAfter());
            putOptional(item, "completes", step.completes().map(Archetype::id));
            putOptional(item, "note", step.note());
        }
        ArrayNode nearMisses = portfolio.putArray("nearMisses");
        for (NearMiss miss : p.nearMisses()) {
            ObjectNode item = nearMisses
                    .addObject()
                    .put("repo", miss.repo())
                    .put("slot", miss.slot().id());
            strings(item.putArray("missing"), miss.missing());
            item.put("message", miss.message());
        }
        ArrayNode redFlags = portfolio.putArray("redFlags");
        for (RedFlag flag : p.redFlags()) {
            redFlags.addObject().put("repo", flag.repo()).put("id", flag.id()).put("message", flag.message());
        }
        return portfolio;
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }

    private static void putOptional(ObjectNode node, String key, Optional<String> value) {
        if (value.isPresent()) {
            node.put(key, value.get());
        } else {
            node.putNull(key);
        }
    }
}
