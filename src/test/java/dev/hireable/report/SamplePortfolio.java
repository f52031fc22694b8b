package dev.hireable.report;

import dev.hireable.audit.AuditProgress;
import dev.hireable.audit.AuditReport;
import dev.hireable.audit.Auditor;
import dev.hireable.audit.Subject;
import dev.hireable.rules.RuleEngine;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.snapshot.FileContent;
import dev.hireable.snapshot.FileTree;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.snapshot.Snapshot;
import dev.hireable.snapshot.SnapshotLimits;
import dev.hireable.source.PortfolioSource;
import dev.hireable.source.RepoHandle;
import dev.hireable.source.SourceException;
import dev.hireable.source.local.LocalDirectorySource;
import dev.hireable.standard.PortfolioStandard;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The sample portfolio of examples/ (churn-guard, review-sentiment, titanic-notebook) audited by the real pipeline,
 * as if it were the GitHub user jdoe-ml at a fixed commit and time, so that reports of it are reproducible.
 */
public final class SamplePortfolio {

    public static final List<String> REPOSITORIES = List.of("churn-guard", "review-sentiment", "titanic-notebook");

    private SamplePortfolio() {}

    public static AuditReport audit(RuleCatalog catalog) throws SourceException {
        return audit(catalog, Path.of("examples"));
    }

    /** The sample as published, read from {@code examples}: a copy of examples/ changed by a test, for instance. */
    public static AuditReport audit(RuleCatalog catalog, Path examples) throws SourceException {
        RuleEngine engine = new RuleEngine(catalog);
        Auditor auditor = new Auditor(
                engine,
                new PortfolioStandard(catalog),
                SampleReports.TOOL,
                Clock.fixed(SampleReports.NOW, ZoneOffset.UTC));
        LocalDirectorySource local = new LocalDirectorySource(
                REPOSITORIES.stream().map(examples::resolve).toList(),
                SnapshotLimits.defaults(engine.sourceVocabulary().ignoredFolders()));
        return auditor.audit(new Subject(Subject.Kind.USER, "jdoe-ml"), asGitHubUser(local), AuditProgress.SILENT);
    }

    /** The same portfolio as {@code hireable dir} sees it: local directories with no web page, so no file links. */
    public static AuditReport auditAsDirectories(RuleCatalog catalog) throws SourceException {
        RuleEngine engine = new RuleEngine(catalog);
        Auditor auditor = new Auditor(
                engine,
                new PortfolioStandard(catalog),
                SampleReports.TOOL,
                Clock.fixed(SampleReports.NOW, ZoneOffset.UTC));
        List<Path> paths =
                REPOSITORIES.stream().map(name -> Path.of("examples", name)).toList();
        LocalDirectorySource local = new LocalDirectorySource(
                paths, SnapshotLimits.defaults(engine.sourceVocabulary().ignoredFolders()));
        return auditor.audit(
                new Subject(Subject.Kind.DIR, String.join(" ", REPOSITORIES)), local, AuditProgress.SILENT);
    }

    private static PortfolioSource asGitHubUser(PortfolioSource local) {
        return () -> {
            List<RepoHandle> handles = local.repositories();
            return handles.stream()
                    .map(handle -> (RepoHandle) new RepoHandle() {
                        @Override
                        public String id() {
                            return "jdoe-ml/" + handle.id();
                        }

                        @Override
                        public Snapshot open() throws SourceException {
                            return new AsPublished(handle.open(), REPOSITORIES.indexOf(handle.id()));
                        }
                    })
                    .toList();
        };
    }

    /** A local snapshot with the metadata GitHub would give: web page, commit, creation and push dates. */
    private record AsPublished(Snapshot local, int index) implements Snapshot {
        @Override
        public RepoMetadata metadata() {
            String name = local.metadata().id();
            return new RepoMetadata(
                    "jdoe-ml/" + name,
                    Optional.of("https://github.com/jdoe-ml/" + name),
                    Optional.of("0123456789abcdef0123456789abcdef0123456" + index),
                    Optional.empty(),
                    Optional.empty(),
                    List.of(),
                    false,
                    false,
                    Optional.of(SampleReports.NOW.minus(Duration.ofDays(400 - 120L * index))),
                    Optional.of(SampleReports.NOW.minus(Duration.ofDays(5 + 60L * index))),
                    Optional.of("main"));
        }

        @Override
        public FileTree tree() {
            return local.tree();
        }

        @Override
        public FileContent read(String path) {
            return local.read(path);
        }
    }
}
