package dev.hireable.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hireable.audit.AuditReport;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RuleDoc;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifReportRendererTest {

    private final RuleCatalog catalog = RuleCatalog.builtIn();
    private final SarifReportRenderer renderer = new SarifReportRenderer(catalog);

    @Test
    void reportIsValidSarif210() {
        assertThat(SarifSchema.problems(renderer.toJson(SampleReports.rich()))).isEmpty();
        assertThat(SarifSchema.problems(renderer.toJson(SampleReports.hostile())))
                .isEmpty();
        assertThat(SarifSchema.problems(renderer.toJson(SampleReports.large(100))))
                .isEmpty();
    }

    @Test
    void schemaCatchesAnInvalidLog() {
        ObjectNode broken = renderer.toJson(SampleReports.rich());
        ((ObjectNode) broken.path("runs").get(0).path("results").get(0)).remove("message");
        broken.put("version", "2.0.0");

        assertThat(SarifSchema.problems(broken)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void everyDocumentedRuleIsADescriptorWithHelpFromTheRuleFiles() {
        JsonNode rules = renderer.toJson(SampleReports.rich())
                .path("runs")
                .get(0)
                .path("tool")
                .path("driver")
                .path("rules");
        RuleDoc ci = catalog.doc("ci.present").orElseThrow();

        assertThat(rules).hasSize(catalog.docs().size());
        JsonNode descriptor = find(rules, "ci.present");
        assertThat(descriptor.path("shortDescription").path("text").asText()).isEqualTo(ci.title());
        assertThat(descriptor.path("help").path("text").asText()).isEqualTo(ci.why() + "\n\nHow to fix: " + ci.fix());
        assertThat(descriptor.path("name").asText()).isEqualTo("CiPresent");
    }

    @Test
    void failedAndUndecidedFindingsAreResultsPassesAreNot() {
        JsonNode results =
                renderer.toJson(SampleReports.rich()).path("runs").get(0).path("results");

        List<String> kinds = new ArrayList<>();
        results.forEach(
                r -> kinds.add(r.path("kind").asText() + ":" + r.path("level").asText()));
        assertThat(kinds).containsOnly("fail:warning", "review:note");
        assertThat(results).hasSize(1 + 3 + 2 + 1);
    }

    @Test
    void resultPointsAtFileAndLineOfItsEvidence() {
        JsonNode results =
                renderer.toJson(SampleReports.rich()).path("runs").get(0).path("results");
        JsonNode monitoring = find(results, "monitoring.alerts");
        JsonNode location = monitoring.path("locations").get(0).path("physicalLocation");

        assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo("src/churn_guard/monitoring.py");
        assertThat(location.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("REPO1");
        assertThat(location.path("region").path("startLine").asInt()).isEqualTo(30);
        assertThat(monitoring.path("properties").path("repository").asText()).isEqualTo("jdoe-ml/churn-guard");
    }

    @Test
    void repositoryLevelFindingPointsAtTheReadmeAndSaysSo() {
        JsonNode run = renderer.toJson(SampleReports.rich()).path("runs").get(0);
        JsonNode ci = find(run.path("results"), "ci.present");
        JsonNode artifact = ci.path("locations").get(0).path("physicalLocation").path("artifactLocation");

        assertThat(artifact.path("uri").asText()).isEqualTo("README.md");
        assertThat(artifact.path("description").path("text").asText()).isEqualTo(SarifReportRenderer.REPOSITORY_LEVEL);
        assertThat(run.path("originalUriBaseIds").path("REPO2").path("uri").asText())
                .isEqualTo("https://github.com/jdoe-ml/review-sentiment/blob/" + SampleReports.SHA + "/");
    }

    @Test
    void singleRepositoryUsesTheSourceRoot() {
        JsonNode run = renderer.toJson(SampleReports.hostile()).path("runs").get(0);

        assertThat(run.path("results")
                        .get(0)
                        .path("locations")
                        .get(0)
                        .path("physicalLocation")
                        .path("artifactLocation")
                        .path("uriBaseId")
                        .asText())
                .isEqualTo("%SRCROOT%");
    }

    @Test
    void fingerprintIgnoresLinesAndMessagesSoItSurvivesEdits() {
        String before = SarifReportRenderer.fingerprint(
                "jdoe-ml/churn-guard", "monitoring.alerts", "src/churn_guard/monitoring.py");

        assertThat(before)
                .hasSize(32)
                .isEqualTo(SarifReportRenderer.fingerprint(
                        "jdoe-ml/churn-guard", "monitoring.alerts", "src/churn_guard/monitoring.py"));
        assertThat(before)
                .isNotEqualTo(SarifReportRenderer.fingerprint(
                        "jdoe-ml/fraud-radar", "monitoring.alerts", "src/churn_guard/monitoring.py"));
        AuditReport rich = SampleReports.rich();
        JsonNode first = find(renderer.toJson(rich).path("runs").get(0).path("results"), "monitoring.alerts");
        assertThat(first.path("partialFingerprints")
                        .path(SarifReportRenderer.FINGERPRINT)
                        .asText())
                .isEqualTo(before);
    }

    @Test
    void errorsAndSkipsAreToolNotifications() {
        JsonNode invocation = renderer.toJson(SampleReports.rich())
                .path("runs")
                .get(0)
                .path("invocations")
                .get(0);

        assertThat(invocation
                        .path("toolExecutionNotifications")
                        .get(0)
                        .path("level")
                        .asText())
                .isEqualTo("error");
        assertThat(invocation
                        .path("toolExecutionNotifications")
                        .get(0)
                        .path("message")
                        .path("text")
                        .asText())
                .startsWith("jdoe-ml/huge-monorepo: GitHub answered 451");
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode node : array) {
            if (id.equals(node.path("id").asText(node.path("ruleId").asText()))) {
                return node;
            }
        }
        throw new AssertionError(id + " not found");
    }
}
