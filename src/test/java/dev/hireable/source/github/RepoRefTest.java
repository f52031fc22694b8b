package dev.hireable.source.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RepoRefTest {

    @Test
    void ownerSlashNameParses() {
        assertThat(RepoRef.parse("jdoe-ml/churn-guard"))
                .contains(new RepoRef("jdoe-ml", "churn-guard", Optional.empty()));
    }

    @Test
    void folderAfterAColonIsAProjectOfItsOwn() {
        RepoRef ref = RepoRef.parse("acme/ml-monorepo:projects/forecasting/").orElseThrow();
        assertThat(ref.path()).contains("projects/forecasting");
        assertThat(ref.id()).isEqualTo("acme/ml-monorepo:projects/forecasting");
    }

    @Test
    void webUrlOfTheRepositoryIsAccepted() {
        assertThat(RepoRef.parse("https://github.com/jdoe-ml/churn-guard.git"))
                .map(RepoRef::id)
                .contains("jdoe-ml/churn-guard");
    }

    @Test
    void otherShapesAreRejected() {
        assertThat(RepoRef.parse("churn-guard")).isEmpty();
        assertThat(RepoRef.parse("a/b/c")).isEmpty();
        assertThat(RepoRef.parse("jdoe/..")).isEmpty();
        assertThat(RepoRef.parse("jdoe/repo:../escape")).isEmpty();
    }
}
