package dev.hireable.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hireable.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * hireable agrees with the reviewer on the labelled corpus of real repositories, audited whole. Floors, below the
 * figures reached, so that a change that breaks detection or scoring fails here; the figures themselves are printed
 * by {@link CorpusBenchmark}. Skipped when the corpus is not laid out (a fresh clone).
 */
class CorpusAgreementTest {

    private static Agreement agreement;

    @BeforeAll
    static void auditTheCorpus() {
        assumeTrue(Corpus.available(), "the labelled corpus is not laid out (HIREABLE_CORPUS)");
        agreement = Agreement.of(CorpusAudit.builtIn().audited());
    }

    @Test
    void everyLaidOutRepositoryIsAudited() {
        assertThat(CorpusAudit.builtIn().audited()).hasSameSizeAs(Corpus.repos());
    }

    @Test
    void signalsAgreeWithTheReviewerOnTheWhole() {
        assertThat(agreement.macroF1()).as(agreement.table()).isGreaterThanOrEqualTo(0.92);
    }

    @Test
    void noSignalFallsFarBehind() {
        agreement
                .signals()
                .forEach((signal, counts) -> assertThat(counts.f1())
                        .as(signal + "\n" + agreement.table())
                        .isGreaterThanOrEqualTo(0.6));
    }

    @Test
    void thePrimaryArchetypeAgreesWithTheReviewer() {
        assertThat(agreement.archetypeAccuracy()).as(agreement.table()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void repositoryScoresRankLikeTheReviewersRatings() {
        assertThat(agreement.spearman()).as(agreement.table()).isGreaterThanOrEqualTo(0.78);
    }
}
