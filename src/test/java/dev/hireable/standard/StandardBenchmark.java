package dev.hireable.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.catalog.RuleCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Scores a generated 100-repository portfolio (next steps priced by re-scoring every unmet requirement of every
 * repository) and prints the time. Run with: {@code mvn -B -q test -Dslow=true -Dtest=StandardBenchmark}
 */
@Tag("slow")
class StandardBenchmark {

    @Test
    void scoresAHundredRepositoryPortfolio() {
        PortfolioStandard standard = new PortfolioStandard(RuleCatalog.builtIn());
        Random random = new Random(42);
        List<RepoAssessment> repos = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Repo repo = Repo.named("user/project-" + i)
                    .readme(random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), random.nextBoolean());
            switch (random.nextInt(4)) {
                case 0 -> repo.tabularData().trainsModel();
                case 1 -> repo.finetunes().trainsModel();
                case 2 -> repo.pipeline().tracking("mlflow");
                default -> repo.trainsModel();
            }
            if (random.nextBoolean()) {
                repo.deployedByConfig();
            }
            if (random.nextInt(4) == 0) {
                repo.registry().ci().tests();
            }
            repos.add(repo.build());
        }
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            standard.evaluate(repos);
        }
        int runs = 10;
        long start = System.nanoTime();
        StandardResult result = null;
        for (int run = 0; run < runs; run++) {
            result = standard.evaluate(repos);
        }
        double millis = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf(
                "standard: 100 repositories scored, assigned and priced in %.1f ms (mean of %d runs)%n", millis, runs);
        assertThat(result.repos()).hasSize(100);
    }
}
