package dev.hireable.source.github;

import dev.hireable.source.PortfolioSource;
import dev.hireable.source.RepoHandle;
import dev.hireable.source.SourceException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Chosen GitHub repositories (or folders of them) as one portfolio. Every name is looked up before anything is
 * audited: an unknown one is bad input; a blocked or empty one is listed in the report's errors and the others are
 * audited.
 */
public final class GitHubRepoSource implements PortfolioSource {

    private final GitHubSession session;
    private final List<RepoRef> refs;
    private final List<Skipped> skipped = new ArrayList<>();

    public GitHubRepoSource(GitHubSession session, List<RepoRef> refs) {
        this.session = session;
        Map<String, RepoRef> distinct = new LinkedHashMap<>();
        refs.forEach(ref -> distinct.putIfAbsent(ref.key(), ref));
        this.refs = List.copyOf(distinct.values());
    }

    @Override
    public List<RepoHandle> repositories() throws SourceException {
        skipped.clear();
        Map<String, RepoRef> repositories = new LinkedHashMap<>();
        refs.forEach(ref -> repositories.putIfAbsent(ref.repository().key(), ref.repository()));
        Map<String, Object> looked = lookUpAll(List.copyOf(repositories.values()));
        List<RepoHandle> handles = new ArrayList<>();
        List<GitHubSession.Target> targets = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (RepoRef ref : refs) {
            Object result = looked.get(ref.repository().key());
            if (result instanceof SourceException error) {
                handles.add(new GitHubSession.FailedHandle(ref.id(), error));
            } else if (result instanceof RepoInfo info) {
                targets.add(new GitHubSession.Target(new RepoRef(info.owner(), info.name(), ref.path()), info));
                positions.add(handles.size());
                handles.add(null);
            }
        }
        List<RepoHandle> planned = session.plan(targets, true, skipped);
        for (int i = 0; i < planned.size(); i++) {
            handles.set(positions.get(i), planned.get(i));
        }
        return List.copyOf(handles);
    }

    @Override
    public Optional<Stop> stop() {
        return session.stop();
    }

    @Override
    public List<Skipped> skipped() {
        return List.copyOf(skipped);
    }

    /** RepoInfo or the SourceException of each repository; throws the first that stops the whole audit. */
    private Map<String, Object> lookUpAll(List<RepoRef> repositories) throws SourceException {
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.max(1, Math.min(session.settings().concurrency(), repositories.size())), HeadResolver.daemon());
        try {
            Map<String, Future<Object>> pending = new LinkedHashMap<>();
            for (RepoRef ref : repositories) {
                pending.put(ref.key(), pool.submit(() -> lookUp(ref)));
            }
            Map<String, Object> results = new LinkedHashMap<>();
            for (Map.Entry<String, Future<Object>> entry : pending.entrySet()) {
                Object result = entry.getValue().get();
                if (result instanceof SourceException error && error.kind() != SourceException.Kind.REPOSITORY_FAILED) {
                    throw error;
                }
                results.put(entry.getKey(), result);
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(
                    SourceException.Kind.UNAVAILABLE, "interrupted while looking up the repositories.", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("looking up a repository failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Object lookUp(RepoRef ref) {
        try {
            return RepoInfo.of(session.api().getRepository(ref.fullName()), session.topics());
        } catch (IOException | RuntimeException e) {
            return session.errors().forNamedRepo(ref.fullName(), e);
        }
    }
}
