package dev.hireable.report.compare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hireable.report.JsonReportRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a comparison needs of one JSON report (docs/json-report.md, schemaVersion 1): the verdict, the slots, and per
 * repository its score, the slot it fills and each rule's outcome. Read from the JSON, not from an audit, so a
 * report kept from an earlier run (an artifact, the base branch's) compares with today's.
 */
public record ReportSummary(
        String subject, String generatedAt, int standardMet, int score, List<Slot> slots, Map<String, Repo> repos) {

    public ReportSummary {
        slots = List.copyOf(slots);
        repos = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(repos));
    }

    /** A slot of the standard: the repository that fills it, if any, whether it is met, and its fit. */
    public record Slot(String id, String title, Optional<String> repo, boolean met, int score) {}

    /** A repository: its score, the slot it fills, and its findings by rule id. */
    public record Repo(String id, int score, Optional<String> fills, Map<String, Check> checks) {

        public Repo {
            checks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(checks));
        }
    }

    /** One rule's finding: its outcome id (pass, fail, unknown, not_applicable) and its message. */
    public record Check(String rule, String outcome, String message) {

        public boolean fails() {
            return "fail".equals(outcome);
        }
    }

    /**
     * The summary of a parsed JSON report.
     *
     * @param name how the report is named in a message, e.g. its file name
     * @throws NotAReportException when the JSON is not a hireable report of the schema version this build reads
     */
    public static ReportSummary of(JsonNode root, String name) {
        if (!root.isObject()
                || !root.has("schemaVersion")
                || !root.path("portfolio").isObject()
                || !root.path("repos").isArray()) {
            throw new NotAReportException(name + " is not a hireable JSON report (write one with --format json)");
        }
        int version = root.path("schemaVersion").asInt(-1);
        if (version != JsonReportRenderer.SCHEMA_VERSION) {
            throw new NotAReportException(name + " is a hireable report of schemaVersion "
                    + root.path("schemaVersion").asText()
                    + "; this hireable reads schemaVersion " + JsonReportRenderer.SCHEMA_VERSION
                    + " (audit again with this version to compare)");
        }
        JsonNode portfolio = root.path("portfolio");
        List<Slot> slots = new ArrayList<>();
        portfolio
                .path("slots")
                .properties()
                .forEach(slot -> slots.add(new Slot(
                        slot.getKey(),
                        slot.getValue().path("title").asText(slot.getKey()),
                        text(slot.getValue().path("repo")),
                        slot.getValue().path("met").asBoolean(),
                        slot.getValue().path("score").asInt())));
        Map<String, Repo> repos = new LinkedHashMap<>();
        for (JsonNode repo : root.path("repos")) {
            Map<String, Check> checks = new LinkedHashMap<>();
            for (JsonNode finding : repo.path("findings")) {
                Check check = new Check(
                        finding.path("rule").asText(),
                        finding.path("outcome").asText(),
                        finding.path("message").asText());
                // a rule reported twice counts by its failing finding, if any
                checks.merge(check.rule(), check, (first, second) -> first.fails() ? first : second);
            }
            String id = repo.path("id").asText();
            repos.put(id, new Repo(id, repo.path("score").asInt(), text(repo.path("fills")), checks));
        }
        return new ReportSummary(
                root.path("subject").path("id").asText(),
                root.path("generatedAt").asText(),
                portfolio.path("standardMet").asInt(),
                portfolio.path("score").asInt(),
                slots,
                repos);
    }

    public Optional<Slot> slot(String id) {
        return slots.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }

    /** The file read is not a hireable JSON report this build can compare; the message is one sentence. */
    public static final class NotAReportException extends IllegalArgumentException {

        public NotAReportException(String message) {
            super(message);
        }
    }
}
