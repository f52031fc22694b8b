package dev.hireable.standard;

import static dev.hireable.rules.Archetype.MLOPS;
import static dev.hireable.rules.Archetype.TABULAR_E2E;
import static dev.hireable.rules.Archetype.TRANSFORMER_FINETUNE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.Archetype;
import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.ignores.AppliedIgnore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortfolioStandardTest {

    private final PortfolioStandard standard = new PortfolioStandard(RuleCatalog.builtIn());

    private StandardResult score(Repo... repos) {
        return standard.evaluate(java.util.Arrays.stream(repos).map(Repo::build).toList());
    }

    private static ScoredRepo repo(StandardResult result, String id) {
        return result.repos().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void portfolioWithAllThreeSlotsMetMeetsTheStandard() {
        StandardResult result =
                score(Repo.tabular("o/churn"), Repo.transformer("o/sentiment"), Repo.mlops("o/pipeline"));

        PortfolioAssessment portfolio = result.portfolio();
        assertThat(portfolio.standardMet()).isEqualTo(3);
        assertThat(portfolio.slots().get(TABULAR_E2E).repo()).contains("o/churn");
        assertThat(portfolio.slots().get(TRANSFORMER_FINETUNE).repo()).contains("o/sentiment");
        assertThat(portfolio.slots().get(MLOPS).repo()).contains("o/pipeline");
        assertThat(portfolio.slots().values())
                .allSatisfy(slot -> assertThat(slot.missing()).isEmpty());
        assertThat(portfolio.verdict()).startsWith("The portfolio meets the three-project standard");
        assertThat(portfolio.score()).isGreaterThanOrEqualTo(85);
    }

    @Test
    void undecidedCraftSignalIsKeptOutOfTheRepoScoreRatherThanCountedAsMissing() {
        Finding testsUnknown = new Finding(
                "tests.present",
                Outcome.UNKNOWN,
                "Test files could not be read.",
                List.of(Evidence.file("tests/test_api.py")),
                Optional.empty());
        Finding testsFailed = new Finding(
                "tests.present",
                Outcome.FAIL,
                "No real tests were found.",
                List.of(Evidence.file(".")),
                Optional.empty());

        int undecided = repo(score(Repo.tabular("o/churn").finding(testsUnknown).undecided("tests.present")), "o/churn")
                .score();
        int missing = repo(score(Repo.tabular("o/churn").finding(testsFailed)), "o/churn")
                .score();

        assertThat(undecided).isGreaterThan(missing);
    }

    @Test
    void missingSlotCannotBeAveragedAway() {
        StandardResult twoPerfect = score(Repo.tabular("o/churn"), Repo.mlops("o/pipeline"));
        StandardResult threeHalfway = score(
                Repo.tabular("o/churn").readme(true, true, false, false),
                Repo.transformer("o/sentiment").readme(true, true, false, false),
                Repo.mlops("o/pipeline").readme(true, true, false, false).noRegistry());

        assertThat(twoPerfect.portfolio().standardMet()).isEqualTo(2);
        assertThat(twoPerfect.portfolio().slots().get(TRANSFORMER_FINETUNE).repo())
                .isEmpty();
        assertThat(twoPerfect.portfolio().slots().get(TRANSFORMER_FINETUNE).missing())
                .contains("a pretrained transformer fine-tuned in code", "a deployed endpoint");
        assertThat(twoPerfect.portfolio().score())
                .isLessThanOrEqualTo(40)
                .isLessThan(threeHalfway.portfolio().score());
        assertThat(twoPerfect.portfolio().verdict())
                .isEqualTo(
                        "The standard is met for 2 of 3 projects (the tabular end-to-end project (o/churn) and "
                                + "the MLOps project (o/pipeline)); not yet met: the fine-tuned transformer (no repository fits).");
    }

    @Test
    void toyDatasetDisqualifiesTheTabularSlot() {
        StandardResult result = score(Repo.tabular("o/titanic").toy("titanic"));
        int real = repo(score(Repo.tabular("o/titanic")), "o/titanic").score();

        ScoredRepo titanic = repo(result, "o/titanic");
        SlotFit fit = titanic.slotFits().get(TABULAR_E2E);
        assertThat(fit.met()).isFalse();
        assertThat(fit.gated()).isTrue();
        assertThat(fit.score()).isLessThanOrEqualTo(25);
        assertThat(fit.missing()).contains("a real, non-toy tabular dataset");
        assertThat(titanic.score())
                .as("the same project on real data scores %d", real)
                .isLessThan(real);
        assertThat(titanic.redFlags()).extracting(RedFlag::id).contains("toy_dataset");
        assertThat(titanic.redFlags().get(0).message()).contains("titanic");
        assertThat(result.portfolio().standardMet()).isZero();
        assertThat(result.portfolio().slots().get(TABULAR_E2E).repo())
                .as("ruled out of the slot")
                .isEmpty();
    }

    @Test
    void repoThatCouldFillTwoSlotsIsAssignedWhereThePortfolioGainsMost() {
        // o/both meets tabular and MLOps; o/tabular-only can fill only tabular. The best overall puts o/both in
        // MLOps, although its tabular fit is the higher of its two.
        Repo both = Repo.tabular("o/both")
                .pipeline()
                .tracking("mlflow")
                .registry()
                .ci()
                .tests()
                .dataVersioning()
                .orchestration("prefect")
                .monitoring();
        StandardResult result = score(both, Repo.tabular("o/tabular-only"), Repo.transformer("o/sentiment"));

        assertThat(repo(result, "o/both").meetsStandard()).contains(TABULAR_E2E, MLOPS);
        assertThat(result.portfolio().slots().get(MLOPS).repo()).contains("o/both");
        assertThat(result.portfolio().slots().get(TABULAR_E2E).repo()).contains("o/tabular-only");
        assertThat(result.portfolio().standardMet()).isEqualTo(3);
    }

    @Test
    void claimInProseAloneNeverMeetsARequirement() {
        RepoAssessment claimed =
                Repo.mlops("o/pipeline").trackingDependencyOnly("mlflow").build();

        ScoredRepo scored = standard.evaluate(List.of(claimed)).repos().get(0);
        SlotFit mlops = scored.slotFits().get(MLOPS);
        RequirementStatus tracking = status(mlops, "tracking_in_code");
        assertThat(tracking.tier()).isEqualTo(Tier.CLAIMED);
        assertThat(tracking.met()).isFalse();
        assertThat(mlops.met()).isFalse();
        assertThat(mlops.missing()).containsExactly("experiment tracking used in code");
        int shown = standard.evaluate(List.of(Repo.mlops("o/pipeline").build()))
                .repos()
                .get(0)
                .fit()
                .get(MLOPS);
        int none = standard.evaluate(List.of(Repo.mlops("o/pipeline")
                        .trackingDependencyOnly("mlflow")
                        .build()))
                .repos()
                .get(0)
                .fit()
                .get(MLOPS);
        assertThat(mlops.score()).isLessThan(shown).isEqualTo(none);
    }

    @Test
    void readmeOnlyPassOfAMappedRuleIsAClaimAndACodePassIsPresent() {
        Finding inReadme = new Finding(
                "ci.present",
                Outcome.PASS,
                "CI is mentioned.",
                List.of(Evidence.line("README.md", 3, "CI runs on GitHub")),
                Optional.empty());
        Finding inConfig = new Finding(
                "ci.present",
                Outcome.PASS,
                "CI is configured.",
                List.of(Evidence.file(".github/workflows/ci.yml")),
                Optional.empty());

        SlotFit claimed = standard.evaluate(
                        List.of(Repo.mlops("o/a").finding(inReadme).build()))
                .repos()
                .get(0)
                .slotFits()
                .get(MLOPS);
        SlotFit shown = standard.evaluate(
                        List.of(Repo.mlops("o/a").finding(inConfig).build()))
                .repos()
                .get(0)
                .slotFits()
                .get(MLOPS);

        assertThat(status(claimed, "ci").tier()).isEqualTo(Tier.PRESENT); // the ci signal itself is true in Repo.mlops
        assertThat(status(
                                standard.evaluate(List.of(Repo.documented("o/b")
                                                .pipeline()
                                                .finding(inReadme)
                                                .build()))
                                        .repos()
                                        .get(0)
                                        .slotFits()
                                        .get(MLOPS),
                                "ci")
                        .tier())
                .isEqualTo(Tier.CLAIMED);
        assertThat(status(
                                standard.evaluate(List.of(Repo.documented("o/b")
                                                .pipeline()
                                                .finding(inConfig)
                                                .build()))
                                        .repos()
                                        .get(0)
                                        .slotFits()
                                        .get(MLOPS),
                                "ci")
                        .tier())
                .isEqualTo(Tier.PRESENT);
        assertThat(status(shown, "ci").met()).isTrue();
    }

    @Test
    void verifiedEndpointIsWorthMoreThanDeployConfig() {
        RepoAssessment deployed = Repo.transformer("o/sentiment").build();
        String url = deployed.signals().names("endpoint.live_urls").get(0);
        EndpointCheck answered = new EndpointCheck(
                url, true, Optional.of(200), 120, Optional.of("Hugging Face Space"), "answered 200 in 120 ms");

        int present = standard.score(List.of(new RepoEvidence(deployed, List.of(), Optional.empty())))
                .repos()
                .get(0)
                .fit()
                .get(TRANSFORMER_FINETUNE);
        RepoAssessment verified = Repo.transformer("o/sentiment").verified().build();
        StandardResult probed =
                standard.score(List.of(new RepoEvidence(verified, List.of(), Optional.of(List.of(answered)))));

        assertThat(status(probed.repos().get(0).slotFits().get(TRANSFORMER_FINETUNE), "deployment")
                        .tier())
                .isEqualTo(Tier.VERIFIED);
        assertThat(probed.repos().get(0).fit().get(TRANSFORMER_FINETUNE)).isGreaterThan(present);
        assertThat(probed.repos().get(0).endpointChecks()).containsExactly(answered);
    }

    @Test
    void deadUrlAloneLeavesOnlyAClaimOfDeployment() {
        String url = "https://huggingface.co/spaces/o/sentiment";
        Finding linked = new Finding(
                "endpoint.live_url",
                Outcome.PASS,
                "A live URL is linked.",
                List.of(Evidence.line("README.md", 12, "Demo: " + url)),
                Optional.empty());
        // what the probe stage leaves of a deployment shown only by a URL that proved dead
        RepoAssessment deployed = Repo.transformer("o/sentiment")
                .finding(linked)
                .notDeployedButLinked(url)
                .build();
        EndpointCheck dead = new EndpointCheck(url, false, Optional.of(404), 80, Optional.empty(), "answered 404");

        SlotFit fit = standard.score(List.of(new RepoEvidence(deployed, List.of(), Optional.of(List.of(dead)))))
                .repos()
                .get(0)
                .slotFits()
                .get(TRANSFORMER_FINETUNE);

        assertThat(status(fit, "deployment").tier()).isEqualTo(Tier.CLAIMED);
        assertThat(fit.missing()).containsExactly("a deployed endpoint");
    }

    @Test
    void notebookOnlyCapsTheRepoScore() {
        StandardResult result =
                score(Repo.tabular("o/strong"), Repo.tabular("o/notebooks").notebookOnly());
        int cap = standard.vocabulary().redFlags().get("notebook_only").cap();

        assertThat(repo(result, "o/strong").score()).isGreaterThan(cap);
        assertThat(repo(result, "o/notebooks").score()).isEqualTo(cap);
        assertThat(repo(result, "o/notebooks").redFlags())
                .extracting(RedFlag::id)
                .containsExactly("notebook_only");
    }

    /** The points rules/standard.yaml takes off for a problem signal, as the weight calibration leaves them. */
    private StandardVocabulary.Penalty penalty(String signal) {
        return standard.vocabulary().repoScore().penalties().get(new dev.hireable.rules.SignalId(signal));
    }

    @Test
    void everyUnbuiltClaimCostsItsPointsUpToTheMostAndRaisesARedFlagNamingIt() {
        StandardVocabulary.Penalty claims = penalty("claims.unbuilt");
        int plain = repo(score(Repo.tabular("o/churn")), "o/churn").score();
        ScoredRepo one = repo(score(Repo.tabular("o/churn").names("claims.unbuilt", "monitoring")), "o/churn");
        ScoredRepo four = repo(
                score(Repo.tabular("o/churn").names("claims.unbuilt", "monitoring", "tests", "ci", "docker")),
                "o/churn");

        assertThat(claims.max()).isLessThan(4 * claims.points());
        assertThat(one.score()).isEqualTo(plain - (int) claims.points());
        assertThat(four.score()).isEqualTo(plain - claims.max().intValue());
        assertThat(one.redFlags()).extracting(RedFlag::id).containsExactly("claimed_not_built");
        assertThat(one.redFlags().get(0).message())
                .isEqualTo("o/churn's README claims monitoring, but nothing in its code or configs backs it.");
    }

    @Test
    void stubCodeCostsPointsPerStubAndPlaceholdersOnceWithoutACap() {
        int plain = repo(score(Repo.tabular("o/churn")), "o/churn").score();
        ScoredRepo stubbed = repo(
                score(Repo.tabular("o/churn")
                        .names("stubs.code", "train_model", "deploy")
                        .names("stubs.placeholders", "YOUR_REGISTRY", "<your-app>")),
                "o/churn");

        double stubs =
                Math.min(penalty("stubs.code").max(), 2 * penalty("stubs.code").points());
        double placeholders = Math.min(
                penalty("stubs.placeholders").max(),
                2 * penalty("stubs.placeholders").points());
        assertThat(stubbed.score()).isEqualTo(plain - (int) stubs - (int) placeholders);
        assertThat(stubbed.redFlags()).extracting(RedFlag::id).containsExactly("stub_code", "template_placeholders");
    }

    @Test
    void anUndecidedProblemSignalCostsNothing() {
        int plain = repo(score(Repo.tabular("o/churn")), "o/churn").score();

        int undecided = repo(
                        score(Repo.tabular("o/churn")
                                .names("stubs.code", "train_model")
                                .undecided("stubs.code")),
                        "o/churn")
                .score();

        assertThat(undecided).isEqualTo(plain);
    }

    @Test
    void generatedTrainingDataPresentedAsRealCapsTheRepoScore() {
        ScoredRepo repo = repo(score(Repo.tabular("o/churn").flag("synthetic_data.presented_as_real")), "o/churn");

        assertThat(repo.score()).isEqualTo(40);
        assertThat(repo.redFlags()).extracting(RedFlag::id).containsExactly("synthetic_data");
    }

    @Test
    void monitoringTheReadmeClaimsButNothingShowsStaysAtTheClaimedTier() {
        Repo pipeline = Repo.documented("o/pipeline")
                .pipeline()
                .tracking("mlflow")
                .registry()
                .deployedByConfig()
                .serving("fastapi")
                .trainsModel();

        SlotFit silent = repo(score(pipeline), "o/pipeline").slotFits().get(MLOPS);
        SlotFit claimed = repo(score(pipeline.flag("claims.monitoring")), "o/pipeline")
                .slotFits()
                .get(MLOPS);

        assertThat(status(silent, "monitoring").tier()).isEqualTo(Tier.NONE);
        assertThat(status(claimed, "monitoring").tier()).isEqualTo(Tier.CLAIMED);
        assertThat(claimed.score()).isGreaterThan(silent.score());
    }

    @Test
    void bulkUploadAndMissingReadmeAreShownAsContextWithoutChangingTheScore() {
        Instant created = Instant.parse("2026-01-10T10:00:00Z");
        StandardResult plain = score(Repo.tabular("o/churn"));
        StandardResult bulk = score(Repo.tabular("o/churn").pushedWithin(created, created.plusSeconds(600)));
        StandardResult spread = score(Repo.tabular("o/churn").pushedWithin(created, created.plusSeconds(86_400 * 30)));
        StandardResult noReadme =
                score(Repo.named("o/bare").tabularData().trainsModel().noReadme());

        assertThat(repo(bulk, "o/churn").redFlags()).extracting(RedFlag::id).containsExactly("bulk_commit");
        assertThat(repo(bulk, "o/churn").redFlags().get(0).message()).contains("within minutes");
        assertThat(repo(bulk, "o/churn").score())
                .isEqualTo(repo(plain, "o/churn").score());
        assertThat(bulk.portfolio().redFlags()).hasSize(1);
        assertThat(repo(spread, "o/churn").redFlags()).isEmpty();
        assertThat(repo(noReadme, "o/bare").redFlags()).extracting(RedFlag::id).containsExactly("no_readme");
    }

    @Test
    void nextStepImpactIsTheScoreGainOfReScoringWithTheRequirementMet() {
        Repo withoutRegistry = Repo.mlops("o/pipeline").noRegistry();
        StandardResult before = score(Repo.tabular("o/churn"), Repo.transformer("o/sentiment"), withoutRegistry);
        StandardResult after =
                score(Repo.tabular("o/churn"), Repo.transformer("o/sentiment"), Repo.mlops("o/pipeline"));

        NextStep first = before.portfolio().nextSteps().get(0);
        assertThat(first.repo()).isEqualTo("o/pipeline");
        assertThat(first.requirement()).isEqualTo("model_registry");
        assertThat(first.action())
                .isEqualTo("Register the trained model in MLflow's model registry (mlflow.register_model) "
                        + "and load it from there when serving.");
        assertThat(first.impact())
                .isEqualTo(after.portfolio().score() - before.portfolio().score())
                .isPositive();
        assertThat(before.portfolio().nextSteps()).extracting(NextStep::impact).isSortedAccordingTo((a, b) -> b - a);
        assertThat(first.completes()).contains(MLOPS);
        assertThat(first.standardMetAfter()).isEqualTo(3);
    }

    @Test
    void emptySlotGetsANewProjectStepPricedByReScoring() {
        StandardResult twoSlots = score(Repo.tabular("o/churn"), Repo.mlops("o/pipeline"));
        StandardResult threeSlots = score(Repo.tabular("o/churn"), Repo.mlops("o/pipeline"), Repo.transformer("o/new"));

        NextStep first = twoSlots.portfolio().nextSteps().get(0);
        assertThat(first.newProject()).isTrue();
        assertThat(first.requirement()).isEqualTo("transformer_finetune");
        assertThat(first.repo()).isEqualTo("(new repository)");
        assertThat(first.action()).startsWith("Fine-tune a pretrained transformer");
        assertThat(first.impact())
                .isBetween(
                        threeSlots.portfolio().score() - twoSlots.portfolio().score() - 3,
                        threeSlots.portfolio().score() - twoSlots.portfolio().score());
    }

    /** The sample portfolio's shape: one repository meets two slots, a fine-tune lacks a retrospective, a toy notebook. */
    private StandardResult sampleShaped() {
        Repo both = Repo.tabular("o/churn")
                .pipeline()
                .tracking("mlflow")
                .registry()
                .ci()
                .tests()
                .dataVersioning()
                .orchestration("prefect")
                .monitoring();
        return score(
                both,
                Repo.transformer("o/sentiment").readme(true, true, true, false),
                Repo.tabular("o/titanic").toy("titanic").notDeployed());
    }

    @Test
    void stepThatCompletesASlotRanksFirstWhateverItsScoreGain() {
        PortfolioAssessment portfolio = sampleShaped().portfolio();

        NextStep first = portfolio.nextSteps().get(0);
        assertThat(first.repo()).isEqualTo("o/sentiment");
        assertThat(first.requirement()).isEqualTo("readme_retrospective");
        assertThat(first.completes()).contains(TRANSFORMER_FINETUNE);
        assertThat(first.standardMetAfter()).isEqualTo(portfolio.standardMet() + 1);
        assertThat(portfolio.nextSteps())
                .as("a bigger score gain that completes nothing comes later")
                .anySatisfy(step -> {
                    assertThat(step.impact()).isGreaterThan(first.impact());
                    assertThat(portfolio.nextSteps().indexOf(step)).isPositive();
                });
        assertThat(portfolio.nextSteps()).extracting(NextStep::standardMetAfter).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void changeToAnExistingRepositoryRanksBeforeANewProjectThatCompletesASlotToo() {
        List<NextStep> steps = sampleShaped().portfolio().nextSteps();

        NextStep newProject =
                steps.stream().filter(NextStep::newProject).findFirst().orElseThrow();
        assertThat(newProject.completes()).contains(TABULAR_E2E);
        assertThat(newProject.impact()).isGreaterThan(steps.get(0).impact());
        assertThat(steps.indexOf(newProject)).isEqualTo(1);
    }

    @Test
    void repositoryThatQualifiesForAnUnmetSlotButFillsAnotherIsNamedWithTheSlot() {
        PortfolioAssessment portfolio = sampleShaped().portfolio();

        SlotResult tabular = portfolio.slots().get(TABULAR_E2E);
        assertThat(tabular.repo()).isEmpty();
        assertThat(tabular.qualifiers()).containsExactly(new SlotResult.Qualifier("o/churn", MLOPS));
        assertThat(tabular.note())
                .contains("o/churn qualifies but fills the MLOps project; one repository fills one slot: "
                        + "a second project is needed.");
        assertThat(portfolio.verdict())
                .contains("the tabular end-to-end project (o/churn qualifies but fills the MLOps project)");
        assertThat(portfolio.nextSteps())
                .filteredOn(NextStep::newProject)
                .singleElement()
                .satisfies(step -> assertThat(step.note()).isEqualTo(tabular.note()));
        assertThat(portfolio.slots().get(MLOPS).qualifiers())
                .as("a met slot needs no explanation")
                .isEmpty();
    }

    @Test
    void everyRepositoryKnowsTheSlotItFillsOrElseTheOneItFitsBest() {
        StandardResult result = sampleShaped();

        assertThat(repo(result, "o/churn").fills()).contains(MLOPS);
        assertThat(repo(result, "o/churn").closest()).isEmpty();
        assertThat(repo(result, "o/sentiment").fills()).contains(TRANSFORMER_FINETUNE);
        assertThat(repo(result, "o/titanic").fills())
                .as("a toy dataset rules it out")
                .isEmpty();
        assertThat(repo(result, "o/titanic").closest()).contains(TABULAR_E2E);
        assertThat(repo(result, "o/titanic").focus()).contains(TABULAR_E2E);
    }

    @Test
    void repoIsNotToldToBecomeADifferentKindOfProject() {
        StandardResult result = score(Repo.tabular("o/churn").readme(true, true, true, false));

        assertThat(result.portfolio().nextSteps())
                .filteredOn(step -> step.repo().equals("o/churn"))
                .extracting(NextStep::requirement)
                .contains("readme_retrospective")
                .doesNotContain("pretrained_finetuned", "model_registry", "pipeline");
    }

    @Test
    void nearMissNamesTheOneThingThatWouldFillTheSlot() {
        StandardResult result =
                score(Repo.tabular("o/churn"), Repo.mlops("o/pipeline").noRegistry());

        assertThat(result.portfolio().slots().get(MLOPS).met()).isFalse();
        assertThat(result.portfolio().nearMisses())
                .extracting(NearMiss::message)
                .contains("o/pipeline would fill the MLOps project with a model registry.");
    }

    @Test
    void requirementWhoseRuleIsIgnoredWithAReasonIsNotPressedAsANextStep() {
        RepoAssessment noCi = Repo.documented("o/pipeline")
                .pipeline()
                .tracking("mlflow")
                .registry()
                .deployedByConfig()
                .build();
        AppliedIgnore ignore = new AppliedIgnore("ci.present", "CI runs on the company's Jenkins", ".hireable.yml", 1);

        RepoEvidence tabular = RepoEvidence.of(Repo.tabular("o/churn").build());
        RepoEvidence transformer =
                RepoEvidence.of(Repo.transformer("o/sentiment").build());
        List<NextStep> pressed = standard.score(List.of(tabular, transformer, RepoEvidence.of(noCi)))
                .portfolio()
                .nextSteps();
        List<NextStep> respected = standard.score(
                        List.of(tabular, transformer, new RepoEvidence(noCi, List.of(ignore), Optional.empty())))
                .portfolio()
                .nextSteps();

        assertThat(pressed).extracting(NextStep::requirement).contains("ci");
        assertThat(respected).extracting(NextStep::requirement).doesNotContain("ci");
        assertThat(standard.score(List.of(new RepoEvidence(noCi, List.of(ignore), Optional.empty())))
                        .repos()
                        .get(0)
                        .ignores())
                .containsExactly(ignore);
    }

    @Test
    void repoWithoutAnyCoreEvidenceFitsNoSlotHoweverGoodItsReadme() {
        StandardResult result = score(Repo.documented("o/website").ci().tests());

        assertThat(result.repos().get(0).fit().values()).containsOnly(0);
        assertThat(result.portfolio().slots().values())
                .allSatisfy(slot -> assertThat(slot.repo()).isEmpty());
        assertThat(result.portfolio().score()).isZero();
        assertThat(result.portfolio().verdict()).startsWith("No project meets the standard yet");
    }

    @Test
    void emptyPortfolioScoresZeroAndIsToldToStartAProjectPerSlot() {
        StandardResult result = standard.evaluate(List.of());

        assertThat(result.portfolio().score()).isZero();
        assertThat(result.portfolio().standardMet()).isZero();
        assertThat(result.portfolio().nextSteps())
                .extracting(NextStep::requirement)
                .containsExactly("tabular_e2e", "transformer_finetune", "mlops");
        assertThat(result.portfolio().nextSteps()).allMatch(NextStep::newProject);
    }

    private static RequirementStatus status(SlotFit fit, String id) {
        return fit.requirements().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    static Archetype[] slots() {
        return new Archetype[] {TABULAR_E2E, TRANSFORMER_FINETUNE, MLOPS};
    }

    @Test
    void theProjectsOfAMonorepoPortfolioComeStrongestFirst() {
        StandardResult result = score(
                Repo.named("o/portfolio:etl").tabularData(),
                Repo.tabular("o/portfolio:churn"),
                Repo.transformer("o/sentiment"));

        assertThat(result.repos())
                .extracting(ScoredRepo::id)
                .containsExactly("o/portfolio:churn", "o/portfolio:etl", "o/sentiment");
    }

    @Test
    void aDeployedTabularProjectWithoutTrainingCodeStillMeetsTheSlotItsModelTrainingOnlySupports() {
        StandardResult result = score(
                Repo.documented("o/churn-app").tabularData().deployedByConfig().serving("streamlit"));

        SlotFit fit = repo(result, "o/churn-app").slotFits().get(TABULAR_E2E);
        assertThat(fit.met()).isTrue();
        assertThat(fit.supportingMissing()).contains("a model trained in code");
    }

    @Test
    void imageOrAudioDataIsNotTheRealTabularDatasetEvenWithCsvIndexes() {
        RepoAssessment vision = Repo.tabular("o/detector").build();
        RepoAssessment withMedia = vision.withSignals(
                vision.signals().with("archetype.media_data", dev.hireable.rules.SignalValue.Flag.YES));

        SlotFit fit = standard.score(List.of(RepoEvidence.of(withMedia)))
                .repos()
                .get(0)
                .slotFits()
                .get(TABULAR_E2E);

        assertThat(status(fit, "real_dataset").tier()).isEqualTo(Tier.NONE);
        assertThat(fit.met()).isFalse();
    }
}
