package dev.hireable.rules.context.usage;

import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.SourceVocabulary;
import dev.hireable.snapshot.FileContent;
import dev.hireable.snapshot.FileTree;
import dev.hireable.snapshot.Glob;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.snapshot.Snapshot;
import dev.hireable.snapshot.SnapshotLimits;
import dev.hireable.source.local.LocalDirectorySnapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Opens the fixture repositories under src/test/resources/fixtures/AREA/CASE as rules see them. */
public final class FixtureRepos {

    private static final Path ROOT = Path.of("src", "test", "resources", "fixtures");

    private FixtureRepos() {
    }

    public static RuleCatalog catalog() {
        return RuleCatalog.builtIn();
    }

    public static SourceVocabulary sources(RuleCatalog catalog) {
        return catalog.book("snapshot.yaml", SourceVocabulary.class, List.of()).vocabulary();
    }

    public static Snapshot snapshot(String area, String name) {
        Path folder = ROOT.resolve(area).resolve(name);
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no fixture " + folder);
        }
        SourceVocabulary sources = sources(catalog());
        return LocalDirectorySnapshot.open(folder, name, SnapshotLimits.defaults(sources.ignoredFolders()));
    }

    public static RepoContext context(Snapshot snapshot) {
        return new RepoContext(snapshot, sources(catalog()));
    }

    public static RepoContext context(String area, String name) {
        return context(snapshot(area, name));
    }

    /** The same files with a homepage set, as a GitHub repository's metadata would have it. */
    public static Snapshot withHomepage(Snapshot snapshot, String homepage) {
        RepoMetadata m = snapshot.metadata();
        RepoMetadata withHomepage = new RepoMetadata(m.id(), m.webUrl(), m.commit(), Optional.of(homepage),
                m.description(), m.topics(), m.fork(), m.archived(), m.createdAt(), m.pushedAt(), m.defaultBranch());
        return view(withHomepage, snapshot.tree(), snapshot::read);
    }

    /** The same tree, but the bodies of matching files were not kept (as in the shared corpus). */
    public static Snapshot withoutBodies(Snapshot snapshot, String glob) {
        Glob unkept = Glob.of(glob);
        return view(snapshot.metadata(), snapshot.tree(), path -> unkept.matches(path)
                ? new FileContent.Unreadable(path, "the body was not kept") : snapshot.read(path));
    }

    /** The same files, listed as a truncated tree. */
    public static Snapshot truncated(Snapshot snapshot) {
        return view(snapshot.metadata(), new FileTree(snapshot.tree().files(), true, List.of()), snapshot::read);
    }

    private static Snapshot view(RepoMetadata metadata, FileTree tree, Function<String, FileContent> reader) {
        return new Snapshot() {
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
                return reader.apply(path);
            }
        };
    }
}
