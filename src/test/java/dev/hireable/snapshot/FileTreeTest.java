package dev.hireable.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FileTreeTest {

    private final FileTree tree = new FileTree(List.of(
            new FileEntry("src/train.py", 10),
            new FileEntry("README.md", 5),
            new FileEntry("src/data/load.py", 7),
            new FileEntry("src/train.py", 99),
            new FileEntry("Dockerfile", 3)));

    @Test
    void filesAreSortedByPathWhateverTheListingOrder() {
        assertThat(tree.files().stream().map(FileEntry::path))
                .containsExactly("Dockerfile", "README.md", "src/data/load.py", "src/train.py", "src/train.py");
    }

    @Test
    void fileIsFoundByItsExactPathAndAPathListedTwiceGivesTheFirstListed() {
        assertThat(tree.get("src/data/load.py")).contains(new FileEntry("src/data/load.py", 7));
        assertThat(tree.get("src/train.py")).contains(new FileEntry("src/train.py", 10));
        assertThat(tree.contains("Dockerfile")).isTrue();
    }

    @Test
    void absentPathsAndFoldersAreNotFiles() {
        assertThat(tree.get("src")).isEmpty();
        assertThat(tree.get("readme.md")).isEmpty();
        assertThat(tree.contains("zzz.py")).isFalse();
        assertThat(new FileTree(List.of()).get("README.md")).isEmpty();
    }
}
