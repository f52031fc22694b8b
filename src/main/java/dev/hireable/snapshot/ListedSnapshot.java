package dev.hireable.snapshot;

/**
 * A snapshot whose metadata and file tree are known up front (listed once when it is opened); subclasses only say
 * how to fetch a file's bytes. Local directories, GitHub repositories and test corpora all have this shape.
 */
public abstract class ListedSnapshot extends BudgetedSnapshot {

    private final RepoMetadata metadata;
    private final FileTree tree;

    protected ListedSnapshot(RepoMetadata metadata, FileTree tree, SnapshotLimits limits) {
        super(limits);
        this.metadata = metadata;
        this.tree = tree;
    }

    @Override
    public final RepoMetadata metadata() {
        return metadata;
    }

    @Override
    public final FileTree tree() {
        return tree;
    }
}
