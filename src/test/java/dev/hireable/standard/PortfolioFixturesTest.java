package dev.hireable.standard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hireable.testing.CliRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * End to end: the fixture portfolios under fixtures/portfolios/repos through {@code hireable dir --format json},
 * one portfolio per verdict the standard can reach.
 */
class PortfolioFixturesTest {

    private static final Path REPOS = Path.of("src/test/resources/fixtures/portfolios/repos");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode audit(String... repos) throws Exception {
        List<String> args = new ArrayList<>(List.of("dir"));
        for (String repo : repos) {
            args.add(REPOS.resolve(repo).toString());
        }
        args.addAll(List.of("--format", "json"));
        CliRun run = CliRun.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private static JsonNode repo(JsonNode report, String id) {
        return StreamSupport.stream(report.path("repos").spliterator(), false)
                .filter(r -> r.path("id").asText().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode finding(JsonNode repo, String rule) {
        return StreamSupport.stream(repo.path("findings").spliterator(), false)
                .filter(f -> f.path("rule").asText().equals(rule))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void monorepoIsAuditedAsOneProjectUnitPerFolder() throws Exception {
        JsonNode report = audit("ml-portfolio");

        assertThat(StreamSupport.stream(report.path("repos").spliterator(), false)
                        .map(r -> r.path("id").asText()))
                .containsExactly(
                        "ml-portfolio:demand-pipeline", "ml-portfolio:energy-demand", "ml-portfolio:news-topics");
        assertThat(finding(repo(report, "ml-portfolio:demand-pipeline"), "tests.present")
                        .path("outcome")
                        .asText())
                .isEqualTo("pass");
        assertThat(finding(repo(report, "ml-portfolio:energy-demand"), "endpoint.deploy_config")
                        .path("evidence")
                        .get(0)
                        .path("path")
                        .asText())
                .isEqualTo("render.yaml");
    }

    @Test
    void ignoreWithAReasonIsShownWithTheCountOfFindingsItSuppressed() throws Exception {
        JsonNode churn = repo(audit("private-ci-churn"), "private-ci-churn");

        JsonNode ci = finding(churn, "ci.present");
        assertThat(ci.path("outcome").asText()).isEqualTo("not_applicable");
        assertThat(ci.path("message").asText()).contains("CI runs on my employer's Jenkins");
        assertThat(churn.path("ignores")).hasSize(1);
        assertThat(churn.path("ignores").get(0).path("rule").asText()).isEqualTo("ci.present");
        assertThat(churn.path("ignores").get(0).path("reason").asText())
                .isEqualTo(
                        "CI runs on my employer's Jenkins, which cannot be published; see docs/testing.md for the test report");
        assertThat(churn.path("ignores").get(0).path("suppressed").asInt()).isEqualTo(1);
        assertThat(churn.path("suppressedFindings").asInt()).isEqualTo(1);
    }

    @Test
    void ignoreInAProjectFolderAppliesToThatProjectOnly() throws Exception {
        JsonNode report = audit("ml-portfolio");

        assertThat(repo(report, "ml-portfolio:demand-pipeline")
                        .path("ignores")
                        .get(0)
                        .path("file")
                        .asText())
                .isEqualTo("demand-pipeline/.hireable.yml");
        assertThat(repo(report, "ml-portfolio:energy-demand").path("ignores")).isEmpty();
    }

    @Test
    void textReportShowsEveryIgnoreWithItsReason() {
        CliRun run =
                CliRun.run("dir", "--detail", REPOS.resolve("private-ci-churn").toString());

        assertThat(run.out())
                .contains("ignored ci.present (1 finding suppressed, .hireable.yml): CI runs on my employer's Jenkins");
    }

    @Test
    void portfolioWithAllThreeSlotsMetMeetsTheStandard() throws Exception {
        JsonNode portfolio =
                audit("churn-api", "review-sentiment", "fraud-mlops").path("portfolio");

        assertThat(portfolio.path("standardMet").asInt()).isEqualTo(3);
        assertThat(portfolio.path("slots").path("tabular_e2e").path("repo").asText())
                .isEqualTo("churn-api");
        assertThat(portfolio
                        .path("slots")
                        .path("transformer_finetune")
                        .path("repo")
                        .asText())
                .isEqualTo("review-sentiment");
        assertThat(portfolio.path("slots").path("mlops").path("repo").asText()).isEqualTo("fraud-mlops");
        assertThat(portfolio.path("score").asInt()).isGreaterThanOrEqualTo(80);
    }

    @Test
    void portfolioMissingTheTransformerSlotCannotAverageItAway() throws Exception {
        JsonNode portfolio = audit("churn-api", "fraud-mlops").path("portfolio");

        assertThat(portfolio.path("standardMet").asInt()).isEqualTo(2);
        assertThat(portfolio
                        .path("slots")
                        .path("transformer_finetune")
                        .path("repo")
                        .isNull())
                .isTrue();
        assertThat(portfolio.path("score").asInt()).isLessThanOrEqualTo(40);
        assertThat(portfolio.path("nextSteps").get(0).path("requirement").asText())
                .isEqualTo("transformer_finetune");
    }

    @Test
    void toyDatasetKeepsTheTabularSlotUnmet() throws Exception {
        JsonNode report = audit("titanic-api", "review-sentiment", "fraud-mlops");

        assertThat(report.path("portfolio")
                        .path("slots")
                        .path("tabular_e2e")
                        .path("met")
                        .asBoolean())
                .isFalse();
        assertThat(repo(report, "titanic-api")
                        .path("signals")
                        .path("toyDataset")
                        .asText())
                .isEqualTo("titanic");
        assertThat(repo(report, "titanic-api").path("redFlags").findValuesAsText("id"))
                .contains("toy_dataset");
        assertThat(report.path("portfolio").path("standardMet").asInt()).isEqualTo(2);
    }

    @Test
    void repoThatCouldFillTwoSlotsGoesWhereThePortfolioGainsMost() throws Exception {
        JsonNode report = audit("credit-risk-platform", "house-prices-api", "review-sentiment");

        JsonNode slots = report.path("portfolio").path("slots");
        assertThat(repo(report, "credit-risk-platform")
                        .path("meetsStandard")
                        .path("tabular_e2e")
                        .asBoolean())
                .isTrue();
        assertThat(repo(report, "credit-risk-platform")
                        .path("meetsStandard")
                        .path("mlops")
                        .asBoolean())
                .isTrue();
        assertThat(slots.path("mlops").path("repo").asText()).isEqualTo("credit-risk-platform");
        assertThat(slots.path("tabular_e2e").path("repo").asText()).isEqualTo("house-prices-api");
        assertThat(report.path("portfolio").path("standardMet").asInt()).isEqualTo(3);
    }

    @Test
    void monorepoPortfolioFillsTheSlotsWithItsProjectUnits() throws Exception {
        JsonNode slots = audit("ml-portfolio").path("portfolio").path("slots");

        assertThat(slots.path("tabular_e2e").path("repo").asText()).isEqualTo("ml-portfolio:energy-demand");
        assertThat(slots.path("transformer_finetune").path("repo").asText()).isEqualTo("ml-portfolio:news-topics");
        assertThat(slots.path("mlops").path("repo").asText()).isEqualTo("ml-portfolio:demand-pipeline");
    }
}
