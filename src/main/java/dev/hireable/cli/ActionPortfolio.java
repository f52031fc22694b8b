package dev.hireable.cli;

import dev.hireable.audit.Subject;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.snapshot.SettingsFile;
import dev.hireable.snapshot.Snapshot;
import dev.hireable.snapshot.SnapshotLimits;
import dev.hireable.source.CombinedSource;
import dev.hireable.source.PortfolioSource;
import dev.hireable.source.RepoHandle;
import dev.hireable.source.SourceException;
import dev.hireable.source.github.GitHubRepoSource;
import dev.hireable.source.github.GitHubSession;
import dev.hireable.source.github.GitHubUserSource;
import dev.hireable.source.github.RepoRef;
import dev.hireable.source.github.Showcase;
import dev.hireable.source.local.LocalDirectorySnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The portfolio a workflow run audits, chosen in this order: the {@code repos} and {@code paths} inputs; a
 * {@code user} input naming someone other than the workspace's owner; the projects of the workspace's .hireable.yml;
 * the owner's repositories its README links to; else the owner's repositories. Projects of the workspace repository
 * itself are read from disk (no API request); the rest from GitHub.
 *
 * @param local  workspace projects: the folder ({@code ""} for the root) by project id
 * @param remote repositories read from GitHub
 * @param user   the login whose repositories are listed, for the last fallback (or a {@code user} input)
 * @param origin where the list came from, for the log
 */
