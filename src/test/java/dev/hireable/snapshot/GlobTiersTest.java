package dev.hireable.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlobTiersTest {

    private static final List<List<String>> TIERS = List.of(
            List.of("/README*", "/docs/README*"),
            List.of("requirements*.txt", "pyproject.toml", "Pipfile"),
            List.of("/.github/workflows/*", "Dockerfile*", "*compose*.{yml,yaml}", "*.{yml,yaml,toml}", "*.tar.gz"),
            List.of("*.{md,txt}"),
            List.of("*.py", "**/mlruns/**"));

    @Test
    void tierIsTheFirstWithAGlobThatMatchesOnItsOwn() {
        GlobTiers tiers = new GlobTiers(TIERS);
        List<String> paths = List.of(
                "README.md",
                "docs/README.md",
                "src/README.md",
                "requirements-dev.txt",
                "ml/PyProject.TOML",
                "Pipfile",
                "pipfile.lock",
                ".github/workflows/ci.yml",
                "deploy/Dockerfile.prod",
                "docker-compose.YAML",
                "config.yaml",
                ".yml",
                "data/archive.tar.gz",
                "notes.txt",
                "train.py",
                "mlruns/0/meta.yaml",
                "mlruns/0/metrics/loss",
                "image.png",
                "noextension",
                "src/ÄPFEL.PY");
        for (String path : paths) {
            assertThat(tiers.tierOf(path)).as(path).isEqualTo(firstMatchingTier(path));
        }
    }

    @Test
    void namesAndExtensionsAreFoundWhateverTheirCaseAndNothingElseIs() {
        GlobTiers never = GlobTiers.anyOf(List.of("*.{png,jpg}", "Thumbs.db"));
        assertThat(never.anyMatches("figures/Plot.PNG")).isTrue();
        assertThat(never.anyMatches("a/thumbs.DB")).isTrue();
        assertThat(never.anyMatches("figures/plot.png.txt")).isFalse();
        assertThat(never.anyMatches("png")).isFalse();
        assertThat(new GlobTiers(TIERS).tierOf("image.png")).isEqualTo(TIERS.size());
    }

    private static int firstMatchingTier(String path) {
        for (int tier = 0; tier < TIERS.size(); tier++) {
            if (TIERS.get(tier).stream().anyMatch(glob -> Glob.of(glob).matches(path))) {
                return tier;
            }
        }
        return TIERS.size();
    }
}
