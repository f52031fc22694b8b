package dev.hireable.source.github;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.FileTree;
import dev.hireable.snapshot.Ownership;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.snapshot.Snapshot;
import dev.hireable.snapshot.UrlPaths;
import dev.hireable.source.PortfolioSource;
import dev.hireable.source.RepoHandle;
import dev.hireable.source.SourceException;
import dev.hireable.source.SourceException.Kind;
import dev.hireable.source.http.Downloads;
import dev.hireable.source.http.HttpClients;
import dev.hireable.source.http.RateLimits;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import org.kohsuke.github.GHEventPayload;
import org.kohsuke.github.GHTree;
import org.kohsuke.github.GHUser;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubAbuseLimitHandler;
import org.kohsuke.github.GitHubBuilder;
import org.kohsuke.github.GitHubRateLimitHandler;
import org.kohsuke.github.extras.okhttp3.OkHttpGitHubConnector;

/**
 * One audit's connection to GitHub: the HTTP clients, github-api (failing fast on rate limits instead of sleeping
 * for up to an hour), the rate-limit counters, the snapshot cache and the raw file host. It turns the repositories a
 * source chose into handles: from the cache when the head commit is unchanged, from GitHub otherwise, and "not
 * audited" when the rate limit cannot cover them.
 */
public final class GitHubSession implements AutoCloseable {

    /** A branch name that is one path segment as it is, so a tree can be asked for by it. */
    private static final Pattern PLAIN_BRANCH = Pattern.compile("[A-Za-z0-9._-]+");

    private final GitHubSettings settings;
    private final Endpoints endpoints;
    private final HttpClients http;
    private final TopicsTap topics;
    private final GitHub api;
    private final RateLimits limits;
    private final GitHubErrors errors;
    private final SnapshotCache cache;
    private final Downloads raw;
    private final HeadResolver heads;
    /** Repositories being read at once: {@code concurrency}, while the audit checks others on the side. */
    private final Semaphore reading;
    /** Reads the first trees by branch name while their head commits are still being resolved. */
    private final ExecutorService early;

    private final AtomicBoolean stoppedByRateLimit = new AtomicBoolean();
    /** Held so the level set on them sticks: github-api and OkHttp log retries on standard error otherwise. */
    private final List<Logger> quietLoggers = Stream.of("org.kohsuke.github", "okhttp3")
            .map(Logger::getLogger)
            .peek(logger -> logger.setLevel(Level.OFF))
            .toList();

    private GitHubSession(
            GitHubSettings settings,
            Endpoints endpoints,
            HttpClients http,
            TopicsTap topics,
            GitHub api,
            RateLimits limits,
            GitHubErrors errors,
            SnapshotCache cache) {
        this.settings = settings;
        this.endpoints = endpoints;
        this.http = http;
        this.topics = topics;
        this.api = api;
        this.limits = limits;
        this.errors = errors;
        this.cache = cache;
        this.raw = new Downloads(http.files(), settings.limits().maxFileBytes());
        this.reading = new Semaphore(settings.concurrency(), true);
        this.early = Executors.newFixedThreadPool(settings.concurrency(), HeadResolver.daemon());
        this.heads = new HeadResolver(
                http.files(), endpoints, !settings.anonymous(), errors, limits, settings.concurrency());
    }

    /** Builds the clients; sends no request. */
    public static GitHubSession open(GitHubSettings settings) {
        Endpoints endpoints = Endpoints.of(settings.apiUrl(), settings.rawUrl());
        RateLimits limits = new RateLimits(settings.clock());
        TopicsTap topics = new TopicsTap(endpoints);
        HttpClients http = HttpClients.create(settings.http(), new GitHubServer(endpoints), limits, List.of(topics));
        GitHub api;
        try {
            // anonymous to github-api: the token is added below the HTTP cache, for API hosts only
            api = new GitHubBuilder()
                    .withEndpoint(endpoints.apiBase())
                    .withConnector(new OkHttpGitHubConnector(http.api()))
                    .withRateLimitHandler(GitHubRateLimitHandler.FAIL)
                    .withAbuseLimitHandler(GitHubAbuseLimitHandler.FAIL)
                    .build();
        } catch (IOException e) {
            http.close();
            throw new IllegalStateException("github-api could not be set up: " + e.getMessage(), e);
        }
        String policy = settings.fetch()
                .fingerprint(settings.limits().maxFileBytes(), settings.limits().ignoredFolders());
        SnapshotCache cache =
                new SnapshotCache(settings.cacheDir(), settings.toolVersion(), policy, settings.notices());
        GitHubErrors errors = new GitHubErrors(
                limits,
                settings.anonymous(),
                endpoints.apiBase(),
                settings.timeout(),
                settings.retry(),
                settings.http().redactor());
        return new GitHubSession(settings, endpoints, http, topics, api, limits, errors, cache);
    }

