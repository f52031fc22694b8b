package dev.hireable.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hireable.audit.AuditReport;
import dev.hireable.audit.RepoError;
import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RuleDoc;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.standard.ScoredRepo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * SARIF 2.1.0 for code-scanning tools. Every documented rule is a reporting descriptor whose help is the rule's
 * why and fix from rules/*.yaml; every failed or undecided finding is a result with a stable rule id and a partial
 * fingerprint that survives line moves. A finding about a whole repository points at its README (or the
 * repository root) and says so. Passing and not-applicable findings are left out: code scanning lists problems.
 */
public final class SarifReportRenderer extends JsonTreeRenderer {

    /** The signal naming the README, where repository-level findings point. */
    private static final String README = "readme.path";

    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The key of the partial fingerprint; its version changes only if what is hashed changes. */
    public static final String FINGERPRINT = "hireableFinding/v1";

    static final String REPOSITORY_LEVEL =
            "The finding is about the repository as a whole; this location stands for it.";
    private static final String SINGLE_REPOSITORY_BASE = "%SRCROOT%";

    private final RuleCatalog catalog;

    public SarifReportRenderer(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public ObjectNode toJson(AuditReport report) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        Map<String, Integer> ruleIndex = driver(report, run.putObject("tool").putObject("driver"));
        run.putObject("automationDetails")
                .put(
                        "id",
                        "hireable/" + report.subject().kind().id() + "/"
                                + report.subject().id() + "/");
        Map<String, String> baseIds = baseIds(report, run);
        invocation(report, run.putArray("invocations").addObject());
        ArrayNode results = run.putArray("results");
        for (ScoredRepo repo : report.repos()) {
            for (Finding finding : repo.assessment().findings()) {
                if (finding.is(Outcome.FAIL) || finding.is(Outcome.UNKNOWN)) {
                    results.add(result(repo, finding, ruleIndex, baseIds.get(repo.id())));
                }
            }
        }
        ObjectNode properties = run.putObject("properties");
        properties.put("standardMet", report.portfolio().standardMet());
        properties.put("score", report.portfolio().score());
        properties.put("verdict", report.portfolio().verdict());
        ArrayNode slots = properties.putArray("slots");
        report.portfolio().slotsInOrder().forEach(slot -> {
            ObjectNode node = slots.addObject()
                    .put("slot", slot.slot().id())
                    .put("title", slot.title())
                    .put("met", slot.met())
                    .put("score", slot.score());
            slot.repo().ifPresentOrElse(repo -> node.put("repo", repo), () -> node.putNull("repo"));
        });
        ArrayNode steps = properties.putArray("nextSteps");
        report.portfolio()
                .nextSteps()
                .forEach(step -> steps.addObject()
                        .put("repo", step.repo())
                        .put("action", step.action())
                        .put("impact", step.impact()));
        ArrayNode flags = properties.putArray("redFlags");
        report.portfolio()
                .redFlags()
                .forEach(flag -> flags.addObject()
                        .put("repo", flag.repo())
                        .put("id", flag.id())
                        .put("message", flag.message()));
        return root;
    }

