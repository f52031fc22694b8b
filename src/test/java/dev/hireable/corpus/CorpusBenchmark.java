package dev.hireable.corpus;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.standard.ScoreCalibration;
import dev.hireable.standard.StandardVocabulary;
import dev.hireable.testing.Corpus;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The corpus figures for the notes, printed, none asserted: per-signal precision, recall and F1, archetype accuracy,
 * Spearman of scores with ratings (with the current weights, then the weights a calibration chooses, in-sample and
 * 5-fold cross-validated), and the time an audit takes per repository in one JVM.
 *
 * <pre>./mvnw -B -q test -Dslow=true -Dtest=CorpusBenchmark</pre>
 */
@Tag("slow")
class CorpusBenchmark {

    @Test
    void printTheCorpusFigures() {
        assumeTrue(Corpus.available(), "the labelled corpus is not laid out (HIREABLE_CORPUS)");
        CorpusAudit.audit(RuleCatalog.builtIn());
        CorpusAudit audit = CorpusAudit.audit(RuleCatalog.builtIn());
        Agreement agreement = Agreement.of(audit.audited());
        System.out.print(agreement.table());
        agreement.disagreements().forEach(d -> System.out.println("  disagrees: " + d));
        System.out.printf(
                Locale.ROOT,
                "audit time: %.2f s for %d repositories, %.3f s per repository (one JVM, warm)%n",
                audit.seconds(),
                audit.audited().size(),
                audit.seconds() / audit.audited().size());

        StandardVocabulary vocabulary = RuleCatalog.builtIn()
                .book("standard.yaml", StandardVocabulary.class, List.of())
                .vocabulary();
        List<ScoreCalibration.Sample> samples = audit.audited().stream()
                .map(a -> new ScoreCalibration.Sample(
                        a.scored().assessment(),
                        a.repo().labels().path("quality_overall").asDouble()))
                .toList();
        ScoreCalibration.Result result = new ScoreCalibration(vocabulary).calibrate(samples, 5, 42);
        System.out.println(result.summary());
        System.out.print(result.weights().yaml());
    }
}