    public RateLimits rateLimits() {
        return limits;
    }

    /** True when the rate limit left repositories unaudited; the report's errors name them. */
    private boolean stoppedByRateLimit() {
        return stoppedByRateLimit.get() || limits.exhausted();
    }

    /** "GitHub's API rate limit is spent; it resets at ...", when it stopped this session short. */
    public Optional<PortfolioSource.Stop> stop() {
        return stoppedByRateLimit() ? Optional.of(new PortfolioSource.Stop(errors.spent())) : Optional.empty();
    }

    GitHub api() {
        return api;
    }

    /**
     * A github-api handle on the account {@code login} (a user or an organization), made without a request: its
     * repository listing then costs one round trip instead of two ({@code GitHub.getUser} would first GET
     * /users/{login}, which the audit does not need). An unknown login fails on the listing with the same 404.
     * github-api has no public constructor for it; parsing the smallest event payload that names the account gives
     * one bound to this client.
     */
    GHUser account(String login) throws IOException {
        ObjectNode sender = JsonNodeFactory.instance.objectNode();
        sender.putObject("sender").put("login", login);
        return api.parseEventPayload(new StringReader(sender.toString()), GHEventPayload.Ping.class)
                .getSender();
    }

    GitHubErrors errors() {
        return errors;
    }

    GitHubSettings settings() {
        return settings;
    }

    TopicsTap topics() {
        return topics;
    }

    /** One file of a repository from the raw host, e.g. the profile README; empty when there is no such file. */
    Optional<byte[]> rawFile(RepoInfo repo, String ref, String path) throws IOException {
        return raw.fetch(endpoints.rawFile(repo.owner(), repo.name(), UrlPaths.encode(ref), UrlPaths.encode(path)));
    }

    /**
     * A repository the source chose, with what GitHub said about it.
     *
     * @param ownership whose it is, when it is audited as part of a candidate's portfolio
     */
    record Target(RepoRef ref, RepoInfo info, Optional<Ownership> ownership) {

        Target(RepoRef ref, RepoInfo info) {
            this(ref, info, Optional.empty());
        }

        RepoMetadata metadata(String commit) {
            RepoMetadata metadata = info.metadata(ref, commit);
            return ownership.map(metadata::withOwnership).orElse(metadata);
        }
    }

    /**
     * Whether {@code login} has commits in the repository: one request for its newest commit by that author. Empty
     * when GitHub could not say (the answer is then no slot for it, not an error).
     */
    Optional<Boolean> contributed(RepoInfo repo, String login) {
        if (limits.exhausted()) {
            return Optional.empty();
        }
        try {
            return Optional.of(repo.api()
                    .queryCommits()
                    .author(login)
                    .pageSize(1)
                    .list()
                    .iterator()
                    .hasNext());
        } catch (RuntimeException e) {
            return errors.classify(e).kind() == GitHubFailure.Kind.EMPTY ? Optional.of(false) : Optional.empty();
        }
    }

