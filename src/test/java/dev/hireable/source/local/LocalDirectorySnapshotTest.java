package dev.hireable.source.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.hireable.snapshot.FetchPolicy;
import dev.hireable.snapshot.FileContent;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.SnapshotLimits;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class LocalDirectorySnapshotTest {

    private static final SnapshotLimits LIMITS =
            SnapshotLimits.defaults(List.of(".git", "node_modules", "__pycache__", "site-packages", ".venv", "venv"));

    @TempDir
    Path repo;

    @Test
    void ignoredFoldersAndVirtualenvsAreNotListed() throws IOException {
        write("src/train.py", "print('hi')");
        write("node_modules/x/index.js", "x");
        write("src/__pycache__/train.cpython-311.pyc", "x");
        write(".venv/lib/python3.11/site-packages/mlflow/__init__.py", "x");
        write("myenv/pyvenv.cfg", "home = /usr/bin");
        write("myenv/lib/python3.11/site-packages/wandb/__init__.py", "x");
        write(".git/HEAD", "ref: refs/heads/main\n");

        List<String> paths = open().tree().files().stream().map(FileEntry::path).toList();

        assertThat(paths).containsExactly("src/train.py");
    }

    @Test
    void filesOverOneMegabyteAreListedButNotRead() throws IOException {
        write("data/big.csv", "a,b\n".repeat(300_000));

        LocalDirectorySnapshot snapshot = open();

        assertThat(snapshot.tree().get("data/big.csv")).map(FileEntry::size).contains(1_200_000L);
        assertThat(snapshot.read("data/big.csv")).isInstanceOf(FileContent.TooLarge.class);
    }

    @Test
    void linkOutOfTheRootIsNotFollowedAndIsNoted(@TempDir Path outside) throws IOException {
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(repo.resolve("leak.txt"), outside.resolve("secret.txt"));

        LocalDirectorySnapshot snapshot = open();

        assertThat(snapshot.tree().contains("leak.txt")).isFalse();
        assertThat(snapshot.tree().notes()).anyMatch(note -> note.contains("leak.txt") && note.contains("outside"));
    }

    @Test
    void symlinkLoopDoesNotHangAndIsNoted() throws IOException {
        Files.createDirectories(repo.resolve("a"));
        Files.createSymbolicLink(repo.resolve("a/loop"), repo.resolve("a"));
        Files.createSymbolicLink(repo.resolve("self"), repo.resolve("self"));
        write("a/file.py", "x = 1");

        LocalDirectorySnapshot snapshot = open();

        assertThat(snapshot.tree().files()).extracting(FileEntry::path).containsExactly("a/file.py");
        assertThat(snapshot.tree().notes()).hasSize(2);
    }

    @Test
    void linkToAFileInsideTheRootIsReadAsThatFile() throws IOException {
        write("docs/README.md", "# Churn");
        Files.createSymbolicLink(repo.resolve("README.md"), repo.resolve("docs/README.md"));

        assertThat(open().read("README.md")).isEqualTo(new FileContent.Text("README.md", "# Churn", false));
    }

    @Test
    void readingAFileNotInTheTreeGivesMissing() {
        assertThat(open().read("nope.txt")).isEqualTo(new FileContent.Missing("nope.txt"));
    }

    @Test
    void theReadBudgetStopsReadsOnceSpent() throws IOException {
        write("a.py", "x".repeat(600));
        write("b.py", "y".repeat(600));
        LocalDirectorySnapshot snapshot =
                LocalDirectorySnapshot.open(repo, "r", new SnapshotLimits(1_000_000, 1_000, 100, List.of()));

        assertThat(snapshot.read("a.py")).isInstanceOf(FileContent.Text.class);
        assertThat(snapshot.read("b.py")).isInstanceOf(FileContent.OverBudget.class);
    }

    @Test
    void withAReadOrderTheBudgetGoesToTheReadmeBeforeCode() throws IOException {
        write("a.py", "x".repeat(600));
        write("README.md", "# Readme\n" + "y".repeat(590));
        FetchPolicy order = new FetchPolicy(List.of(List.of("/README*"), List.of("*.py")), List.of(), 1, 1);
        LocalDirectorySnapshot snapshot = LocalDirectorySnapshot.open(
                repo, "r", new SnapshotLimits(1_000_000, 1_000, 100, List.of()).readingFirst(order));

        assertThat(snapshot.read("a.py")).isInstanceOf(FileContent.OverBudget.class);
        assertThat(snapshot.read("README.md")).isInstanceOf(FileContent.Text.class);
    }

    @Test
    void hugeGitFilesAreNotReadIntoMemoryAndLeaveTheCommitUnknown() throws IOException {
        write("train.py", "print('hi')");
        write(".git/config", "[remote \"origin\"]\n\turl = git@github.com:jdoe-ml/churn-guard.git\n");
        for (String name : List.of(".git/HEAD", ".git/packed-refs")) {
            try (RandomAccessFile sparse =
                    new RandomAccessFile(repo.resolve(name).toFile(), "rw")) {
                sparse.setLength(3L << 30);
            }
        }

        LocalDirectorySnapshot snapshot = open();

        assertThat(snapshot.metadata().commit()).isEmpty();
        assertThat(snapshot.metadata().webUrl()).contains("https://github.com/jdoe-ml/churn-guard");
        assertThat(snapshot.tree().files()).extracting(FileEntry::path).containsExactly("train.py");
    }

    @Test
    void aTreeLargerThanTheListingLimitIsCutThereAndMarkedTruncated() throws IOException {
        for (int i = 0; i < 30; i++) {
            write("data/part-" + i + ".csv", "x");
        }

        LocalDirectorySnapshot snapshot = LocalDirectorySnapshot.open(repo, "r", LIMITS.listingAtMost(20));

        assertThat(snapshot.tree().size()).isEqualTo(20);
        assertThat(snapshot.tree().truncated()).isTrue();
        assertThat(snapshot.tree().notes()).anyMatch(note -> note.contains("more than 20 files"));
    }

    @Test
    void commitAndGitHubRemoteAreReadFromDotGit() throws IOException {
        String sha = "6f546e347702c491592022e1b8474c8d5b81fcec";
        write(".git/HEAD", "ref: refs/heads/main\n");
        write(".git/packed-refs", "# pack-refs with: peeled fully-peeled sorted\n" + sha + " refs/heads/main\n");
        write(
                ".git/config",
                "[core]\n\tbare = false\n[remote \"origin\"]\n\turl = git@github.com:jdoe-ml/churn-guard.git\n");

        LocalDirectorySnapshot snapshot = open();

        assertThat(snapshot.metadata().commit()).contains(sha);
        assertThat(snapshot.metadata().webUrl()).contains("https://github.com/jdoe-ml/churn-guard");
        assertThat(snapshot.metadata().fileUrl("README.md", 3))
                .contains("https://github.com/jdoe-ml/churn-guard/blob/" + sha + "/README.md#L3");
    }

    @Test
    void directoryWithoutGitHasNoCommitOrUrl() throws IOException {
        write("README.md", "# x");
        assertThat(open().metadata().commit()).isEmpty();
        assertThat(open().metadata().webUrl()).isEmpty();
    }

    @Test
    void foldersListedSideBySideKeepWhatOneWalkWouldAtEveryLimit(@TempDir Path outside) throws IOException {
        write("a.txt", "x");
        for (int f = 0; f < 6; f++) {
            for (int i = 0; i < 3 + f; i++) {
                write("f" + f + "/sub/deeper/file-" + i + ".py", "x");
            }
            write("f" + f + "/top.md", "x");
            write("root-" + f + ".txt", "x");
        }
        write("node_modules/pkg/index.js", "x");
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(repo.resolve("f3/leak.txt"), outside.resolve("secret.txt"));
        List<String> walked = new ArrayList<>();
        int[] leakAfter = {-1};
        Files.walkFileTree(repo, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.getFileName().toString().equals("node_modules")
                        ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isSymbolicLink()) {
                    leakAfter[0] = walked.size();
                } else {
                    walked.add(repo.relativize(file).toString().replace('\\', '/'));
                }
                return FileVisitResult.CONTINUE;
            }
        });

        for (int limit : new int[] {1, 2, leakAfter[0], leakAfter[0] + 1, 20, walked.size(), 1_000}) {
            LocalDirectorySnapshot snapshot = LocalDirectorySnapshot.open(repo, "r", LIMITS.listingAtMost(limit));

            List<String> kept = walked.subList(0, Math.min(limit, walked.size()));
            assertThat(snapshot.tree().files())
                    .extracting(FileEntry::path)
                    .as("limit %d", limit)
                    .containsExactlyInAnyOrderElementsOf(kept);
            assertThat(snapshot.tree().truncated()).as("limit %d", limit).isEqualTo(limit <= walked.size());
            assertThat(snapshot.tree().notes().stream().anyMatch(note -> note.contains("leak.txt")))
                    .as("the link is reached before file %d", limit)
                    .isEqualTo(leakAfter[0] < limit);
        }
    }

    private LocalDirectorySnapshot open() {
        return LocalDirectorySnapshot.open(repo, "repo", LIMITS);
    }

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void linkToAFifoIsNotListedAndNothingWaitsOnIt() throws Exception {
        write("train.py", "print('hi')");
        Process mkfifo = new ProcessBuilder("mkfifo", repo.resolve("pipe").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Files.createSymbolicLink(repo.resolve("README.md"), repo.resolve("pipe"));

        LocalDirectorySnapshot snapshot = assertTimeoutPreemptively(Duration.ofSeconds(30), this::open);
        FileContent readme = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> snapshot.read("README.md"));

        assertThat(snapshot.tree().files()).extracting(FileEntry::path).containsExactly("train.py");
        assertThat(snapshot.tree().notes())
                .anyMatch(note -> note.startsWith("README.md") && note.contains("not a regular file"));
        assertThat(readme).isInstanceOf(FileContent.Missing.class);
    }
}
