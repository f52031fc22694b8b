package dev.hireable.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetedSnapshotTest {

    /** Three files: one reads, one times out, one is over the per-repository file budget of two. */
    private static final class Flaky extends ListedSnapshot {
        Flaky() {
            super(
                    RepoMetadata.named("flaky"),
                    new FileTree(List.of(
                            new FileEntry("README.md", 5), new FileEntry("app.py", 5), new FileEntry("train.py", 5))),
                    new SnapshotLimits(100, 100, 2, List.of()));
        }

        @Override
        protected byte[] fetch(FileEntry file) throws IOException {
            if (file.path().equals("app.py")) {
                throw new SocketTimeoutException("timeout");
            }
            return "hello".getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aFailedReadIsUnreadableAndRememberedButMissingAndOverBudgetAreNot() {
        Flaky snapshot = new Flaky();

        assertThat(snapshot.read("README.md")).isInstanceOf(FileContent.Text.class);
        assertThat(snapshot.read("app.py")).isInstanceOf(FileContent.Unreadable.class);
        assertThat(snapshot.read("nope.md")).isInstanceOf(FileContent.Missing.class);
        snapshot.read("train.py");

        assertThat(snapshot.failedReads()).extracting(FileContent::path).containsExactly("app.py");
        assertThat(snapshot.failedReads().get(0).explanation()).isEqualTo("app.py could not be read: timeout");
        assertThat(new SubdirectorySnapshot(snapshot, "src").failedReads()).hasSize(1);
    }
}
