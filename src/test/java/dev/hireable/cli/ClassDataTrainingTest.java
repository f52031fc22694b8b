package dev.hireable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The GitHub audit the class-data archive is trained on: it must run the whole GitHub path offline (listing, heads,
 * tree, files, then a re-audit from the cache), or the archive silently leaves those classes out.
 */
class ClassDataTrainingTest {

    @Test
    void theStandInGitHubIsAuditedColdThenWarmFromTheCacheWithoutTheNetwork() throws Exception {
        ClassDataTraining.GitHubTraining run = ClassDataTraining.auditAGitHubUser();

        assertThat(run.coldExit()).as("cold audit exit code").isZero();
        assertThat(run.warmExit()).as("warm audit exit code").isZero();
        assertThat(run.coldFileReads()).as("files read on the cold audit").isGreaterThanOrEqualTo(5);
        assertThat(run.warmFileReads())
                .as("the re-audit takes every result from the cache")
                .isZero();
    }
}
