package dev.hireable.rules.endpoint;

import static dev.hireable.testing.RuleFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RuleSources;
import dev.hireable.snapshot.Snapshot;
import dev.hireable.testing.RuleFixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointModuleTest {

    private final RuleFixtures fixtures = new RuleFixtures();
    private final EndpointModule module = new EndpointModule(fixtures.catalog());

    private ModuleResult evaluate(String fixture) {
        return fixtures.run(module, "endpoint", fixture);
    }

    private ModuleResult evaluate(Snapshot snapshot) {
        return fixtures.run(module, snapshot);
    }

    private static boolean hasFinding(ModuleResult result, String rule) {
        return result.findings().stream().anyMatch(f -> f.rule().equals(rule));
    }

    @Test
    void fastApiAppInSourceIsServingCode() {
        ModuleResult result = evaluate("fastapi-app");

        assertThat(result.signals().names("endpoint.serving")).containsExactly("fastapi");
        Finding serving = finding(result, EndpointModule.SERVING_CODE);
        assertThat(serving.outcome()).isEqualTo(Outcome.PASS);
        assertThat(serving.evidence().get(0).path()).contains("src/app.py");
        assertThat(serving.evidence().get(0).line()).isEqualTo(5);
        assertThat(serving.evidence().get(0).snippet()).contains("app = FastAPI(title=\"Churn API\")");
        assertThat(serving.message()).contains("fastapi").contains("src/app.py");
    }

    @Test
    void fastApiNamedOnlyInReadmeAndRequirementsIsNotServingCode() {
        ModuleResult result = evaluate("fastapi-in-prose-only");

        assertThat(result.signals().names("endpoint.serving")).isEmpty();
        Finding serving = finding(result, EndpointModule.SERVING_CODE);
        assertThat(serving.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(serving.remediation()).isPresent();
        assertThat(serving.evidence()).extracting(Evidence::path).containsExactly(Optional.of("requirements.txt"));
    }

    @Test
    void gradioInterfaceInNotebookCellIsServingCode() {
        ModuleResult result = evaluate("gradio-notebook");

        assertThat(result.signals().names("endpoint.serving")).containsExactly("gradio");
        Evidence evidence =
                finding(result, EndpointModule.SERVING_CODE).evidence().get(0);
        assertThat(evidence.path()).contains("demo.ipynb");
        assertThat(evidence.snippet())
                .hasValueSatisfying(s -> assertThat(s).contains("cell 3").contains("gr.Interface("));
    }

    @Test
    void huggingFaceSpaceLinkInReadmeIsLiveUrlAndDeployment() {
        ModuleResult result = evaluate("hf-space-url");

        assertThat(result.signals().names("endpoint.live_urls"))
                .containsExactly("https://huggingface.co/spaces/jdoe/sentiment-demo");
        assertThat(result.signals().flag("endpoint.deployed")).isTrue();
        Finding live = finding(result, EndpointModule.LIVE_URL);
        assertThat(live.outcome()).isEqualTo(Outcome.PASS);
        assertThat(live.message()).contains("Hugging Face Spaces");
        Evidence evidence = live.evidence().get(0);
        assertThat(evidence.path()).contains("README.md");
        assertThat(evidence.line()).isEqualTo(3);
        assertThat(evidence.url()).contains("https://huggingface.co/spaces/jdoe/sentiment-demo");
        assertThat(finding(result, EndpointModule.DEPLOYED).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void localhostAndExampleUrlsAreNotLive() {
        ModuleResult result = evaluate("localhost-url");

        assertThat(result.signals().names("endpoint.live_urls")).isEmpty();
        assertThat(finding(result, EndpointModule.LIVE_URL).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(hasFinding(result, EndpointModule.PLACEHOLDER_URL)).isFalse();
        assertThat(result.signals().flag("endpoint.deployed")).isFalse();
        assertThat(finding(result, EndpointModule.DEPLOYED).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void badgeImagesAndProfileWidgetsOnDeployHostsAreNotLiveUrls() {
        ModuleResult result = evaluate("badge-images");

        assertThat(result.signals().names("endpoint.live_urls")).isEmpty();
        assertThat(finding(result, EndpointModule.LIVE_URL).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void placeholderUrlOnDeployHostIsRejectedAndReported() {
        ModuleResult result = evaluate("placeholder-url");

        assertThat(result.signals().names("endpoint.live_urls")).isEmpty();
        assertThat(finding(result, EndpointModule.LIVE_URL).outcome()).isEqualTo(Outcome.FAIL);
        Finding placeholder = finding(result, EndpointModule.PLACEHOLDER_URL);
        assertThat(placeholder.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(placeholder.message()).contains("https://<your-app>.onrender.com/predict");
        assertThat(placeholder.evidence()).extracting(Evidence::line).containsExactly(5, 7);
        assertThat(placeholder.evidence().get(1).snippet()).contains("[insert live demo URL]");
        assertThat(placeholder.evidence()).allSatisfy(e -> assertThat(e.url()).isEmpty());
    }

    @Test
    void homepageOnStreamlitAppCountsAsLiveUrl() {
        Snapshot snapshot = RuleFixtures.withHomepage(
                fixtures.open("endpoint", "homepage-only"), "https://loan-default-risk.streamlit.app/");

        ModuleResult result = evaluate(snapshot);

        assertThat(result.signals().names("endpoint.live_urls"))
                .containsExactly("https://loan-default-risk.streamlit.app/");
        Finding live = finding(result, EndpointModule.LIVE_URL);
        assertThat(live.message()).contains("Streamlit Community Cloud");
        assertThat(live.evidence().get(0).path()).isEmpty();
        assertThat(result.signals().flag("endpoint.deployed")).isTrue();
    }

    @Test
    void deployHostAddedByRulePackCountsWithoutCodeChanges() {
        RuleCatalog withPack =
                RuleCatalog.load(RuleSources.withOverlays(List.of(RuleFixtures.path("endpoint", "custom-host-rules"))));

        ModuleResult builtIn = evaluate("custom-host-url");
        ModuleResult extended = fixtures.run(new EndpointModule(withPack), "endpoint", "custom-host-url");

        assertThat(builtIn.signals().names("endpoint.live_urls")).isEmpty();
        assertThat(extended.signals().names("endpoint.live_urls"))
                .containsExactly("https://churn.apps.internal-cloud.dev/predict");
        assertThat(finding(extended, EndpointModule.LIVE_URL).message()).contains("Internal Cloud");
    }

    @Test
    void procfileIsDeployConfig() {
        ModuleResult result = evaluate("procfile");

        assertThat(result.signals().names("endpoint.deploy_configs")).containsExactly("Procfile");
        assertThat(result.signals().names("endpoint.serving")).containsExactly("flask");
        Finding config = finding(result, EndpointModule.DEPLOY_CONFIG);
        assertThat(config.outcome()).isEqualTo(Outcome.PASS);
        assertThat(config.message()).contains("Procfile (Heroku (Procfile))");
        assertThat(config.evidence().get(0).line()).isEqualTo(1);
        assertThat(result.signals().flag("endpoint.deployed")).isTrue();
    }

    @Test
    void kubernetesDeploymentManifestIsDeployConfigButVolumeClaimIsNot() {
        ModuleResult result = evaluate("k8s-deployment");

        assertThat(result.signals().names("endpoint.deploy_configs")).containsExactly("k8s/deployment.yaml");
        Evidence evidence =
                finding(result, EndpointModule.DEPLOY_CONFIG).evidence().get(0);
        assertThat(evidence.line()).isEqualTo(2);
        assertThat(evidence.snippet()).contains("kind: Deployment");
        assertThat(result.signals().flag("endpoint.deployed")).isTrue();
    }

    @Test
    void workflowJobRunningFlyctlDeployIsDeployConfig() {
        ModuleResult result = evaluate("workflow-flyctl-deploy");

        assertThat(result.signals().names("endpoint.deploy_configs")).containsExactly(".github/workflows/deploy.yml");
        Finding config = finding(result, EndpointModule.DEPLOY_CONFIG);
        assertThat(config.message()).contains("fly deploy");
        assertThat(config.evidence().get(0).line()).isEqualTo(12);
        assertThat(result.signals().flag("endpoint.deployed")).isTrue();
    }

    @Test
    void spaceFrontMatterInReadmeIsDeployConfig() {
        ModuleResult result = evaluate("hf-space-front-matter");

        assertThat(result.signals().names("endpoint.deploy_configs")).containsExactly("README.md");
        Evidence evidence =
                finding(result, EndpointModule.DEPLOY_CONFIG).evidence().get(0);
        assertThat(evidence.line()).isEqualTo(5);
        assertThat(evidence.snippet()).contains("sdk: gradio");
    }

    @Test
    void dockerComposeAloneIsNotADeployment() {
        ModuleResult result = evaluate("compose-only");

        assertThat(result.signals().names("endpoint.deploy_configs")).isEmpty();
        assertThat(finding(result, EndpointModule.DEPLOY_CONFIG).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.signals().flag("endpoint.deployed")).isFalse();
    }

    @Test
    void unreadableCodeMakesMissingServingUnknownNotFail() {
        ModuleResult result = evaluate(RuleFixtures.withoutBodies(fixtures.open("endpoint", "fastapi-app"), "*.py"));

        assertThat(result.signals().names("endpoint.serving")).isEmpty();
        Finding serving = finding(result, EndpointModule.SERVING_CODE);
        assertThat(serving.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(serving.evidence())
                .extracting(Evidence::path)
                .contains(Optional.of("requirements.txt"), Optional.of("src/app.py"));
    }

    @Test
    void truncatedTreeMakesMissingDeployConfigUnknown() {
        ModuleResult result = evaluate(RuleFixtures.truncated(fixtures.open("endpoint", "compose-only")));

        assertThat(finding(result, EndpointModule.DEPLOY_CONFIG).outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(finding(result, EndpointModule.DEPLOYED).outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(result.signals().flag("endpoint.deployed")).isFalse();
    }

    /** Each CI step that deploys, in a one-step workflow of its own: the step's name is the platform reported. */
    @ParameterizedTest(name = "{0} deploys with {1}")
    @CsvSource({
        "workflow-render-hook, render deploy hook",
        "workflow-ssh-deploy, deploy over SSH",
        "workflow-space-remote, Hugging Face Space push",
        "workflow-sagemaker-endpoint, aws sagemaker deploy",
        "workflow-app-runner, aws app runner deploy",
        "workflow-cloudformation, aws cloudformation deploy",
        "workflow-azure-functions, az functionapp deploy",
        "workflow-cloud-functions-action, Google Cloud deploy action",
        "workflow-netlify, netlify deploy",
        "workflow-argocd, argocd sync",
        "workflow-replicate, Replicate push",
        "workflow-docker-stack, docker stack deploy"
    })
    void ciStepThatDeploysIsADeployment(String fixture, String platform) {
        ModuleResult result = evaluate(fixture);

        assertThat(result.signals().flag("endpoint.deployed")).isTrue();
        assertThat(result.signals().names("endpoint.deploy_configs")).containsExactly(".github/workflows/deploy.yml");
        assertThat(finding(result, EndpointModule.DEPLOY_CONFIG).message()).contains("(" + platform + ")");
    }

    /** Each platform or infrastructure-as-code file that deploys a service. */
    @ParameterizedTest(name = "{0} is a {2} deploy config")
    @CsvSource({
        "cloudformation-stack, infra/stack.yaml, AWS CloudFormation service",
        "pulumi-project, Pulumi.yaml, Pulumi",
        "cdk-app, cdk.json, AWS CDK",
        "codedeploy-appspec, appspec.yml, AWS CodeDeploy",
        "heroku-app-json, app.json, Heroku (app.json)",
        "terraform-cloud-function, infra/main.tf, Terraform service",
        "workflow-self-hosted-docker-run, .github/workflows/deploy.yml, Self-hosted runner deploy",
        "chalice-app, .chalice/config.json, AWS Chalice",
        "railway-config, railway.json, Railway",
        "zappa-settings, zappa_settings.json, Zappa (AWS Lambda)",
        "netlify-site, netlify.toml, Netlify",
        "firebase-hosting, firebase.json, Firebase Hosting",
        "modal-endpoint, serve.py, Modal web endpoint",
        "space-upload-script, deploy_space.py, Hugging Face Space upload",
        "space-upload-notebook, publish.ipynb, Hugging Face Space upload",
        "azure-pipelines-webapp, azure-pipelines.yml, Azure Pipelines deploy task"
    })
    void platformOrInfrastructureFileIsADeployment(String fixture, String path, String platform) {
        ModuleResult result = evaluate(fixture);

        assertThat(result.signals().flag("endpoint.deployed")).isTrue();
        assertThat(result.signals().names("endpoint.deploy_configs")).containsExactly(path);
        assertThat(finding(result, EndpointModule.DEPLOY_CONFIG).message()).contains(path + " (" + platform + ")");
    }

    @ParameterizedTest(name = "{0} deploys nothing")
    @CsvSource({
        "workflow-build-only",
        "workflow-kind-e2e",
        "workflow-kubectl-dry-run",
        "space-sdk-after-front-matter",
        "k8s-placeholder-image",
        "railway-made-up-services"
    })
    void workflowsAndFilesThatDeployNothingAreNotADeployment(String fixture) {
        ModuleResult result = evaluate(fixture);

        assertThat(result.signals().flag("endpoint.deployed")).isFalse();
        assertThat(finding(result, EndpointModule.DEPLOY_CONFIG).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void projectPageWhoseSiteIsInTheRepositoryIsALiveApp() {
        ModuleResult result = evaluate("pages-demo");

        assertThat(result.signals().names("endpoint.live_urls")).containsExactly("https://jdoe.github.io/pages-demo");
        assertThat(result.signals().flag("endpoint.deployed")).isTrue();
        assertThat(finding(result, EndpointModule.LIVE_URL).evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void projectPageWithoutItsSiteInTheRepositoryIsNotALiveApp() {
        ModuleResult result = evaluate("pages-docs-link");

        assertThat(result.signals().names("endpoint.live_urls")).isEmpty();
        assertThat(result.signals().flag("endpoint.deployed")).isFalse();
    }
}
