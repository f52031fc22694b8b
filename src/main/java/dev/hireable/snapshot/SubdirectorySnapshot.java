package dev.hireable.snapshot;

import java.util.List;

/**
 * One folder of a repository seen as a repository of its own: a project unit of a monorepo portfolio, with id
 * {@code owner/name:folder}. Paths are relative to the folder; reads go to the parent snapshot and share its budget.
 * The metadata names the folder, so links to the unit's files point into the parent repository at that folder.
 */
public final class SubdirectorySnapshot implements Snapshot {

    private final Snapshot parent;
    private final String folder;
    private final RepoMetadata metadata;
    private final FileTree tree;

    public SubdirectorySnapshot(Snapshot parent, String folder) {
        if (folder.isEmpty() || folder.startsWith("/") || folder.endsWith("/")) {
            throw new IllegalArgumentException(
                    "a project folder must be a relative path without slashes at the ends: " + folder);
        }
        this.parent = parent;
        this.folder = folder;
        RepoMetadata outer = parent.metadata();
        this.metadata = outer.withId(outer.id() + ":" + folder).withFolder(folder);
        String prefix = folder + "/";
        FileTree whole = parent.tree();
        this.tree = new FileTree(
                whole.files().stream()
                        .filter(f -> f.path().startsWith(prefix))
                        .map(f -> new FileEntry(f.path().substring(prefix.length()), f.size()))
                        .toList(),
                whole.truncated(),
                whole.notes().stream()
                        .filter(n -> n.startsWith(prefix))
                        .map(n -> n.substring(prefix.length()))
                        .toList());
    }

    public String folder() {
        return folder;
    }

    public Snapshot parent() {
        return parent;
    }

    /** The path of a file of this unit in the parent repository. */
    public String parentPath(String path) {
        return path.equals(".") ? folder : folder + "/" + path;
    }

    @Override
    public RepoMetadata metadata() {
        return metadata;
    }

    @Override
    public FileTree tree() {
        return tree;
    }

    @Override
    public FileContent read(String path) {
        if (!tree.contains(path)) {
            return new FileContent.Missing(path);
        }
        return relative(parent.read(parentPath(path)), path);
    }

    /** The parent's failed reads: they are this unit's too, since the unit reads through it. */
    @Override
    public List<FileContent.Unreadable> failedReads() {
        return parent.failedReads();
    }

    private static FileContent relative(FileContent content, String path) {
        if (content instanceof FileContent.Text text) {
            return new FileContent.Text(path, text.text(), text.lossy());
        } else if (content instanceof FileContent.Binary) {
            return new FileContent.Binary(path);
        } else if (content instanceof FileContent.TooLarge large) {
            return new FileContent.TooLarge(path, large.size(), large.limit());
        } else if (content instanceof FileContent.OverBudget) {
            return new FileContent.OverBudget(path);
        } else if (content instanceof FileContent.Unreadable unreadable) {
            return new FileContent.Unreadable(path, unreadable.reason());
        }
        return new FileContent.Missing(path);
    }

    /** Every folder's units read from the same parent; listing them is cheap, nothing is read twice. */
    public static List<SubdirectorySnapshot> of(Snapshot parent, List<String> folders) {
        return folders.stream()
                .map(folder -> new SubdirectorySnapshot(parent, folder))
                .toList();
    }
}
