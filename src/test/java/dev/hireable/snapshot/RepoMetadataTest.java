package dev.hireable.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RepoMetadataTest {

    private static final String SHA = "6f546e347702c491592022e1b8474c8d5b81fcec";
    private final RepoMetadata repo = RepoMetadata.named("o/n")
            .withWebUrl(Optional.of("https://github.com/o/n"))
            .withCommit(Optional.of(SHA));

    @Test
    void fileLinkPointsAtTheFileAndLineAtTheAuditedCommit() {
        assertThat(repo.fileUrl("docs/model card.md", 7))
                .contains("https://github.com/o/n/blob/" + SHA + "/docs/model%20card.md#L7");
    }

    @Test
    void folderProjectLinksIntoItsFolderAndItsPageIsTheFolder() {
        RepoMetadata unit = repo.withId("o/n:projects/churn").withFolder("projects/churn");

        assertThat(unit.fileUrl("README.md", 3))
                .contains("https://github.com/o/n/blob/" + SHA + "/projects/churn/README.md#L3");
        assertThat(unit.fileUrl(".", 0)).contains("https://github.com/o/n/tree/" + SHA + "/projects/churn");
        assertThat(unit.pageUrl()).isEqualTo(unit.fileUrl(".", 0));
        assertThat(repo.pageUrl()).contains("https://github.com/o/n");
    }

    @Test
    void withoutAWebPageThereAreNoLinks() {
        assertThat(RepoMetadata.named("local-dir").fileUrl("README.md", 1)).isEmpty();
    }
}
