package dev.hireable.rules.dockerfile;

import static dev.hireable.testing.RuleFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.testing.RuleFixtures;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DockerfileModuleTest {

    private final RuleFixtures fixtures = new RuleFixtures();

    private ModuleResult audit(String fixture) {
        return fixtures.run(DockerfileModule::new, "dockerfile", fixture);
    }

    @Test
    void repositoryWithoutDockerfileFailsPresenceAndSkipsImageChecks() {
        ModuleResult result = audit("no-dockerfile");

        assertThat(result.signals().flag("dockerfile.present")).isFalse();
        assertThat(finding(result, DockerfileModule.PRESENT).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.findings())
                .filteredOn(f -> !f.rule().equals(DockerfileModule.PRESENT))
                .extracting(Finding::outcome)
                .containsOnly(Outcome.NOT_APPLICABLE)
                .hasSize(4);
    }

    @Test
    void latestBaseImageFailsPinnedBase() {
        Finding pinned = finding(audit("unpinned-latest"), DockerfileModule.PINNED_BASE);

        assertThat(pinned.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(pinned.message()).contains("python:latest").contains("'latest'");
        assertThat(pinned.evidence()).singleElement().satisfies(e -> {
            assertThat(e.path()).contains("Dockerfile");
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.snippet()).contains("FROM python:latest");
        });
        assertThat(pinned.remediation()).isPresent();
    }

    @Test
    void untaggedBaseImageFailsPinnedBaseAsImplicitLatest() {
        Finding pinned = finding(audit("untagged"), DockerfileModule.PINNED_BASE);

        assertThat(pinned.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(pinned.message()).contains("no tag");
    }

    @Test
    void digestPinnedBaseImagePassesAndServingImagePassesEveryCheck() {
        ModuleResult result = audit("pinned-digest");

        assertThat(finding(result, DockerfileModule.PINNED_BASE).message()).contains("pinned by digest");
        assertThat(result.findings()).extracting(Finding::outcome).containsOnly(Outcome.PASS);
        assertThat(finding(result, DockerfileModule.SERVES).message()).contains("streamlit");
        assertThat(finding(result, DockerfileModule.EXPOSE).message()).contains("8080");
        assertThat(finding(result, DockerfileModule.NON_ROOT).message()).contains("runs as app");
    }

    @Test
    void multiStageBuildIsJudgedByItsFinalStageWhichRunsAsRoot() {
        ModuleResult result = audit("multi-stage-root-final");

        Finding pinned = finding(result, DockerfileModule.PINNED_BASE);
        assertThat(pinned.outcome()).isEqualTo(Outcome.PASS);
        assertThat(pinned.evidence()).singleElement().extracting(Evidence::line).isEqualTo(6);
        Finding nonRoot = finding(result, DockerfileModule.NON_ROOT);
        assertThat(nonRoot.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(nonRoot.message()).contains("sets no USER");
    }

    @Test
    void finalStageBuiltFromEarlierStageInheritsItsBaseUserAndPort() {
        ModuleResult result = audit("multi-stage-inherits");

        assertThat(finding(result, DockerfileModule.PINNED_BASE).message()).contains("python:3.11-slim");
        Finding nonRoot = finding(result, DockerfileModule.NON_ROOT);
        assertThat(nonRoot.outcome()).isEqualTo(Outcome.PASS);
        assertThat(nonRoot.evidence())
                .singleElement()
                .extracting(Evidence::line)
                .isEqualTo(3);
        assertThat(finding(result, DockerfileModule.EXPOSE).outcome()).isEqualTo(Outcome.PASS);
        assertThat(finding(result, DockerfileModule.SERVES).message()).contains("gunicorn");
    }

    @Test
    void continuationLinesAreJoinedAndCommentedInstructionsIgnored() {
        ModuleResult result = audit("continuation-and-comments");

        Finding serves = finding(result, DockerfileModule.SERVES);
        assertThat(serves.outcome()).isEqualTo(Outcome.PASS);
        assertThat(serves.message()).contains("uvicorn api.main:app --host 0.0.0.0 --port 8000");
        assertThat(serves.evidence()).singleElement().extracting(Evidence::line).isEqualTo(9);
        assertThat(finding(result, DockerfileModule.EXPOSE).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void heredocBodiesAreNotReadAsInstructions() {
        ModuleResult result = audit("heredoc");

        Finding nonRoot = finding(result, DockerfileModule.NON_ROOT);
        assertThat(nonRoot.outcome()).isEqualTo(Outcome.PASS);
        assertThat(nonRoot.evidence())
                .singleElement()
                .extracting(Evidence::line)
                .isEqualTo(6);
        assertThat(finding(result, DockerfileModule.EXPOSE).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(finding(result, DockerfileModule.SERVES).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void baseImageTagFromBuildArgumentDefaultIsResolvedAndNoted() {
        Finding pinned = finding(audit("arg-tag"), DockerfileModule.PINNED_BASE);

        assertThat(pinned.outcome()).isEqualTo(Outcome.PASS);
        assertThat(pinned.message()).contains("python:3.11-slim").contains("build argument");
    }

    @Test
    void baseImageFromBuildArgumentWithoutDefaultIsUnknown() {
        Finding pinned = finding(audit("arg-no-default"), DockerfileModule.PINNED_BASE);

        assertThat(pinned.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(pinned.message()).contains("${BASE_IMAGE}");
    }

    @Test
    void imageThatRunsTrainingScriptDoesNotServe() {
        Finding serves = finding(audit("training-image"), DockerfileModule.SERVES);

        assertThat(serves.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(serves.message()).contains("python train.py --epochs 10");
    }

    @Test
    void entrypointScriptThatStartsServerCountsAsServing() {
        Finding serves = finding(audit("entrypoint-script"), DockerfileModule.SERVES);

        assertThat(serves.outcome()).isEqualTo(Outcome.PASS);
        assertThat(serves.message()).contains("gunicorn");
        assertThat(serves.evidence()).anySatisfy(e -> {
            assertThat(e.path()).contains("docker/start.sh");
            assertThat(e.line()).isEqualTo(5);
        });
    }

    @Test
    void lambdaBaseImageServesThroughItsHandler() {
        Finding serves = finding(audit("lambda-base"), DockerfileModule.SERVES);

        assertThat(serves.outcome()).isEqualTo(Outcome.PASS);
        assertThat(serves.message()).contains("public.ecr.aws/lambda/python:3.10");
    }

    @Test
    void switchingBackToRootFailsNonRootWithTheLine() {
        Finding nonRoot = finding(audit("root-user"), DockerfileModule.NON_ROOT);

        assertThat(nonRoot.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(nonRoot.message()).contains("USER root on line 5");
        assertThat(finding(audit("root-user"), DockerfileModule.SERVES).message())
                .contains("flask");
    }

    @Test
    void dockerfileVariantsAreFoundOutsideVendoredFoldersAndTheServingOneIsJudged() {
        ModuleResult result = audit("named-variants");

        assertThat(result.signals().names("dockerfile.paths"))
                .containsExactly("Containerfile", "deploy/api.Dockerfile", "docker/Dockerfile.mlflow");
        Finding serves = finding(result, DockerfileModule.SERVES);
        assertThat(serves.outcome()).isEqualTo(Outcome.PASS);
        assertThat(serves.message()).startsWith("deploy/api.Dockerfile");
        assertThat(finding(result, DockerfileModule.NON_ROOT).message()).contains("1001");
    }

    @Test
    void unreadableDockerfileMakesImageChecksUnknown() {
        ModuleResult result = audit("binary-dockerfile");

        assertThat(result.signals().names("dockerfile.paths")).containsExactly("Dockerfile");
        assertThat(finding(result, DockerfileModule.PRESENT).outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.findings())
                .filteredOn(f -> !f.rule().equals(DockerfileModule.PRESENT))
                .allSatisfy(f -> {
                    assertThat(f.outcome()).isEqualTo(Outcome.UNKNOWN);
                    assertThat(f.message()).contains("binary");
                });
    }

    @Test
    void parserKeepsInstructionLinesAndStages() {
        ParsedDockerfile parsed = ParsedDockerfile.parse("ARG V=1\n\nfrom python:${V} as base\nuser app\nFROM base\n");

        assertThat(parsed.preamble())
                .extracting(ParsedDockerfile.Instruction::keyword)
                .containsExactly("ARG");
        assertThat(parsed.stages()).hasSize(2);
        assertThat(parsed.stages().get(0).alias()).isEqualTo(Optional.of("base"));
        assertThat(parsed.finalChain())
                .extracting(ParsedDockerfile.Stage::index)
                .containsExactly(1, 0);
        assertThat(parsed.stages().get(0).last("USER"))
                .map(ParsedDockerfile.Instruction::line)
                .contains(4);
    }
}
