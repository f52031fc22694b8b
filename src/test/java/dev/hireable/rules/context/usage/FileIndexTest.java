package dev.hireable.rules.context.usage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.snapshot.FileEntry;
import dev.hireable.testing.RuleFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileIndexTest {

    private final FileIndex index = FileIndex.of(new RuleFixtures().context("usage", "file-index"));

    private List<String> matching(String... globs) {
        return index.matching(List.of(globs)).stream().map(FileEntry::path).toList();
    }

    @Test
    void literalNameMatchesInAnyFolderButNotInVendoredOnes() {
        assertThat(matching("Procfile")).containsExactly("Procfile");
        assertThat(matching("fly.toml")).isEmpty();
    }

    @Test
    void extensionGlobsMatchCaseInsensitively() {
        assertThat(matching("*.yaml")).containsExactly("deploy/k8s/app.YAML");
    }

    @Test
    void foldersAndWildcardsInTheNameStillApply() {
        assertThat(matching("**/grafana/**/*.json")).containsExactly("grafana/dash/x.json");
        assertThat(matching("*dashboard*.json")).containsExactly("ops/my-dashboard.json");
        assertThat(matching("/ops/*")).containsExactly("ops/my-dashboard.json", "ops/other.json");
    }

    @Test
    void severalGlobsGiveEachFileOnceInTreeOrder() {
        assertThat(matching("*.json", "/ops/other.json"))
                .containsExactly("grafana/dash/x.json", "ops/my-dashboard.json", "ops/other.json");
    }
}
