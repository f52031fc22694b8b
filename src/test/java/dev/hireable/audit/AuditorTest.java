package dev.hireable.audit;

import dev.hireable.rules.RuleEngine;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.source.PortfolioSource;
import dev.hireable.source.RepoHandle;
import dev.hireable.source.SourceException;
import dev.hireable.standard.PortfolioStandard;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What the audit pipeline records about a portfolio besides the scores. */
class AuditorTest {

    private static final RuleCatalog CATALOG = RuleCatalog.builtIn();
    private final Auditor auditor = new Auditor(new RuleEngine(CATALOG), new PortfolioStandard(CATALOG),
            new AuditReport.ToolInfo("hireable", "test"), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    @Test
    void aSourceThatStoppedShortSaysSoInTheReport() throws SourceException {
        RepoHandle notAudited = new RepoHandle() {
            @Override
            public String id() {
                return "jdoe/late";
            }

            @Override
            public dev.hireable.snapshot.Snapshot open() throws SourceException {
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

        assertThat(report.stop()).map(PortfolioSource.Stop::reason).contains("GitHub's API rate limit is spent; it resets at 14:32 UTC.");
        assertThat(report.errors()).extracting(RepoError::repo).containsExactly("jdoe/late");
    }

    @Test
    void aSourceThatReadEverythingHasNoStop() throws SourceException {
        AuditReport report = auditor.audit(new Subject(Subject.Kind.DIR, "none"), List::of, AuditProgress.SILENT);
        assertThat(report.stop()).isEmpty();
    }
}
