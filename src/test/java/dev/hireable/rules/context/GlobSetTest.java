package dev.hireable.rules.context;

import dev.hireable.snapshot.Glob;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GlobSetTest {

    @Test
    void literalPrefilterIsTheLongestRunOutsideWildcardsAndBraces() {
        assertThat(GlobSet.longestLiteral("**/mlruns/**")).isEqualTo("mlruns");
        assertThat(GlobSet.longestLiteral("Dockerfile.*")).isEqualTo("dockerfile.");
        assertThat(GlobSet.longestLiteral("*.{yml,yaml}")).isEqualTo(".");
        assertThat(GlobSet.longestLiteral("*")).isEmpty();
    }

    @Test
    void prefilteredMatchingAgreesWithPlainGlobs() {
        List<String> globs = List.of("Dockerfile", "*.Dockerfile", "Dockerfile.*", "**/mlruns/**", "/.dvc/config",
                "events.out.tfevents.*", "*.{yml,yaml}");
        List<String> paths = List.of("Dockerfile", "deploy/DOCKERFILE", "api.dockerfile", "Dockerfile.gpu",
                "mlruns/0/meta.yaml", "src/mlruns/1/x", "notmlruns.txt", ".dvc/config", "sub/.dvc/config",
                "runs/a/events.out.tfevents.1716.v100", "ci.YML", "README.md");
        GlobSet set = GlobSet.of(globs);
        for (String path : paths) {
            boolean plain = globs.stream().map(Glob::of).anyMatch(g -> g.matches(path));
            assertThat(set.matches(path)).as(path).isEqualTo(plain);
        }
    }
}
