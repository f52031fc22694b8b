package dev.hireable.rules.registry;

import static dev.hireable.testing.RuleFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.snapshot.Snapshot;
import dev.hireable.testing.RuleFixtures;
import org.junit.jupiter.api.Test;

class RegistryModuleTest {

    private final RuleFixtures fixtures = new RuleFixtures();

    private ModuleResult audit(String fixture) {
        return fixtures.run(RegistryModule::new, "registry", fixture);
    }

    @Test
    void registeredModelNameInLogModelCountsAsMlflowRegistry() {
        ModuleResult result = audit("registered-model-name");

        assertThat(result.signals().flag("registry.used")).isTrue();
        Finding used = finding(result, RegistryModule.USED);
        assertThat(used.message()).contains("mlflow");
        assertThat(used.evidence()).first().satisfies(e -> {
            assertThat(e.path()).contains("train.py");
            assertThat(e.line()).isEqualTo(6);
        });
    }

    @Test
    void pushToHubInNotebookCountsAsHuggingFaceHubRegistry() {
        ModuleResult result = audit("push-to-hub");

        assertThat(result.signals().flag("registry.used")).isTrue();
        assertThat(finding(result, RegistryModule.USED).message()).contains("huggingface");
        assertThat(finding(result, RegistryModule.USED).evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.snippet())
                        .hasValueSatisfying(
                                s -> assertThat(s).contains("cell 3").contains("trainer.push_to_hub")));
    }

    @Test
    void wandbArtifactOfTypeModelCountsAsWandbRegistry() {
        ModuleResult result = audit("wandb-model-artifact");

        assertThat(result.signals().flag("registry.used")).isTrue();
        assertThat(finding(result, RegistryModule.USED).evidence())
                .singleElement()
                .extracting(Evidence::line)
                .isEqualTo(4);
    }

    @Test
    void bentomlLocalModelStoreIsNotARegistry() {
        ModuleResult result = audit("bentoml-store");

        assertThat(result.signals().flag("registry.used")).isFalse();
        assertThat(finding(result, RegistryModule.USED).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void modelsFolderMountedInDockerComposeIsNotARegistryUri() {
        assertThat(audit("compose-volume-models").signals().flag("registry.used"))
                .isFalse();
    }

    @Test
    void uploadFolderOfAModelToTheHubIsARegistry() {
        ModuleResult result = audit("upload-folder-model");

        assertThat(result.signals().flag("registry.used")).isTrue();
        assertThat(finding(result, RegistryModule.USED).evidence())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.path()).contains("upload_model.py");
                    assertThat(e.line()).isEqualTo(4);
                });
    }

    @Test
    void s3UploadHelperNextToTransformersIsNotAHubUpload() {
        assertThat(audit("s3-upload-helper").signals().flag("registry.used")).isFalse();
    }

    @Test
    void uploadFolderToASpaceIsADeploymentNotARegistry() {
        assertThat(audit("upload-folder-space").signals().flag("registry.used")).isFalse();
    }

    @Test
    void huggingFaceCliUploadInAWorkflowIsARegistry() {
        ModuleResult result = audit("cli-upload-workflow");

        assertThat(result.signals().flag("registry.used")).isTrue();
        assertThat(finding(result, RegistryModule.USED).evidence())
                .first()
                .satisfies(e -> assertThat(e.line()).isEqualTo(10));
    }

    @Test
    void unslothMergedPushToHubIsARegistry() {
        assertThat(finding(audit("unsloth-merged-push"), RegistryModule.USED).message())
                .contains("huggingface");
    }

    @Test
    void wandbLogModelIsARegistry() {
        ModuleResult result = audit("wandb-log-model");

        assertThat(result.signals().flag("registry.used")).isTrue();
        assertThat(finding(result, RegistryModule.USED).evidence())
                .first()
                .satisfies(e -> assertThat(e.line()).isEqualTo(6));
    }

    @Test
    void stepFunctionsStateThatCreatesAModelPackageIsASageMakerRegistry() {
        ModuleResult result = audit("step-functions-model-package");

        assertThat(result.signals().flag("registry.used")).isTrue();
        assertThat(finding(result, RegistryModule.USED).message()).contains("sagemaker");
    }

    @Test
    void boto3CreateModelPackageIsASageMakerRegistry() {
        assertThat(audit("boto3-model-package").signals().flag("registry.used")).isTrue();
    }

    @Test
    void dvcArtifactOfTypeModelIsARegistry() {
        ModuleResult result = audit("dvc-model-artifact");

        assertThat(result.signals().flag("registry.used")).isTrue();
        assertThat(finding(result, RegistryModule.USED).message()).contains("dvc");
    }

    @Test
    void readmeLinkToTheOwnersHubModelIsARegistry() {
        Snapshot repo = RuleFixtures.withId(fixtures.open("registry", "author-model-linked"), "jdoe/igbo-sentiment");

        ModuleResult result = fixtures.run(new RegistryModule(fixtures.catalog()), repo);

        assertThat(result.signals().flag("registry.used")).isTrue();
        assertThat(finding(result, RegistryModule.USED).evidence())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.path()).contains("README.md");
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void readmeLinkToAHubModelOfAnotherOwnerIsNotARegistry() {
        Snapshot repo = RuleFixtures.withId(fixtures.open("registry", "author-model-linked"), "someone/igbo-sentiment");

        assertThat(fixtures.run(new RegistryModule(fixtures.catalog()), repo)
                        .signals()
                        .flag("registry.used"))
                .isFalse();
    }

    @Test
    void codeLoadingTheOwnersHubModelIsARegistryWithTheOwnerFromTheCloneLink() {
        ModuleResult result = audit("sentiment-app");

        assertThat(result.signals().flag("registry.used")).isTrue();
        assertThat(finding(result, RegistryModule.USED).evidence())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.path()).contains("app.py");
                    assertThat(e.line()).isEqualTo(4);
                });
    }

    @Test
    void someoneElsesBaseModelIsNotTheAuthorsRegistry() {
        assertThat(audit("base-model-of-someone-else").signals().flag("registry.used"))
                .isFalse();
    }

    @Test
    void modelsUriInConfigCountsAsRegistryUse() {
        ModuleResult result = audit("models-uri-config");

        assertThat(result.signals().flag("registry.used")).isTrue();
        assertThat(finding(result, RegistryModule.USED).evidence())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.path()).contains("configs/serve.yaml");
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void loggedButUnregisteredModelFailsAndCommentedRegistrationIsIgnored() {
        ModuleResult result = audit("logged-not-registered");

        assertThat(result.signals().flag("registry.used")).isFalse();
        Finding used = finding(result, RegistryModule.USED);
        assertThat(used.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(used.remediation()).hasValueSatisfying(r -> assertThat(r).contains("registered_model_name"));
    }
}
