package dev.hireable.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ForgeTest {

    private static final String SHA = "6f546e347702c491592022e1b8474c8d5b81fcec";

    @Test
    void gitHubLinksFilesAndFoldersAtTheRefWithPathsEncoded() {
        Forge github = Forge.gitHub("https://ghe.example.com/o/n/");
        assertThat(github.webUrl()).contains("https://ghe.example.com/o/n");
        assertThat(github.fileUrl(SHA, "notebooks/eda #1.ipynb", 0))
                .contains("https://ghe.example.com/o/n/blob/" + SHA + "/notebooks/eda%20%231.ipynb");
        assertThat(github.folderUrl("main", "projects/churn"))
                .contains("https://ghe.example.com/o/n/tree/main/projects/churn");
    }

    @Test
    void aRepositoryWithoutAForgeLinksNothingEvenWithACommit() {
        RepoMetadata local =
                RepoMetadata.named("churn").withCommit(Optional.of(SHA)).withFolder("api");
        assertThat(local.forge()).isEqualTo(Forge.NONE);
        assertThat(local.pageUrl()).isEmpty();
        assertThat(local.fileUrl("app.py", 3)).isEmpty();
        assertThat(Forge.gitHub(Optional.empty())).isEqualTo(Forge.NONE);
    }
}
