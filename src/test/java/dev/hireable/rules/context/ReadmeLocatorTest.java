package dev.hireable.rules.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.readme.ReadmeModule;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.FileTree;
import dev.hireable.testing.RuleFixtures;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Which file is a project's README, as rules/readme.yaml's {@code location} says. */
class ReadmeLocatorTest {

    private static final ReadmeLocator LOCATOR = new ReadmeModule(new RuleFixtures().catalog()).locator();

    @Test
    void readmeInTheRootComesBeforeOneInDocs() {
        assertThat(choose("docs/README.md", "README.md", "train.py")).contains("README.md");
    }

    @Test
    void markdownReadmeComesBeforeRestructuredTextAndPlainText() {
        assertThat(choose("README.txt", "README.rst", "README.md")).contains("README.md");
        assertThat(choose("README.txt", "README.rst")).contains("README.rst");
    }

    @Test
    void readmeOfAnyCaseAndWithALanguageSuffixIsFound() {
        assertThat(choose("readme.md", "train.py")).contains("readme.md");
        assertThat(choose("README_en.md", "train.py")).contains("README_en.md");
        assertThat(choose("README.md", "README.zh-CN.md")).contains("README.md");
    }

    @Test
    void withoutReadmeInTheRootTheProjectFolderWithTheMostCodeIsChosen() {
        assertThat(choose("notes/README.md", "notes/idea.py", "churn/README.md", "churn/train.py", "churn/serve.py"))
                .contains("churn/README.md");
    }

    @Test
    void readmeOfAFolderWithoutCodeIsNotTheProjectsReadme() {
        assertThat(choose("data/README.md", "data/train.csv", "train.py")).isEmpty();
    }

    @Test
    void readmeDeeperThanTheProjectFolderDepthOrInVendoredCodeIsNotChosen() {
        assertThat(choose("a/b/c/README.md", "a/b/c/train.py")).isEmpty();
        assertThat(choose("vendor/lib/README.md", "vendor/lib/x.py")).isEmpty();
    }

    private static Optional<String> choose(String... paths) {
        FileTree tree = new FileTree(
                Stream.of(paths).map(path -> new FileEntry(path, 10)).toList(), false, List.of());
        return LOCATOR.choose(
                        tree,
                        file -> file.path().endsWith(".py"),
                        file -> file.path().startsWith("vendor/"))
                .map(FileEntry::path);
    }
}
