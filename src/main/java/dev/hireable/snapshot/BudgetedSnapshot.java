package dev.hireable.snapshot;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The read policy every snapshot shares: files not in the tree are missing, files over the size limit are
 * listed but not read, the per-repository byte and file budgets are enforced, bytes are decoded once and
 * memoised. Subclasses only fetch bytes.
 */
public abstract class BudgetedSnapshot implements Snapshot {

    private final SnapshotLimits limits;
    private final Map<String, FileContent> cache = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<FileContent.Unreadable> failed = new ConcurrentLinkedQueue<>();
    /** The files the read order gives the budget to, chosen on the first read (the tree is known by then). */
    private volatile Optional<Set<String>> chosen;

    private final AtomicLong bytesRead = new AtomicLong();
    private final AtomicInteger filesRead = new AtomicInteger();

    protected BudgetedSnapshot(SnapshotLimits limits) {
        this.limits = limits;
    }

    /** Fetches the raw bytes of a file that is in the tree and within the limits. */
    protected abstract byte[] fetch(FileEntry file) throws IOException;

    /**
     * Whether this file may be read at all: with a read order in the limits, only the files it gives the budget to.
     * A source that picks the most telling files of a repository up front (GitHub) refuses the rest. A file refused
     * reads as {@link FileContent.OverBudget}.
     */
    protected boolean selected(FileEntry file) {
        Optional<Set<String>> inBudget = chosen;
        if (inBudget == null) {
            inBudget = limits.chosen(tree());
            chosen = inBudget;
        }
        return inBudget.map(paths -> paths.contains(file.path())).orElse(true);
    }

    @Override
    public final FileContent read(String path) {
        return cache.computeIfAbsent(path, this::readUncached);
    }

    @Override
    public List<FileContent.Unreadable> failedReads() {
        return List.copyOf(failed);
    }

    public long bytesRead() {
        return bytesRead.get();
    }

    public int filesRead() {
        return filesRead.get();
    }

    protected SnapshotLimits limits() {
        return limits;
    }

    private FileContent readUncached(String path) {
        Optional<FileEntry> entry = tree().get(path);
        if (entry.isEmpty()) {
            return new FileContent.Missing(path);
        }
        FileEntry file = entry.get();
        if (file.size() > limits.maxFileBytes()) {
            return new FileContent.TooLarge(path, file.size(), limits.maxFileBytes());
        }
        if (!selected(file)
                || filesRead.get() >= limits.maxFiles()
                || bytesRead.get() + file.size() > limits.maxTotalBytes()) {
            return new FileContent.OverBudget(path);
        }
        try {
            byte[] bytes = fetch(file);
            if (bytes.length > limits.maxFileBytes()) {
                return new FileContent.TooLarge(path, bytes.length, limits.maxFileBytes());
            }
            filesRead.incrementAndGet();
            bytesRead.addAndGet(bytes.length);
            return TextDecoder.decode(path, bytes);
        } catch (IOException | RuntimeException e) {
            FileContent.Unreadable unreadable = new FileContent.Unreadable(path, describe(e));
            failed.add(unreadable);
            return unreadable;
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return message == null || message.isBlank()
                ? kind
                : message.lines().findFirst().orElse(kind);
    }
}
