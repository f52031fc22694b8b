package dev.hireable.rules.context;

import dev.hireable.rules.context.usage.FileIndex;
import dev.hireable.snapshot.FileContent;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.Glob;
import dev.hireable.snapshot.Snapshot;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A snapshot plus the raw facts several rule modules need, each collected once on first use: the code lines, the
 * declared dependencies and the README. Modules read facts from here instead of re-reading files. One context
 * per repository audit; not shared between threads.
 */
public final class RepoContext {

    private final Snapshot snapshot;
    private final SourceVocabulary vocabulary;
    private final Lazy<CodeIndex> code;
    private final Lazy<DependencyIndex> dependencies;
    private final Lazy<Optional<ReadmeFile>> readme;
    private final Lazy<FileIndex> fileIndex;

    public RepoContext(Snapshot snapshot, SourceVocabulary vocabulary) {
        this.snapshot = snapshot;
        this.vocabulary = vocabulary;
        this.code = new Lazy<>(() -> CodeIndex.build(snapshot, vocabulary));
        this.dependencies = new Lazy<>(() -> DependencyIndex.build(snapshot, vocabulary));
        this.readme = new Lazy<>(this::locateReadme);
        this.fileIndex = new Lazy<>(() -> FileIndex.build(this));
    }

    /**
     * Collects every shared fact now, so that modules can then read the context from several threads at once (the
     * facts are built lazily otherwise, and only one thread may build them).
     */
    public void prepare() {
        code();
        dependencies();
        readme();
        fileIndex();
    }

    /** The files outside vendored folders, indexed by name and extension. */
    public FileIndex fileIndex() {
        return fileIndex.get();
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public SourceVocabulary sources() {
        return vocabulary;
    }

    public CodeIndex code() {
        return code.get();
    }

    public DependencyIndex dependencies() {
        return dependencies.get();
    }

    /** The README: the preferred name in the root, then in each README folder (docs/, .github/) in turn. */
    public Optional<ReadmeFile> readme() {
        return readme.get();
    }

    /** Files matching any glob, vendored folders left out. */
    public List<FileEntry> files(List<Glob> globs) {
        return snapshot.tree().matching(globs).stream().filter(f -> !vocabulary.isVendored(f.path())).toList();
    }

    /** The text of a file, if it is in the tree and readable as text. */
    public Optional<String> text(String path) {
        return snapshot.read(path) instanceof FileContent.Text text ? Optional.of(text.text()) : Optional.empty();
    }

    private Optional<ReadmeFile> locateReadme() {
        List<Glob> names = vocabulary.readmeNames().stream().map(Glob::of).toList();
        for (String folder : vocabulary.readmeFolders()) {
            List<FileEntry> inFolder = snapshot.tree().files().stream()
                    .filter(f -> f.directory().equalsIgnoreCase(folder))
                    .toList();
            for (Glob name : names) {
                Optional<FileEntry> found = inFolder.stream().filter(f -> name.matches(f.name())).findFirst();
                if (found.isPresent()) {
                    return Optional.of(toReadme(found.get().path()));
                }
            }
        }
        return Optional.empty();
    }

    private ReadmeFile toReadme(String path) {
        FileContent content = snapshot.read(path);
        if (content instanceof FileContent.Text text) {
            return new ReadmeFile(path, text.text(), Optional.empty());
        }
        boolean readFailed = content instanceof FileContent.Unreadable || content instanceof FileContent.OverBudget;
        return new ReadmeFile(path, "", Optional.of(content.explanation()), readFailed);
    }

    private static final class Lazy<T> implements Supplier<T> {
        private final Supplier<T> compute;
        private T value;

        Lazy(Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public T get() {
            if (value == null) {
                value = compute.get();
            }
            return value;
        }
    }
}
