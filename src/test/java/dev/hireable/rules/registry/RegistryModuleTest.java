package dev.hireable.rules.registry;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.testing.RuleFixtures;
import org.junit.jupiter.api.Test;

import static dev.hireable.testing.RuleFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(finding(result, RegistryModule.USED).evidence()).singleElement()
                .satisfies(e -> assertThat(e.snippet()).hasValueSatisfying(s -> assertThat(s).contains("cell 3").contains("trainer.push_to_hub")));
    }

    @Test
    void wandbArtifactOfTypeModelCountsAsWandbRegistry() {
        ModuleResult result = audit("wandb-model-artifact");

        assertThat(result.signals().flag("registry.used")).isTrue();
        assertThat(finding(result, RegistryModule.USED).evidence()).singleElement().extracting(Evidence::line).isEqualTo(4);
    }

    @Test
    void bentomlSaveModelCountsAsModelStore() {
        assertThat(finding(audit("bentoml-store"), RegistryModule.USED).message()).contains("bentoml");
    }

    @Test
    void modelsUriInConfigCountsAsRegistryUse() {
        ModuleResult result = audit("models-uri-config");

        assertThat(result.signals().flag("registry.used")).isTrue();
        assertThat(finding(result, RegistryModule.USED).evidence()).singleElement().satisfies(e -> {
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