    private Map<String, Integer> driver(AuditReport report, ObjectNode driver) {
        driver.put("name", report.tool().name());
        driver.put("version", report.tool().version());
        driver.put(
                "semanticVersion",
                report.tool().version().matches("\\d+\\.\\d+\\.\\d+.*")
                        ? report.tool().version()
                        : "0.0.0-dev");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (RuleDoc doc : catalog.docs()) {
            index.put(doc.id(), rules.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", doc.id());
            rule.put("name", ruleName(doc.id()));
            rule.putObject("shortDescription").put("text", doc.title());
            rule.putObject("fullDescription").put("text", doc.why());
            rule.putObject("help")
                    .put("text", doc.why() + "\n\nHow to fix: " + doc.fix())
                    .put("markdown", "**Why it matters.** " + doc.why() + "\n\n**How to fix.** " + doc.fix());
            rule.putObject("defaultConfiguration").put("level", "warning");
            rule.putObject("properties")
                    .putArray("tags")
                    .add("ml-portfolio")
                    .add(doc.id().substring(0, doc.id().indexOf('.')));
        }
        return index;
    }

    /** One uriBaseId per repository (%SRCROOT% when there is only one), resolving to its files at the audited commit. */
    private static Map<String, String> baseIds(AuditReport report, ObjectNode run) {
        Map<String, String> ids = new HashMap<>();
        if (report.repos().isEmpty()) {
            return ids;
        }
        ObjectNode bases = run.putObject("originalUriBaseIds");
        for (int i = 0; i < report.repos().size(); i++) {
            RepoMetadata metadata = report.repos().get(i).assessment().metadata();
            String id = report.repos().size() == 1 ? SINGLE_REPOSITORY_BASE : "REPO" + (i + 1);
            ids.put(metadata.id(), id);
            ObjectNode base = bases.putObject(id);
            metadata.fileUrl("", 0)
                    .flatMap(SafeUrl::http)
                    .ifPresent(url -> base.put("uri", url.endsWith("/") ? url : url + "/"));
            base.putObject("description").put("text", metadata.id());
        }
        return ids;
    }

    private static void invocation(AuditReport report, ObjectNode invocation) {
        invocation.put("executionSuccessful", true);
        invocation.put("endTimeUtc", report.generatedAt().toString());
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (RepoError error : report.errors()) {
            notifications
                    .addObject()
                    .put("level", "error")
                    .putObject("message")
                    .put("text", error.repo() + ": " + error.message());
        }
        report.skipped()
                .forEach(skip -> notifications
                        .addObject()
                        .put("level", "note")
                        .putObject("message")
                        .put("text", skip.repo() + " was skipped: " + skip.reason()));
    }

    private static ObjectNode result(ScoredRepo repo, Finding finding, Map<String, Integer> ruleIndex, String baseId) {
        ObjectNode result = NODES.objectNode();
        result.put("ruleId", finding.rule());
        Optional.ofNullable(ruleIndex.get(finding.rule())).ifPresent(i -> result.put("ruleIndex", i));
        if (finding.is(Outcome.FAIL)) {
            result.put("kind", "fail").put("level", "warning");
        } else {
            result.put("kind", "review").put("level", "note");
        }
        String text =
                finding.message() + finding.remediation().map(fix -> " " + fix).orElse("");
        result.putObject("message").put("text", text);
        Optional<Evidence> fileEvidence = finding.evidence().stream()
                .filter(e -> e.path().isPresent() && !".".equals(e.path().get()))
                .findFirst();
        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        if (fileEvidence.isPresent()) {
            artifact.put("uri", uri(fileEvidence.get().path().get()));
            if (fileEvidence.get().line() > 0) {
                ObjectNode region = physical.putObject("region")
                        .put("startLine", fileEvidence.get().line());
                fileEvidence
                        .get()
                        .snippet()
                        .ifPresent(s -> region.putObject("snippet").put("text", s));
            }
        } else {
            artifact.put(
                    "uri",
                    repo.assessment()
                            .signals()
                            .text(README)
                            .map(SarifReportRenderer::uri)
                            .orElse("."));
            artifact.putObject("description").put("text", REPOSITORY_LEVEL);
        }
        artifact.put("uriBaseId", baseId);
        String path = fileEvidence.flatMap(Evidence::path).orElse(".");
        result.putObject("partialFingerprints").put(FINGERPRINT, fingerprint(repo.id(), finding.rule(), path));
        ObjectNode properties = result.putObject("properties");
        properties.put("repository", repo.id());
        properties.put("outcome", finding.outcome().id());
        finding.evidence().stream()
                .flatMap(e -> e.url().stream())
                .findFirst()
                .flatMap(SafeUrl::http)
                .ifPresent(url -> properties.put("evidenceUrl", url));
        return result;
    }

    /** A repository path as a relative URI reference: each segment percent-encoded. */
    static String uri(String path) {
        return dev.hireable.snapshot.UrlPaths.encode(path.startsWith("/") ? path.substring(1) : path);
    }

    /** Stable across runs and line moves: the repository, the rule and the file, never the line or the message. */
    static String fingerprint(String repo, String rule, String path) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((repo + "\u0000" + rule + "\u0000" + path).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A PascalCase name from the rule id, as SARIF viewers show it: {@code readme.results} → {@code ReadmeResults}. */
    private static String ruleName(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("[._-]")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }
}
