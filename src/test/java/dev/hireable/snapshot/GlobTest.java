package dev.hireable.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void globWithoutSlashMatchesTheFileNameInAnyFolder() {
        Glob glob = Glob.of("Dockerfile");
        assertThat(glob.matches("Dockerfile")).isTrue();
        assertThat(glob.matches("deploy/api/Dockerfile")).isTrue();
        assertThat(glob.matches("Dockerfile.dev")).isFalse();
    }

    @Test
    void leadingSlashAnchorsTheGlobAtTheRoot() {
        Glob glob = Glob.of("/.github/workflows/*.yml");
        assertThat(glob.matches(".github/workflows/ci.yml")).isTrue();
        assertThat(glob.matches("sub/.github/workflows/ci.yml")).isFalse();
        assertThat(glob.matches(".github/workflows/nested/ci.yml")).isFalse();
    }

    @Test
    void matchingIgnoresCase() {
        assertThat(Glob.of("readme.*").matches("docs/README.MD")).isTrue();
    }

    @Test
    void doubleStarCrossesFoldersAndBracesOfferChoices() {
        Glob glob = Glob.of("/charts/**/*.{yaml,yml}");
        assertThat(glob.matches("charts/api/templates/deployment.yaml")).isTrue();
        assertThat(glob.matches("charts/values.yml")).isTrue();
        assertThat(glob.matches("charts/values.json")).isFalse();
    }

    @Test
    void choiceOfExtensionsMatchesEachInAnyFolderAndNoOther() {
        Glob glob = Glob.of("*compose*.{yml,yaml}");
        assertThat(glob.matches("docker-compose.yml")).isTrue();
        assertThat(glob.matches("deploy/compose.prod.YAML")).isTrue();
        assertThat(glob.matches("compose.json")).isFalse();
        assertThat(glob.matches("compose.yml/notes.txt")).isFalse();
        assertThat(Glob.of("*.{png,jpg}").matches("figures/plot.png.txt")).isFalse();
    }

    @Test
    void globWithOneChoiceStandsForItsAlternatives() {
        assertThat(Glob.alternatives("*.{yml,yaml}")).containsExactly("*.yml", "*.yaml");
        assertThat(Glob.alternatives("/charts/**/*.{yaml,yml}"))
                .containsExactly("/charts/**/*.yaml", "/charts/**/*.yml");
        assertThat(Glob.alternatives("{src/a,b}.py")).containsExactly("{src/a,b}.py");
        assertThat(Glob.alternatives("{a,b}/{c,d}")).containsExactly("{a,b}/{c,d}");
        assertThat(Glob.alternatives("Dockerfile")).containsExactly("Dockerfile");
    }

    @Test
    void unbalancedBraceIsRejectedWithTheGlobNamed() {
        assertThatThrownBy(() -> Glob.of("*.{yaml")).hasMessageContaining("*.{yaml");
    }

    @Test
    void plainShapesMatchLikeTheirRegularExpression() {
        String[] paths = {
            "Dockerfile",
            "deploy/Dockerfile",
            "deploy/dockerfile",
            "xDockerfile",
            "a/b.yml",
            "a.yml/x",
            "Procfile",
            "sub/Procfile",
            "requirements.txt",
            "ml/requirements.TXT",
            ".yml",
            "a/.yml"
        };
        for (String glob : new String[] {"Dockerfile", "/Procfile", "*.yml", "requirements.txt", "*.Dockerfile"}) {
            Glob fast = Glob.of(glob);
            java.util.regex.Pattern slow = java.util.regex.Pattern.compile(
                    (glob.contains("/") ? "" : "(?:.*/)?")
                            + glob.replace("/", "").replace(".", "\\.").replace("*", "[^/]*"),
                    java.util.regex.Pattern.CASE_INSENSITIVE);
            for (String path : paths) {
                assertThat(fast.matches(path))
                        .as(glob + " on " + path)
                        .isEqualTo(slow.matcher(path).matches());
            }
        }
    }
}