record ActionPortfolio(
        Subject subject, Map<String, String> local, List<RepoRef> remote, Optional<String> user, String origin) {

    /** @param workspaceIsFork whether the workspace repository is a fork, which the owner fallback leaves out */
    static ActionPortfolio choose(
            ActionEnvironment environment, ActionInputs inputs, boolean workspaceIsFork, Consumer<String> notes) {
        Workspace workspace = new Workspace(environment);
        if (!inputs.repos().isEmpty() || !inputs.paths().isEmpty()) {
            for (String path : inputs.paths()) {
                workspace.addFolder(workspace.folderOfInput(path));
            }
            for (String text : inputs.repos()) {
                RepoRef ref = RepoRef.parse(text)
                        .orElseThrow(() -> new UsageException(
                                "the repos input '" + text + "' is not OWNER/NAME or OWNER/NAME:folder"));
                workspace.add(ref, true);
            }
            return workspace.portfolio("the repos and paths inputs");
        }
        String login = inputs.user().orElse(environment.owner());
        if (!login.equalsIgnoreCase(environment.owner())) {
            return new ActionPortfolio(
                    new Subject(Subject.Kind.USER, login),
                    Map.of(),
                    List.of(),
                    Optional.of(login),
                    "the repositories of " + login);
        }
        Optional<SettingsFile> settings = SettingsFile.NAMES.stream()
                .flatMap(name ->
                        read(environment.workspace().resolve(name))
                                .map(text -> SettingsFile.parse(name, text))
                                .stream())
                .findFirst();
        List<RepoRef> listed = settings.map(s -> Showcase.projects(environment.repository(), s, notes))
                .orElse(List.of());
        if (!listed.isEmpty()) {
            listed.forEach(ref -> workspace.add(ref, false));
            return workspace.portfolio(settings.get().file());
        }
        Optional<Path> readme = readme(environment.workspace());
        List<RepoRef> linked = readme
                .flatMap(ActionPortfolio::read)
                .map(text -> Showcase.linked(login, text, environment.webHost()))
                .orElse(List.of())
                .stream()
                .filter(ref -> !ref.fullName().equalsIgnoreCase(environment.repository()))
                .toList();
        if (!linked.isEmpty()) {
            linked.forEach(ref -> workspace.add(ref, false));
            return workspace.portfolio("the repositories " + readme.get().getFileName() + " links to");
        }
        return workspace.ownerRepositories(login, workspaceIsFork);
    }

    /** The source: the workspace projects from disk first, then the GitHub ones. */
    PortfolioSource source(GitHubSession session, SnapshotLimits limits, RepoMetadata workspaceMetadata, Path root) {
        List<RepoHandle> handles = local.entrySet().stream()
                .map(e -> (RepoHandle) new WorkspaceProject(
                        root, e.getValue(), metadataOf(e.getKey(), e.getValue(), workspaceMetadata), limits))
                .toList();
        List<PortfolioSource> parts = new ArrayList<>();
        parts.add(() -> handles);
        if (user.isPresent()) {
            parts.add(new GitHubUserSource(
                    session,
                    user.get(),
                    false,
                    Optional.empty(),
                    local.containsValue("") ? java.util.Set.of(workspaceMetadata.id()) : java.util.Set.of()));
        } else if (!remote.isEmpty()) {
            parts.add(new GitHubRepoSource(session, remote));
        }
        return new CombinedSource(parts);
    }

    /** The workspace folder of each project read from disk, as annotations name files: {@code ""} or {@code "folder/"}. */
    Map<String, String> annotationFolders() {
        return local.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, e -> e.getValue().isEmpty() ? "" : e.getValue() + "/"));
    }

    private static RepoMetadata metadataOf(String id, String folder, RepoMetadata workspace) {
        return folder.isEmpty() ? workspace : workspace.withId(id).withFolder(folder);
    }

    private static Optional<Path> readme(Path root) {
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f ->
                            f.getFileName().toString().toLowerCase(Locale.ROOT).matches("readme(\\.[a-z]+)?"))
                    .min(Comparator.comparing((Path f) -> !f.getFileName()
                                    .toString()
                                    .toLowerCase(Locale.ROOT)
                                    .endsWith(".md"))
                            .thenComparing(Path::toString));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.isRegularFile(file)
                    ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Collects projects, telling the workspace's own from the rest. */
    private static final class Workspace {
        private final ActionEnvironment environment;
        private final Map<String, String> local = new LinkedHashMap<>();
        private final Map<String, RepoRef> remote = new LinkedHashMap<>();

        Workspace(ActionEnvironment environment) {
            this.environment = environment;
        }

        /** @param checked true for an input: a workspace folder that does not exist is then bad input */
        void add(RepoRef ref, boolean checked) {
            if (!ref.fullName().equalsIgnoreCase(environment.repository())) {
                remote.putIfAbsent(ref.id().toLowerCase(Locale.ROOT), ref);
                return;
            }
            String folder = ref.path().orElse("");
            if (checked && !folder.isEmpty()) {
                folder = folderOfInput(folder);
            }
            addFolder(folder);
        }

        void addFolder(String folder) {
            local.putIfAbsent(
                    folder.isEmpty() ? environment.repository() : environment.repository() + ":" + folder, folder);
        }

        /** A folder named by an input, relative to the workspace: it must be a folder inside it. */
        String folderOfInput(String text) {
            Path root = environment.workspace().toAbsolutePath().normalize();
            Path folder = root.resolve(text).normalize();
            if (!folder.startsWith(root)) {
                throw new UsageException("the folder '" + text + "' is outside the workspace");
            }
            if (!Files.isDirectory(folder)) {
                throw new UsageException(
                        "the folder '" + text + "' does not exist in the workspace " + environment.repository());
            }
            return root.relativize(folder).toString().replace('\\', '/');
        }

        ActionPortfolio portfolio(String origin) {
            List<String> ids = new ArrayList<>(local.keySet());
            remote.values().forEach(ref -> ids.add(ref.id()));
            return new ActionPortfolio(
                    new Subject(Subject.Kind.REPO, String.join(" ", ids)),
                    java.util.Collections.unmodifiableMap(new LinkedHashMap<>(local)),
                    List.copyOf(remote.values()),
                    Optional.empty(),
                    origin);
        }

        /** The owner's repositories; the workspace among them from disk, unless it is the profile repository or a fork. */
        ActionPortfolio ownerRepositories(String login, boolean workspaceIsFork) {
            if (!environment.repositoryName().equalsIgnoreCase(login) && !workspaceIsFork) {
                addFolder("");
            }
            return new ActionPortfolio(
                    new Subject(Subject.Kind.USER, login),
                    java.util.Collections.unmodifiableMap(new LinkedHashMap<>(local)),
                    List.of(),
                    Optional.of(login),
                    "the repositories of " + login);
        }
    }

    /** A project of the workspace checkout, read from disk with the workspace repository's metadata. */
    private record WorkspaceProject(Path root, String folder, RepoMetadata metadata, SnapshotLimits limits)
            implements RepoHandle {
        @Override
        public String id() {
            return metadata.id();
        }

        @Override
        public Snapshot open() throws SourceException {
            Path directory = folder.isEmpty() ? root : root.resolve(folder);
            if (!Files.isDirectory(directory)) {
                throw new SourceException(
                        SourceException.Kind.REPOSITORY_FAILED,
                        "the folder '" + folder + "' does not exist in the workspace.");
            }
            return LocalDirectorySnapshot.open(directory, metadata, limits);
        }
    }
}
