package dev.hireable.source.github;

import dev.hireable.rules.RuleEngine;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.snapshot.FetchPolicy;
import dev.hireable.snapshot.SnapshotLimits;
import dev.hireable.source.http.RetryPolicy;
import dev.hireable.source.http.Secret;
import dev.hireable.testing.FakeGitHub;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** GitHub settings pointing at a {@link FakeGitHub}, with the built-in rules' read policy and recorded notes. */
final class TestSettings {

    static final String TOKEN = "ghp_SessionTestToken";

    final RuleCatalog catalog = RuleCatalog.builtIn();
    final RuleEngine engine = new RuleEngine(catalog);
    final List<String> notes = new CopyOnWriteArrayList<>();
    final List<Duration> waits = new CopyOnWriteArrayList<>();

    GitHubSettings settings(FakeGitHub github, Optional<Path> cache) {
        SnapshotLimits limits =
                SnapshotLimits.defaults(engine.sourceVocabulary().ignoredFolders());
        FetchPolicy fetch = catalog.section("github.yaml", "vocabulary", FetchPolicy.class);
        return new GitHubSettings(
                github.apiUrl(),
                github.rawUrl(),
                Optional.of(new Secret(TOKEN)),
                cache,
                4,
                Duration.ofSeconds(10),
                new RetryPolicy(3, Duration.ofMillis(1), 3, Duration.ofSeconds(60)),
                fetch,
                limits,
                "test",
                waits::add,
                Clock.systemUTC(),
                notes::add);
    }
}
