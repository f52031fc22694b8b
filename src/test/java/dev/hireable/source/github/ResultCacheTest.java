package dev.hireable.source.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.audit.AuditProgress;
import dev.hireable.audit.AuditReport;
import dev.hireable.audit.Auditor;
import dev.hireable.audit.ProjectAssessor;
import dev.hireable.audit.ResultCache;
import dev.hireable.audit.Subject;
import dev.hireable.report.JsonReportRenderer;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Modules;
import dev.hireable.rules.RuleEngine;
import dev.hireable.rules.RuleModule;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.catalog.RuleSources;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.source.SourceException;
import dev.hireable.standard.PortfolioStandard;
import dev.hireable.testing.FakeGitHub;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The result cache on a user audit against a fake GitHub: a warm re-audit of unchanged repositories runs no rule
 * module and sends only the listing requests; a moved head, changed rules or a corrupt entry audit again.
 */
class ResultCacheTest {

    private static final String BUILT_IN_RULES = RuleSources.builtInOnly().fingerprint();

    @TempDir
    Path cache;

    private final TestSettings test = new TestSettings();
    private final AtomicInteger moduleRuns = new AtomicInteger();
    private Auditor auditor;

    @BeforeEach
    void countingAuditor() {
        List<RuleModule> counted =
                Modules.all(test.catalog).stream().<RuleModule>map(Counted::new).toList();
        auditor = new Auditor(
                new ProjectAssessor(new RuleEngine(test.catalog, counted), test.catalog, Optional.empty()),
                new PortfolioStandard(test.catalog),
                new AuditReport.ToolInfo("hireable", "test"),
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void warmReauditOfUnchangedRepositoriesRunsNoModuleAndSendsOnlyTheListing() throws Exception {
        try (FakeGitHub github = twoRepositories()) {
            String cold = json(audit(github, BUILT_IN_RULES));
            assertThat(moduleRuns.get()).isPositive();
            moduleRuns.set(0);
            github.resetRequests();

            String warm = json(audit(github, BUILT_IN_RULES));

            assertThat(moduleRuns.get()).isZero();
            assertThat(github.rawRequests()).isZero();
            assertThat(github.api().getAllServeEvents())
                    .extracting(e -> e.getRequest().getUrl().replaceFirst("\\?.*", ""))
                    .containsExactly("/users/jdoe/repos");
            assertThat(warm).isEqualTo(cold);
        }
    }

    @Test
    void movedHeadReauditsThatRepositoryOnly() throws Exception {
        try (FakeGitHub github = twoRepositories()) {
            audit(github, BUILT_IN_RULES);
            int runsPerRepository = moduleRuns.get() / 2;
            github.user("jdoe").repo("churn").file("src/serve.py", "from fastapi import FastAPI\n");
            moduleRuns.set(0);
            github.resetRequests();

            AuditReport again = audit(github, BUILT_IN_RULES);

            assertThat(moduleRuns.get()).isEqualTo(runsPerRepository);
            assertThat(github.requests("/repos/jdoe/"))
                    .extracting(e -> e.getRequest().getUrl())
                    .allMatch(url -> url.startsWith("/repos/jdoe/churn/"))
                    .anyMatch(url -> url.contains("/git/trees/"));
            assertThat(again.repos()).hasSize(2);
        }
    }

    @Test
    void changedRuleOverlayChecksEveryRepositoryAgainFromTheStoredSnapshots(@TempDir Path overlay) throws Exception {
        Path file = overlay.resolve("readme.yaml");
        Files.writeString(file, "# overlay one\nvocabulary: {}\n");
        String first = RuleSources.withOverlays(List.of(overlay)).fingerprint();
        Files.writeString(file, "# overlay two\nvocabulary: {}\n");
        String second = RuleSources.withOverlays(List.of(overlay)).fingerprint();
        assertThat(Set.of(BUILT_IN_RULES, first, second)).hasSize(3);
        try (FakeGitHub github = twoRepositories()) {
            audit(github, first);
            int coldRuns = moduleRuns.get();
            moduleRuns.set(0);
            github.resetRequests();

            audit(github, second);

            assertThat(moduleRuns.get()).isEqualTo(coldRuns);
            assertThat(github.requests("/repos/")).isEmpty();
            assertThat(test.notes).anyMatch(note -> note.contains("cached results of other rules"));
        }
    }

    @Test
    void corruptStoredResultIsIgnoredWithANoteAndWrittenAgain() throws Exception {
        try (FakeGitHub github = twoRepositories()) {
            audit(github, BUILT_IN_RULES);
            int runsPerRepository = moduleRuns.get() / 2;
            List<Path> stored;
            try (Stream<Path> files = Files.list(cache.resolve("results"))) {
                stored = files.toList();
            }
            assertThat(stored).hasSize(2);
            Files.writeString(stored.get(0), "{\"format\": 1, \"tool\": \"test\", \"rules\"");
            moduleRuns.set(0);

            AuditReport again = audit(github, BUILT_IN_RULES);

            assertThat(moduleRuns.get()).isEqualTo(runsPerRepository);
            assertThat(again.repos()).hasSize(2);
            assertThat(again.errors()).isEmpty();
            assertThat(test.notes).anyMatch(note -> note.contains("is unreadable") && note.contains("audited again"));
            moduleRuns.set(0);
            audit(github, BUILT_IN_RULES);
            assertThat(moduleRuns.get()).isZero();
        }
    }

    @Test
    void noCacheFolderStoresNothingAndRunsEveryModuleEachTime() throws Exception {
        try (FakeGitHub github = twoRepositories()) {
            audit(github, BUILT_IN_RULES, Optional.empty());
            int coldRuns = moduleRuns.get();
            moduleRuns.set(0);

            audit(github, BUILT_IN_RULES, Optional.empty());

            assertThat(moduleRuns.get()).isEqualTo(coldRuns).isPositive();
            assertThat(cache).isEmptyDirectory();
        }
    }

    private FakeGitHub twoRepositories() {
        FakeGitHub github = FakeGitHub.start();
        FakeGitHub.User user = github.user("jdoe");
        user.repo("churn")
                .file("README.md", "# Churn\n\n## Results\n| metric | value |\n|---|---|\n| AUC | 0.81 |\n")
                .file("requirements.txt", "scikit-learn==1.5.0\nmlflow==2.13.0\n")
                .file("src/train.py", "import mlflow\nfrom sklearn.linear_model import LogisticRegression\n")
                .homepage("https://churn.example.app")
                .topics("mlops");
        user.repo("vision")
                .file("README.md", "# Vision\n\nA classifier.\n")
                .file(
                        "notebooks/eda.ipynb",
                        "{\"cells\": [], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}");
        return github;
    }

    private AuditReport audit(FakeGitHub github, String rules) throws SourceException {
        return audit(github, rules, Optional.of(cache));
    }

    private AuditReport audit(FakeGitHub github, String rules, Optional<Path> folder) throws SourceException {
        GitHubSettings settings = test.settings(github, folder);
        ResultCache results = new ResultCache(folder, settings.toolVersion(), rules, test.notes::add);
        try (GitHubSession session = GitHubSession.open(settings)) {
            return auditor.withResults(results)
                    .audit(
                            new Subject(Subject.Kind.USER, "jdoe"),
                            new GitHubUserSource(session, "jdoe", false, Optional.empty()),
                            AuditProgress.SILENT,
                            4);
        }
    }

    private static String json(AuditReport report) throws IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        new JsonReportRenderer().render(report, out);
        return out.toString();
    }

    /** A module that counts how often it runs. */
    private final class Counted implements RuleModule {
        private final RuleModule module;

        Counted(RuleModule module) {
            this.module = module;
        }

        @Override
        public String name() {
            return module.name();
        }

        @Override
        public Set<String> requires() {
            return module.requires();
        }

        @Override
        public ModuleResult evaluate(RepoContext context, SignalSet required) {
            moduleRuns.incrementAndGet();
            return module.evaluate(context, required);
        }
    }
}
