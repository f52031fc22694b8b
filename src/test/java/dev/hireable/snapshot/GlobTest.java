package dev.hireable.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void nameLiteralStartIsTheTextBeforeTheFirstWildcardOfANameGlob() {
        assertThat(Glob.of("README{-,_}*").nameLiteralStart()).isEqualTo("README");
        assertThat(Glob.of("/readme.*").nameLiteralStart()).isEqualTo("readme.");
        assertThat(Glob.of("README.md").nameLiteralStart()).isEqualTo("README.md");
        assertThat(Glob.of("*.md").nameLiteralStart()).isEmpty();
        assertThat(Glob.of("docs/README.md").nameLiteralStart()).isEmpty();
    }

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
    void plainShapesAndStarsMatchLikeTheirRegularExpression() {
        String[] paths = {
            "Dockerfile",
            "deploy/Dockerfile",
            "deploy/dockerfile",
            "xDockerfile",
            "Dockerfile.dev",
            "a/b.yml",
            "a.yml/x",
            "Procfile",
            "sub/Procfile",
            "requirements.txt",
            "ml/requirements.TXT",
            "requirements-dev.txt",
            "requirements/dev.txt",
            ".yml",
            "a/.yml",
            "README.md",
            "docs/README.md",
            "readme",
            ".github/workflows/ci.yml",
            ".github/workflows/nested/ci.yml",
            "data/Titanic_train.csv",
            "titanic.csv",
            "titanic.csv.bak",
            "src/train_model.py",
            "src/trainer/model.py",
            "aXbXbXc",
            "abc",
            "a",
            "aba",
            "abba",
            "x/ABaBA",
            "a/b/c",
            "é/Ä.yml",
            "mlruns/0/meta.yaml",
            "exp/MLRuns/0/meta.yaml",
            "notmlruns/0/meta.yaml",
            "mlruns",
            "src/tests/test_x.py",
            "tests/test_x.py",
            "tests",
            "wandb/run-2024/files/config.yaml",
            "a/wandb/run-/x",
            "a/wandb/runs-1/x"
        };
        String[] globs = {
            "Dockerfile",
            "/Procfile",
            "*.yml",
            "requirements.txt",
            "*.Dockerfile",
            "Dockerfile*",
            "requirements*.txt",
            "/README*",
            "/.github/workflows/*",
            "*titanic*.csv",
            "*train*.py",
            "a*b*c",
            "*b*",
            "a*a",
            "*ab*ba*",
            "a**",
            "/*/b/*",
            "*Ä.yml",
            "*ä.yml",
            "**/mlruns/**",
            "**/tests/**",
            "/tests/**",
            "**/wandb/run-*/**",
            "**/*.py",
            "**/a/b/c",
            "/a/*/c",
            "**/**"
        };
        for (String glob : globs) {
            Glob fast = Glob.of(glob);
            Pattern slow = Pattern.compile(
                    (glob.contains("/") ? "" : "(?:.*/)?") + starsAsRegex(glob.replaceFirst("^/", "")),
                    Pattern.CASE_INSENSITIVE);
            for (String path : paths) {
                assertThat(fast.matches(path))
                        .as(glob + " on " + path)
                        .isEqualTo(slow.matcher(path).matches());
                if (fast.matches(path)) {
                    assertThat(fast.mayMatch(Glob.sketch(path, 0, path.length())))
                            .as(glob + " sketch on " + path)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void sketchRulesOutPathsLackingTheGlobsLiteralText() {
        String path = "data/area1/data_129052.csv";
        long sketch = Glob.sketch(path, 0, path.length());
        assertThat(Glob.of("*titanic*.csv").mayMatch(sketch)).isFalse();
        assertThat(Glob.of("**/mlruns/**").mayMatch(sketch)).isFalse();
        assertThat(Glob.of("*DATA*.CSV").mayMatch(sketch)).isTrue();
        assertThat(Glob.of("/data/**").mayMatch(sketch)).isTrue();
        assertThat(Glob.of("/data/**/*.{csv,tsv}").mayMatch(sketch)).isTrue();
    }

    /**
     * The regular expression a glob of literal text and stars stands for: {@code **}{@code /} is any folders or none,
     * another {@code **} anything, a single star anything inside one folder.
     */
    private static String starsAsRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            if (glob.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (glob.startsWith("**", i)) {
                regex.append(".*");
                i++;
            } else {
                char c = glob.charAt(i);
                regex.append(c == '*' ? "[^/]*" : Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
