package dev.hireable.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.hireable.rules.RuleEngine;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.snapshot.Snapshot;
import dev.hireable.source.PortfolioSource;
import dev.hireable.source.RepoHandle;
import dev.hireable.source.SourceException;
import dev.hireable.standard.PortfolioStandard;
import dev.hireable.testing.MemoryRepo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What the audit pipeline records about a portfolio besides the scores. */
class AuditorTest {

    private static final RuleCatalog CATALOG = RuleCatalog.builtIn();
    private final Auditor auditor = new Auditor(
            new RuleEngine(CATALOG),
            new PortfolioStandard(CATALOG),
            new AuditReport.ToolInfo("hireable", "test"),
            Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    @Test
    void aSourceThatStoppedShortSaysSoInTheReport() throws SourceException {
        RepoHandle notAudited = new RepoHandle() {
            @Override
            public String id() {
                return "jdoe/late";
            }

            @Override
            public Snapshot open() throws SourceException {
                throw new SourceException(SourceException.Kind.REPOSITORY_FAILED, "not audited: the limit is spent.");
            }
        };
        PortfolioSource stopped = new PortfolioSource() {
            @Override
            public List<RepoHandle> repositories() {
                return List.of(notAudited);
            }

            @Override
            public Optional<Stop> stop() {
                return Optional.of(new Stop("GitHub's API rate limit is spent; it resets at 14:32 UTC."));
            }
        };

        AuditReport report = auditor.audit(new Subject(Subject.Kind.USER, "jdoe"), stopped, AuditProgress.SILENT);

        assertThat(report.stop())
                .map(PortfolioSource.Stop::reason)
                .contains("GitHub's API rate limit is spent; it resets at 14:32 UTC.");
        assertThat(report.errors()).extracting(RepoError::repo).containsExactly("jdoe/late");
    }

    @Test
    void aSourceThatReadEverythingHasNoStop() throws SourceException {
        AuditReport report = auditor.audit(new Subject(Subject.Kind.DIR, "none"), List::of, AuditProgress.SILENT);
        assertThat(report.stop()).isEmpty();
    }

    @Test
    void aRepositoryThatTakesPastTheDeadlineIsListedInErrorsAndTheOthersAreAudited() throws SourceException {
        Auditor bounded = new Auditor(
                new ProjectAssessor(new RuleEngine(CATALOG), CATALOG, Optional.empty()),
                new PortfolioStandard(CATALOG),
                new AuditReport.ToolInfo("hireable", "test"),
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
                Duration.ofSeconds(5));
        RepoHandle hangs = handle("jdoe/hangs", () -> {
            while (true) {
                Thread.onSpinWait(); // busy: an interrupt alone cannot stop it
            }
        });
        RepoHandle quick = handle("jdoe/quick", () -> new MemoryRepo().with("README.md", "# Quick\n"));
        PortfolioSource source = () -> List.of(hangs, quick);
        // warm the rules up first, so the quick repository is quick even on a busy machine
        auditor.audit(new Subject(Subject.Kind.DIR, "warm-up"), () -> List.of(quick), AuditProgress.SILENT);

        AuditReport report = assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> bounded.audit(new Subject(Subject.Kind.USER, "jdoe"), source, AuditProgress.SILENT, 1));

        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.repo()).isEqualTo("jdoe/hangs");
            assertThat(error.message()).contains("longer than 5 s").contains("--repo-timeout");
        });
        assertThat(report.repos()).extracting(r -> r.id()).containsExactly("memory");
    }

    private static RepoHandle handle(String id, Supplier<Snapshot> open) {
        return new RepoHandle() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Snapshot open() {
                return open.get();
            }
        };
    }
}