    /**
     * Handles for the targets, in order. Empty repositories go to {@code skipped} (or fail, when the user named them:
     * {@code emptyIsError}); repositories the remaining rate limit cannot cover fail with "not audited" at once.
     */
    List<RepoHandle> plan(List<Target> targets, boolean emptyIsError, List<PortfolioSource.Skipped> skipped) {
        int count = targets.size();
        RepoHandle[] handles = new RepoHandle[count];
        SnapshotCache.Entry[] stored = new SnapshotCache.Entry[count];
        List<Integer> unresolved = new ArrayList<>();
        List<Optional<SnapshotCache.Entry>> entries =
                targets.parallelStream().map(target -> cache.head(target.ref())).toList();
        for (int i = 0; i < count; i++) {
            Target target = targets.get(i);
            Optional<SnapshotCache.Entry> entry = entries.get(i);
            stored[i] = entry.orElse(null);
            if (entry.isPresent() && unchangedSinceCached(entry.get(), target.info())) {
                handles[i] = new CachedHandle(target, entry.get().commit(), Optional.empty());
            } else {
                unresolved.add(i);
            }
        }
        List<Integer> affordable =
                deferWhatTheLimitCannotCover(unresolved, heads.requestsPerRepository(), targets, handles);
        Map<Integer, Future<GHTree>> earlyTrees = readEarly(affordable, targets, stored);
        Map<String, HeadResolver.Head> resolved =
                resolveHeads(affordable.stream().map(targets::get).toList());
        List<Integer> live = new ArrayList<>();
        for (int i : affordable) {
            Target target = targets.get(i);
            HeadResolver.Head head = resolved.get(HeadResolver.key(target.info()));
            SnapshotCache.Entry entry = stored[i];
            if (head instanceof HeadResolver.Commit commit) {
                Optional<SnapshotCache.Entry> current = Optional.ofNullable(entry)
                        .filter(e -> commit.sha().equals(e.commit())
                                && target.info().defaultBranch().equals(e.branch()))
                        .flatMap(e -> cache.read(target.ref()))
                        .filter(e -> commit.sha().equals(e.commit()))
                        .map(e -> e.withPushedAt(target.info().pushedAt()));
                if (current.isPresent()) {
                    cache.write(current.get(), target.ref());
                    handles[i] = new CachedHandle(target, commit.sha(), current);
                } else {
                    Optional<Future<GHTree>> early = Optional.ofNullable(earlyTrees.remove(i));
                    handles[i] = new LiveHandle(target, commit, early);
                    if (early.isEmpty()) {
                        live.add(i); // a tree read early is paid for already
                    }
                }
            } else if (head instanceof HeadResolver.Empty) {
                if (emptyIsError) {
                    handles[i] = new FailedHandle(
                            target.ref().id(),
                            new SourceException(
                                    Kind.REPOSITORY_FAILED,
                                    target.info().fullName() + " is empty: it has no commits yet."));
                } else {
                    skipped.add(new PortfolioSource.Skipped(target.ref().id(), "empty: it has no commits yet"));
                }
            } else if (head instanceof HeadResolver.Failed failed) {
                handles[i] = new FailedHandle(target.ref().id(), failed.error());
                if (limits.exhausted()) {
                    stoppedByRateLimit.set(true);
                }
            } else {
                handles[i] = new FailedHandle(
                        target.ref().id(),
                        new SourceException(
                                Kind.REPOSITORY_FAILED,
                                "GitHub did not say which commit "
                                        + target.info().fullName() + " is at."));
            }
        }
        earlyTrees.values().forEach(tree -> tree.cancel(true));
        deferWhatTheLimitCannotCover(live, 1, targets, handles);
        List<RepoHandle> planned = new ArrayList<>();
        for (RepoHandle handle : handles) {
            if (handle != null) {
                planned.add(handle);
            }
        }
        return List.copyOf(planned);
    }

    /**
     * Starts reading the trees of the first repositories the audit will read, by branch name, while their head commits
     * are resolved: only when the heads come with their tree to check them against (GraphQL), only for repositories
     * never read before (a stored snapshot may still be current) that are not empty by the listing, and no more than
     * are read at once, since later ones start after the heads are known anyway.
     */
    private Map<Integer, Future<GHTree>> readEarly(
            List<Integer> candidates, List<Target> targets, SnapshotCache.Entry[] stored) {
        Map<Integer, Future<GHTree>> trees = new HashMap<>();
        for (int i : heads.givesTrees() ? candidates : List.<Integer>of()) {
            RepoInfo info = targets.get(i).info();
            if (trees.size() == settings.concurrency()) {
                break;
            }
            if (stored[i] == null
                    && info.sizeKb() > 0
                    && PLAIN_BRANCH.matcher(info.defaultBranch()).matches()) {
                trees.put(i, early.submit(() -> info.api().getTreeRecursive(info.defaultBranch(), 1)));
            }
        }
        return trees;
    }

