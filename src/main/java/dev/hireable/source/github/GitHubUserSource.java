package dev.hireable.source.github;

import dev.hireable.snapshot.Ownership;
import dev.hireable.snapshot.SettingsFile;
import dev.hireable.source.PortfolioSource;
import dev.hireable.source.RepoHandle;
import dev.hireable.source.SourceException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GHUser;

/**
 * A GitHub user's own public repositories as one portfolio. Showcased projects come first (listed in the profile
 * repository's .hireable.yml, then linked from its README), then the rest, most recently pushed first. Forks are
 * left out unless asked for, the profile repository itself is left out, empty repositories are skipped, and
 * {@code maxRepos} caps the count; every repository left out is listed with the reason.
 */
public final class GitHubUserSource implements PortfolioSource {

    private static final int PAGE_SIZE = 100;

    private final GitHubSession session;
    private final String login;
    private final boolean includeForks;
    private final Optional<Integer> maxRepos;
    private final Set<String> auditedElsewhere;
    private final List<Skipped> skipped = new ArrayList<>();

    public GitHubUserSource(GitHubSession session, String login, boolean includeForks, Optional<Integer> maxRepos) {
        this(session, login, includeForks, maxRepos, Set.of());
    }

    /**
     * @param auditedElsewhere OWNER/NAME of repositories another source audits (e.g. the GitHub Actions workspace,
     *                         read from disk): left out here, costing no request
     */
    public GitHubUserSource(
            GitHubSession session,
            String login,
            boolean includeForks,
            Optional<Integer> maxRepos,
            Set<String> auditedElsewhere) {
        this.session = session;
        this.login = login;
        this.includeForks = includeForks;
        this.maxRepos = maxRepos;
        this.auditedElsewhere = auditedElsewhere.stream()
                .map(n -> n.toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public List<RepoHandle> repositories() throws SourceException {
        skipped.clear();
        List<RepoInfo> own = listOwnRepositories();
        Map<String, RepoInfo> byName = new LinkedHashMap<>();
        own.forEach(info -> byName.put(info.fullName().toLowerCase(Locale.ROOT), info));
        Optional<RepoInfo> profile =
                own.stream().filter(info -> info.name().equalsIgnoreCase(login)).findFirst();
        List<RepoRef> projects = new ArrayList<>();
        List<RepoRef> linked = new ArrayList<>();
        profile.ifPresent(p -> readProfile(p, projects, linked));

        List<RepoHandle> failedLookups = new ArrayList<>();
        List<GitHubSession.Target> targets = new ArrayList<>();
        Set<String> chosen = new HashSet<>();
        for (RepoRef project : projects) {
            Optional<RepoInfo> info = lookUp(project, byName, failedLookups);
            info.ifPresent(i -> {
                RepoRef canonical = new RepoRef(i.owner(), i.name(), project.path());
                if (chosen.add(canonical.key())) {
                    targets.add(new GitHubSession.Target(canonical, i, Optional.of(ownership(i))));
                }
            });
        }
        List<RepoInfo> ordered = new ArrayList<>();
        for (RepoRef link : linked) {
            Optional.ofNullable(byName.get(link.key())).ifPresent(ordered::add);
        }
        own.stream()
                .sorted(Comparator.comparing((RepoInfo i) -> i.pushedAt().orElse(Instant.EPOCH))
                        .reversed()
                        .thenComparing(i -> i.name().toLowerCase(Locale.ROOT)))
                .forEach(ordered::add);
        for (RepoInfo info : ordered) {
            RepoRef ref = info.ref();
            if (!chosen.add(ref.key()) || auditedElsewhere.contains(ref.key())) {
                continue;
            }
            if (profile.isPresent() && info == profile.get()) {
                skipped.add(new Skipped(ref.id(), "the profile README repository; it was read for showcased projects"));
            } else if (info.fork() && !includeForks) {
                skipped.add(new Skipped(ref.id(), "a fork (use --include-forks to audit forks)"));
            } else {
                targets.add(new GitHubSession.Target(ref, info, Optional.of(Ownership.own(login))));
            }
        }
        List<GitHubSession.Target> capped = cap(targets, failedLookups.size());
        List<RepoHandle> handles = new ArrayList<>(failedLookups);
        handles.addAll(session.plan(capped, false, skipped));
        return handles;
    }

    @Override
    public Optional<Stop> stop() {
        return session.stop();
    }

    @Override
    public List<Skipped> skipped() {
        return List.copyOf(skipped);
    }

    private List<RepoInfo> listOwnRepositories() throws SourceException {
        try {
            GHUser user = session.account(login);
            List<RepoInfo> repos = new ArrayList<>();
            for (GHRepository repo : user.listRepositories(PAGE_SIZE).toList()) {
                RepoInfo info = RepoInfo.of(repo, session.topics());
                if (info.owner().equalsIgnoreCase(login)) {
                    repos.add(info);
                }
            }
            return repos;
        } catch (IOException | RuntimeException e) {
            throw session.errors().forUser(login, e);
        }
    }

    private void readProfile(RepoInfo profile, List<RepoRef> projects, List<RepoRef> linked) {
        for (String name : SettingsFile.NAMES) {
            Optional<String> text = readRaw(profile, name);
            if (text.isPresent()) {
                projects.addAll(Showcase.projects(
                        profile.fullName(),
                        SettingsFile.parse(name, text.get()),
                        session.settings().notices()));
                break;
            }
        }
        Optional<String> host = webHost(profile.htmlUrl());
        if (host.isPresent()) {
            readRaw(profile, "README.md").ifPresent(text -> linked.addAll(Showcase.linked(login, text, host.get())));
        }
    }

    private Optional<String> readRaw(RepoInfo profile, String file) {
        try {
            return session.rawFile(profile, profile.defaultBranch(), file)
                    .map(bytes -> new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            session.settings()
                    .notices()
                    .accept("could not read " + file + " of " + profile.fullName() + " ("
                            + e.getClass().getSimpleName() + "); showcased projects are not put first.");
            return Optional.empty();
        }
    }

    private Optional<RepoInfo> lookUp(RepoRef project, Map<String, RepoInfo> own, List<RepoHandle> failed) {
        RepoInfo listed = own.get(project.repository().key());
        if (listed != null) {
            return Optional.of(listed);
        }
        try {
            return Optional.of(RepoInfo.of(session.api().getRepository(project.fullName()), session.topics()));
        } catch (IOException | RuntimeException e) {
            SourceException error = session.errors().forNamedRepo(project.fullName(), e);
            String message = error.kind() == SourceException.Kind.NOT_FOUND
                    ? project.fullName() + " is listed in the settings file of " + login + "/" + login
                            + " but does not exist on GitHub, or it is private."
                    : error.getMessage();
            failed.add(new GitHubSession.FailedHandle(
                    project.id(), new SourceException(SourceException.Kind.REPOSITORY_FAILED, message, e)));
            return Optional.empty();
        }
    }

    /** The candidate's own repository, or another's with whether the candidate has commits in it (one request). */
    private Ownership ownership(RepoInfo info) {
        if (info.owner().equalsIgnoreCase(login)) {
            return Ownership.own(login);
        }
        return new Ownership(info.owner(), login, session.contributed(info, login));
    }

    private List<GitHubSession.Target> cap(List<GitHubSession.Target> targets, int alreadyTaken) {
        if (maxRepos.isEmpty() || targets.size() + alreadyTaken <= maxRepos.get()) {
            return targets;
        }
        int keep = Math.max(0, maxRepos.get() - alreadyTaken);
        for (GitHubSession.Target target : targets.subList(keep, targets.size())) {
            skipped.add(new Skipped(target.ref().id(), "beyond --max-repos " + maxRepos.get()));
        }
        return List.copyOf(targets.subList(0, keep));
    }

    /** The web host repositories are linked on (github.com, or the Enterprise host), from GitHub's own html_url. */
    private static Optional<String> webHost(String htmlUrl) {
        try {
            return Optional.ofNullable(URI.create(htmlUrl).getHost());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
