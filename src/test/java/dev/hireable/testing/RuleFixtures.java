package dev.hireable.testing;

import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.RepoAssessment;
import dev.hireable.rules.RuleEngine;
import dev.hireable.rules.RuleModule;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.ReadmeLocator;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.SourceVocabulary;
import dev.hireable.rules.readme.ReadmeModule;
import dev.hireable.snapshot.FileContent;
import dev.hireable.snapshot.FileTree;
import dev.hireable.snapshot.Glob;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.snapshot.Snapshot;
import dev.hireable.snapshot.SnapshotLimits;
import dev.hireable.source.local.LocalDirectorySnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one way tests open a repository as the rules see it: a fixture of src/test/resources/fixtures/AREA/CASE (or
 * any folder) as a {@link Snapshot} or {@link RepoContext}, run through one rule module or the whole
 * {@link RuleEngine}, with the built-in rules or a given catalog. Also: views of a snapshot for cases a folder cannot
 * show (a homepage, unkept bodies, a truncated tree). The labelled corpus is {@link Corpus}.
 */
public final class RuleFixtures {

    private static final Path ROOT = Path.of("src/test/resources/fixtures");

    private final RuleCatalog catalog;
    private final RuleEngine engine;
    private final ReadmeLocator readmeLocator;

    /** With the built-in rules. */
    public RuleFixtures() {
        this(RuleCatalog.builtIn());
    }

    public RuleFixtures(RuleCatalog catalog) {
        this.catalog = catalog;
        this.engine = new RuleEngine(catalog);
        this.readmeLocator = new ReadmeModule(catalog).locator();
    }

    public RuleCatalog catalog() {
        return catalog;
    }

    /** The vocabulary of rules/snapshot.yaml: ignored, vendored, code and dependency files. */
    public SourceVocabulary sources() {
        return engine.sourceVocabulary();
    }

    /** The read limits a local audit uses: default sizes, the ignored folders of rules/snapshot.yaml. */
    public SnapshotLimits limits() {
        return SnapshotLimits.defaults(sources().ignoredFolders());
    }

    /** The folder of a fixture; it must exist. */
    public static Path path(String area, String name) {
        Path folder = ROOT.resolve(area).resolve(name);
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no fixture " + folder);
        }
        return folder;
    }

    public Snapshot open(String area, String name) {
        return open(path(area, name));
    }

    /** Any folder (a fixture, a temporary repository), named after itself. */
    public Snapshot open(Path folder) {
        return LocalDirectorySnapshot.open(folder, folder.getFileName().toString(), limits());
    }

    public RepoContext context(Snapshot snapshot) {
        return new RepoContext(snapshot, sources(), readmeLocator);
    }

    public RepoContext context(String area, String name) {
        return context(open(area, name));
    }

    /** The module made with this catalog, over a fixture. */
    public ModuleResult run(Function<RuleCatalog, ? extends RuleModule> module, String area, String name) {
        return run(module.apply(catalog), area, name);
    }

    public ModuleResult run(RuleModule module, String area, String name) {
        return run(module, open(area, name));
    }

    /** One module over a snapshot; the signals it requires come from the other modules, as in an audit. */
    public ModuleResult run(RuleModule module, Snapshot snapshot) {
        SignalSet required = module.requires().isEmpty()
                ? SignalSet.empty()
                : engine.assess(snapshot).signals().only(module.requires());
        return module.evaluate(context(snapshot), required);
    }

    /** Every module, as an audit runs them. */
    public RepoAssessment assess(Snapshot snapshot) {
        return engine.assess(snapshot);
    }

    public RepoAssessment assess(String area, String name) {
        return assess(open(area, name));
    }

    /** The one finding with this rule id. */
    public static Finding finding(ModuleResult result, String rule) {
        return result.findings().stream()
                .filter(f -> f.rule().equals(rule))
                .reduce((a, b) -> {
                    throw new AssertionError("two findings for " + rule);
                })
                .orElseThrow(() -> new AssertionError("no finding for " + rule + " in " + result.findings()));
    }

    /** Writes a file of a temporary repository, making its folders. */
    public static void write(Path repo, String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** The same files with a homepage set, as a GitHub repository's metadata would have it. */
    public static Snapshot withHomepage(Snapshot snapshot, String homepage) {
        RepoMetadata m = snapshot.metadata();
        RepoMetadata withHomepage = new RepoMetadata(
                m.id(),
                m.webUrl(),
                m.commit(),
                Optional.of(homepage),
                m.description(),
                m.topics(),
                m.fork(),
                m.archived(),
                m.createdAt(),
                m.pushedAt(),
                m.defaultBranch());
        return new View(withHomepage, snapshot.tree(), snapshot::read);
    }

    /** The same files under another id, as a GitHub repository ({@code owner/name}) would have it. */
    public static Snapshot withId(Snapshot snapshot, String id) {
        return new View(snapshot.metadata().withId(id), snapshot.tree(), snapshot::read);
    }

    /** The same tree, but the bodies of matching files were not kept (as in the shared corpus). */
    public static Snapshot withoutBodies(Snapshot snapshot, String glob) {
        Glob unkept = Glob.of(glob);
        return new View(
                snapshot.metadata(),
                snapshot.tree(),
                path -> unkept.matches(path)
                        ? new FileContent.Unreadable(path, "the body was not kept")
                        : snapshot.read(path));
    }

    /** The same files, listed as a truncated tree. */
    public static Snapshot truncated(Snapshot snapshot) {
        return new View(snapshot.metadata(), new FileTree(snapshot.tree().files(), true, List.of()), snapshot::read);
    }

    /** A snapshot whose files are read through another. */
    private record View(RepoMetadata metadata, FileTree tree, Function<String, FileContent> reader)
            implements Snapshot {
        @Override
        public FileContent read(String path) {
            return reader.apply(path);
        }
    }
}
