package dev.hireable.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.FileTree;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProjectSplitterTest {

    private final ProjectSplitter splitter = ProjectSplitter.from(RuleCatalog.builtIn());

    private static FileTree tree(String... paths) {
        return new FileTree(Arrays.stream(paths).map(p -> new FileEntry(p, 100)).toList());
    }

    @Test
    void topLevelFoldersWithTheirOwnReadmeAndCodeAreSeparateProjects() {
        FileTree tree = tree(
                "README.md",
                "churn/README.md",
                "churn/src/train.py",
                "sentiment/Readme.MD",
                "sentiment/train.py",
                "fraud-pipeline/README.md",
                "fraud-pipeline/pipeline/flow.py");

        assertThat(splitter.projectFolders(tree)).containsExactly("churn", "fraud-pipeline", "sentiment");
    }

    @Test
    void oneProjectWithReadmesInItsPartsIsNotSplit() {
        FileTree tree = tree(
                "README.md",
                "train.py",
                "src/README.md",
                "src/model.py",
                "notebooks/README.md",
                "notebooks/eda.ipynb",
                "docs/README.md");

        assertThat(splitter.projectFolders(tree)).isEmpty();
    }

    @Test
    void aSingleProjectFolderIsNotAMonorepo() {
        FileTree tree = tree("README.md", "churn/README.md", "churn/train.py", "assets/logo.png");

        assertThat(splitter.projectFolders(tree)).isEmpty();
    }

    @Test
    void foldersWithoutCodeOrWithoutReadmeAreNotProjects() {
        FileTree tree = tree("a/README.md", "a/train.py", "b/README.md", "b/notes.txt", "c/train.py");

        assertThat(splitter.projectFolders(tree)).isEmpty();
    }

    @Test
    void mostCodeOutsideTheProjectFoldersMeansOneProject() {
        FileTree tree = tree(
                "core/a.py",
                "core/b.py",
                "core/c.py",
                "core/d.py",
                "core/e.py",
                "demo1/README.md",
                "demo1/run.py",
                "demo2/README.md",
                "demo2/run.py");

        assertThat(splitter.projectFolders(tree)).isEmpty();
    }
}
