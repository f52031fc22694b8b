package dev.hireable.rules.context;

import dev.hireable.rules.context.usage.FileIndex;
import dev.hireable.snapshot.FileContent;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.Glob;
import dev.hireable.snapshot.Snapshot;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A snapshot plus the raw facts several rule modules need, each collected once on first use: the code lines, the
 * declared dependencies and the README. Modules read facts from here instead of re-reading files. One context
 * per repository audit, read by its modules side by side.
 */
public final class RepoContext {

    private final Snapshot snapshot;
    private final SourceVocabulary vocabulary;
    private final ReadmeLocator readmeLocator;
    private final Lazy<CodeIndex> code;
    private final Lazy<DependencyIndex> dependencies;
    private final Lazy<Optional<ReadmeFile>> readme;
    private final Lazy<FileIndex> fileIndex;

    public RepoContext(Snapshot snapshot, SourceVocabulary vocabulary, ReadmeLocator readmeLocator) {
        this.snapshot = snapshot;
        this.vocabulary = vocabulary;
        this.readmeLocator = readmeLocator;
        this.code = new Lazy<>(() -> CodeIndex.build(snapshot, vocabulary, fileIndex()));
        this.dependencies = new Lazy<>(() -> DependencyIndex.build(snapshot, vocabulary, fileIndex()));
        this.readme = new Lazy<>(this::locateReadme);
        this.fileIndex = new Lazy<>(() -> FileIndex.build(this));
    }

    /** Collects every shared fact now, before the modules run side by side, rather than in the first module to ask. */
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

    /** The README, chosen as rules/readme.yaml says (see {@link ReadmeLocator}). */
    public Optional<ReadmeFile> readme() {
        return readme.get();
    }

    /** Files matching any glob, vendored folders left out, in tree order. */
    public List<FileEntry> files(List<Glob> globs) {
        return fileIndex().matching(globs.stream().map(Glob::source).toList());
    }

    /** The text of a file, if it is in the tree and readable as text. */
    public Optional<String> text(String path) {
        return snapshot.read(path) instanceof FileContent.Text text ? Optional.of(text.text()) : Optional.empty();
    }

    private Optional<ReadmeFile> locateReadme() {
        List<Glob> code = Stream.concat(vocabulary.codeGlobs().stream(), vocabulary.notebookGlobs().stream())
                .toList();
        return readmeLocator
                .choose(
                        snapshot.tree(),
                        f -> code.stream().anyMatch(g -> g.matches(f.path())),
                        f -> vocabulary.isVendored(f.path()))
                .map(f -> toReadme(f.path()));
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
        public synchronized T get() {
            if (value == null) {
                value = compute.get();
            }
            return value;
        }
    }
}
