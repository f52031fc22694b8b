package dev.hireable.rules.snapshot;

import dev.hireable.rules.Evidence;
import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.RuleModule;
import dev.hireable.rules.SignalSet;
import dev.hireable.rules.catalog.RuleBook;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.context.CodeIndex;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.rules.context.SourceVocabulary;
import dev.hireable.snapshot.RepoMetadata;
import dev.hireable.snapshot.Snapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How completely the repository could be read (files left out of the listing, a truncated tree, code that could
 * not be read), and what its metadata says: a fork, archived, created and pushed in one sitting.
 */
public final class SnapshotModule implements RuleModule {

    public static final String FILE = "snapshot.yaml";
    public static final String LISTING = "snapshot.listing";
    public static final String TRUNCATED = "snapshot.truncated";
    public static final String UNREADABLE = "snapshot.unreadable";
    /** A rule file's pattern that backtracked without end and was stopped: the checks that used it are unknown. */
    public static final String PATTERN_STOPPED = "snapshot.pattern_stopped";

    static final String FORK = "snapshot.fork";
    static final String ARCHIVED = "snapshot.archived";
    static final String SINGLE_PUSH = "snapshot.single_push";
    private static final int MAX_LISTED_FILES = 10;

    private final RuleBook<SourceVocabulary> book;

    public SnapshotModule(RuleCatalog catalog) {
        this.book = book(catalog);
    }

    /** The rules and vocabulary of rules/snapshot.yaml, which the sources also need (ignored folders). */
    public static RuleBook<SourceVocabulary> book(RuleCatalog catalog) {
        return catalog.book(FILE, SourceVocabulary.class, List.of(LISTING, TRUNCATED, UNREADABLE, PATTERN_STOPPED));
    }

    @Override
    public String name() {
        return "snapshot";
    }

    @Override
    public ModuleResult evaluate(RepoContext context, SignalSet required) {
        Snapshot snapshot = context.snapshot();
        RepoMetadata metadata = snapshot.metadata();
        List<Finding> findings = new ArrayList<>();
        for (String note : snapshot.tree().notes()) {
            findings.add(book.finding(
                    LISTING, Outcome.UNKNOWN, List.of(Evidence.file(notePath(note))), Map.of("note", note)));
        }
        if (snapshot.tree().truncated()) {
            findings.add(book.finding(
                    TRUNCATED,
                    Outcome.UNKNOWN,
                    List.of(Evidence.file(".")),
                    Map.of("files", String.valueOf(snapshot.tree().size()))));
        }
        List<CodeIndex.CodeFile> unreadable = context.code().problems();
        if (!unreadable.isEmpty()) {
            String note = unreadable.size() == 1
                    ? unreadable.get(0).problem().orElseThrow()
                    : unreadable.size() + " code files could not be read, e.g. "
                            + unreadable.get(0).problem().orElseThrow();
            List<Evidence> evidence = unreadable.stream()
                    .limit(MAX_LISTED_FILES)
                    .map(f -> Evidence.file(f.path()))
                    .toList();
            findings.add(book.finding(UNREADABLE, Outcome.UNKNOWN, evidence, Map.of("note", note)));
        }
        SignalSet signals = book.signalBuilder()
                .flag(FORK, metadata.fork())
                .flag(ARCHIVED, metadata.archived())
                .flag(
                        SINGLE_PUSH,
                        singlePush(
                                metadata, Duration.ofMinutes(book.vocabulary().bulkCommitMinutes())))
                .build();
        return new ModuleResult(signals, findings);
    }

    /** Created and last pushed within the window: probably uploaded in one bulk commit. Only GitHub knows both. */
    private static boolean singlePush(RepoMetadata metadata, Duration window) {
        if (metadata.createdAt().isEmpty() || metadata.pushedAt().isEmpty()) {
            return false;
        }
        return Duration.between(metadata.createdAt().get(), metadata.pushedAt().get())
                        .abs()
                        .compareTo(window)
                <= 0;
    }

    private static String notePath(String note) {
        int space = note.indexOf(' ');
        return space > 0 ? note.substring(0, space) : ".";
    }
}