    private Map<String, HeadResolver.Head> resolveHeads(List<Target> unresolved) {
        Map<String, RepoInfo> distinct = new LinkedHashMap<>();
        unresolved.forEach(t -> distinct.putIfAbsent(HeadResolver.key(t.info()), t.info()));
        try {
            return heads.resolve(List.copyOf(distinct.values()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    /**
     * The repositories the remaining core limit can read at {@code cost} requests each, in order; the others get a
     * "not audited" handle at once, so no request is spent on a repository that could not be finished.
     */
    private List<Integer> deferWhatTheLimitCannotCover(
            List<Integer> candidates, int cost, List<Target> targets, RepoHandle[] handles) {
        Optional<Integer> remaining = limits.remaining();
        if (remaining.isEmpty() || remaining.get() >= (long) candidates.size() * cost || resetsWithinAWait()) {
            return candidates;
        }
        int affordable = Math.max(0, remaining.get() / cost);
        String message = "not audited: GitHub's API rate limit had " + remaining.get()
                + " requests left, too few for every "
                + "repository; " + limits.resetDescription() + ". Run the same command again then; what was audited "
                + "comes from the cache.";
        for (int i : candidates.subList(affordable, candidates.size())) {
            handles[i] =
                    new FailedHandle(targets.get(i).ref().id(), new SourceException(Kind.REPOSITORY_FAILED, message));
        }
        stoppedByRateLimit.set(true);
        return List.copyOf(candidates.subList(0, affordable));
    }

    /**
     * Whether the spent limit resets within the longest wait the retry policy allows: a request refused meanwhile is
     * retried after the reset, so no repository is left out for it (a tree read early may have met the limit first).
     */
    private boolean resetsWithinAWait() {
        return limits.resetsWithin(settings.retry().maxWait());
    }

    private static boolean unchangedSinceCached(SnapshotCache.Entry entry, RepoInfo info) {
        Optional<Instant> cachedPush = entry.pushedAtInstant();
        // GitHub moves pushed_at on every push to any branch, so an equal value means the head has not moved
        return cachedPush.isPresent()
                && cachedPush.equals(info.pushedAt())
                && info.defaultBranch().equals(entry.branch());
    }

    private SourceException notAudited() {
        stoppedByRateLimit.set(true);
        limits.markExhausted();
        return new SourceException(Kind.REPOSITORY_FAILED, "not audited: " + errors.spent());
    }

    private long maxFileBytes() {
        return settings.limits().maxFileBytes();
    }

    /** A repository read from GitHub: one tree request (or its tree read early), then file bodies from the raw host. */
    private final class LiveHandle implements RepoHandle {
        private final Target target;
        private final String commit;
        private final Optional<String> treeSha;
        private final Optional<Future<GHTree>> earlyTree;

        LiveHandle(Target target, HeadResolver.Commit head, Optional<Future<GHTree>> earlyTree) {
            this.target = target;
            this.commit = head.sha();
            this.treeSha = head.tree();
            this.earlyTree = earlyTree;
        }

        @Override
        public String id() {
            return target.ref().id();
        }

        @Override
        public Optional<RepoMetadata> state() {
            return Optional.of(target.metadata(commit));
        }

        @Override
        public Snapshot open() throws SourceException {
            try {
                reading.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceException(Kind.REPOSITORY_FAILED, "reading " + id() + " was interrupted.");
            }
            try {
                return read();
            } finally {
                reading.release();
            }
        }

        /**
         * The tree read by branch name while the head was resolved, when it is the head commit's tree; empty when
         * there is none, or a push in between moved the branch: the tree is then read by commit. A failed early read
         * is the tree's failure (it was retried as any request is).
         */
        private Optional<GHTree> treeReadEarly() throws SourceException, IOException {
            if (earlyTree.isEmpty()) {
                return Optional.empty();
            }
            try {
                GHTree tree = earlyTree.get().get();
                return Optional.ofNullable(tree)
                        .filter(t -> treeSha.isPresent() && treeSha.get().equals(t.getSha()));
            } catch (InterruptedException e) {
                earlyTree.get().cancel(true);
                Thread.currentThread().interrupt();
                throw new SourceException(Kind.REPOSITORY_FAILED, "reading " + id() + " was interrupted.");
            } catch (CancellationException e) {
                return Optional.empty();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                return Optional.empty();
            }
        }

        private Snapshot read() throws SourceException {
            // a limit that resets within a wait is waited for by the request itself (a tree read early may be waiting)
            if (limits.exhausted() && !resetsWithinAWait()) {
                throw notAudited();
            }
            RepoInfo info = target.info();
            GHTree tree;
            try {
                tree = treeReadEarly().orElse(null);
                if (tree == null) {
                    tree = info.api().getTreeRecursive(commit, 1);
                }
            } catch (IOException | RuntimeException e) {
                if (errors.classify(e).kind() == GitHubFailure.Kind.RATE_LIMITED) {
                    throw notAudited();
                }
                throw errors.forRepo(id(), "the file tree of " + info.fullName(), e);
            }
            if (tree == null) {
                throw new SourceException(
                        Kind.REPOSITORY_FAILED,
                        "GitHub sent an empty answer for the file tree of " + info.fullName() + ".");
            }
            TreeListing listing = TreeListing.of(tree, target.ref().path(), settings.limits());
            if (target.ref().path().isPresent() && listing.files().isEmpty() && !listing.truncated()) {
                throw new SourceException(
                        Kind.REPOSITORY_FAILED,
                        info.fullName() + " has no folder '"
                                + target.ref().path().get() + "' with files at commit " + commit.substring(0, 7) + ".");
            }
            List<FileEntry> chosen = settings.fetch().select(listing.files(), maxFileBytes());
            String prefix = target.ref().path().map(p -> p + "/").orElse("");
            Map<String, HttpUrl> urls = new LinkedHashMap<>();
            chosen.forEach(f -> urls.put(
                    f.path(),
                    endpoints.rawFile(info.owner(), info.name(), commit, UrlPaths.encode(prefix + f.path()))));
            Map<String, Downloads.Download> downloads;
            try {
                downloads = raw.fetchAll(urls);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceException(Kind.REPOSITORY_FAILED, "reading " + info.fullName() + " was interrupted.");
            }
            Map<String, byte[]> bodies = new HashMap<>();
            Map<String, String> failures = new HashMap<>();
            for (FileEntry file : chosen) {
                Downloads.Download download = downloads.get(file.path());
                if (download != null && download.bytes().isPresent()) {
                    bodies.put(file.path(), download.bytes().get());
                } else {
                    failures.put(file.path(), download == null ? "it was not downloaded" : download.failure());
                }
            }
            if (failures.isEmpty()) {
                cache.write(
                        cache.entry(id(), commit, info.defaultBranch(), info.pushedAt(), listing, bodies),
                        target.ref());
            }
            return new GitHubSnapshot(
                    target.metadata(commit),
                    new FileTree(listing.files(), listing.truncated(), listing.notes()),
                    bodies,
                    failures,
                    maxFileBytes());
        }
    }

    /**
     * A repository whose head commit was read before: no request at all. Its stored files are read when it is opened
     * (a stored result may make that unnecessary); if they cannot be, it is read from GitHub again at that commit.
     */
    private final class CachedHandle implements RepoHandle {
        private final Target target;
        private final String commit;
        private final Optional<SnapshotCache.Entry> whole;

        CachedHandle(Target target, String commit, Optional<SnapshotCache.Entry> whole) {
            this.target = target;
            this.commit = commit;
            this.whole = whole;
        }

        @Override
        public String id() {
            return target.ref().id();
        }

        @Override
        public Optional<RepoMetadata> state() {
            return Optional.of(target.metadata(commit));
        }

        @Override
        public Snapshot open() throws SourceException {
            Optional<SnapshotCache.Entry> entry =
                    whole.or(() -> cache.read(target.ref()).filter(e -> commit.equals(e.commit())));
            if (entry.isEmpty()) {
                return new LiveHandle(target, new HeadResolver.Commit(commit), Optional.empty()).open();
            }
            return new GitHubSnapshot(
                    target.metadata(commit),
                    new FileTree(
                            entry.get().files(),
                            entry.get().truncated(),
                            entry.get().notes()),
                    entry.get().bodies(),
                    Map.of(),
                    maxFileBytes());
        }
    }

    /** A repository already known to fail: opening it only reports why. */
    record FailedHandle(String id, SourceException error) implements RepoHandle {
        @Override
        public Snapshot open() throws SourceException {
            throw error;
        }
    }

    @Override
    public void close() {
        early.shutdownNow();
        http.close();
    }
}
