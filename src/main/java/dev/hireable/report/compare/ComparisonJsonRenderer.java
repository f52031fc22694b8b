package dev.hireable.report.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The comparison for scripts: the headline, both verdicts, each slot's change and each repository's. */
public final class ComparisonJsonRenderer implements ComparisonRenderer {

    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Override
    public String render(ReportComparison comparison) {
        return toJson(comparison).toPrettyString() + "\n";
    }

    public ObjectNode toJson(ReportComparison comparison) {
        ObjectNode root = JSON.createObjectNode();
        root.put("comparisonVersion", 1);
        root.put("headline", comparison.headline());
        root.put("regressed", comparison.regressed());
        report(root.putObject("before"), comparison.before());
        report(root.putObject("after"), comparison.after());
        root.put("scoreDelta", comparison.scoreDelta());
        ArrayNode slots = root.putArray("slots");
        for (ReportComparison.SlotChange slot : comparison.slots()) {
            ObjectNode node = slots.addObject()
                    .put("id", slot.id())
                    .put("title", slot.title())
                    .put("change", slot.kind().name().toLowerCase(Locale.ROOT));
            slot(node.putObject("before"), slot.before());
            slot(node.putObject("after"), slot.after());
        }
        ArrayNode repos = root.putArray("repos");
        for (ReportComparison.RepoChange repo : comparison.repos()) {
            ObjectNode node = repos.addObject()
                    .put("id", repo.repo())
                    .put(
                            "change",
                            repo.added()
                                    ? "added"
                                    : repo.removed() ? "removed" : repo.changed() ? "changed" : "unchanged");
            repo.scoreBefore().ifPresentOrElse(s -> node.put("scoreBefore", s), () -> node.putNull("scoreBefore"));
            repo.scoreAfter().ifPresentOrElse(s -> node.put("scoreAfter", s), () -> node.putNull("scoreAfter"));
            checks(node.putArray("newFailures"), repo.newFailures());
            checks(node.putArray("fixed"), repo.fixed());
        }
        return root;
    }

    private static void report(ObjectNode node, ReportSummary report) {
        node.put("subject", report.subject())
                .put("generatedAt", report.generatedAt())
                .put("standardMet", report.standardMet())
                .put("score", report.score());
    }

    private static void slot(ObjectNode node, Optional<ReportSummary.Slot> slot) {
        slot.flatMap(ReportSummary.Slot::repo).ifPresentOrElse(r -> node.put("repo", r), () -> node.putNull("repo"));
        node.put("met", slot.map(ReportSummary.Slot::met).orElse(false))
                .put("score", slot.map(ReportSummary.Slot::score).orElse(0));
    }

    private static void checks(ArrayNode array, List<ReportSummary.Check> checks) {
        checks.forEach(c -> array.addObject()
                .put("rule", c.rule())
                .put("outcome", c.outcome())
                .put("message", c.message()));
    }
}
