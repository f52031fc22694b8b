package dev.hireable.source.local;

import dev.hireable.concurrent.SideBySide;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.FileTree;
import dev.hireable.snapshot.SnapshotLimits;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a directory without following links out of it. Ignored folders (.git, virtualenvs, node_modules, caches)
 * are skipped; only regular files are listed: a link to a file inside the root is listed as that file; a link to a
 * folder is not descended (it would list the same files twice, or loop); a link out of the root, or to a FIFO,
 * socket or device, is left out with a note.
 *
 * <p>The root's folders are walked side by side (a walk waits on the file system for every file it lists), and put
 * together in the order one walk would have visited them: the listing, its notes and where it stops at the file
 * limit are those of a single walk.
 */
final class DirectoryLister {

    private final Path root;
    /** The root's text with a separator after it: what every walked path starts with. */
    private final String rootPrefix;

    private final SnapshotLimits limits;

    DirectoryLister(Path root, SnapshotLimits limits) {
        this.root = root;
        String text = root.toString();
        this.rootPrefix = text.endsWith(root.getFileSystem().getSeparator())
                ? text
                : text + root.getFileSystem().getSeparator();
        this.limits = limits;
    }

    FileTree list() {
        int limit = limits.maxListedFiles();
        // in the order one walk visits them: runs of the root's own files, each folder's walk between them
        List<Walk> parts = new ArrayList<>();
        List<Walk> folders = new ArrayList<>();
        Walk rootFiles = new Walk(parts, null);
        String failure = null;
        int listedAtRoot = 0;
        try (DirectoryStream<Path> children = Files.newDirectoryStream(root)) {
            for (Path child : children) {
                BasicFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    rootFiles.visitFileFailed(child, e);
                    continue;
                }
                if (attrs.isDirectory()) {
                    if (!rootFiles.isIgnored(child)) {
                        folders.add(new Walk(parts, child));
                        rootFiles = new Walk(parts, null);
                    }
                } else {
                    int before = rootFiles.files.size();
                    rootFiles.visitFile(child, attrs);
                    listedAtRoot += rootFiles.files.size() - before;
                    if (listedAtRoot >= limit) {
                        break; // so many files in the root alone: a single walk would stop here too
                    }
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            failure = "The folder could not be listed completely: "
                    + (e instanceof DirectoryIteratorException d ? d.getCause() : e).getMessage();
        }
        SideBySide.forEach(folders, Walk::walkFolder);
        List<FileEntry> files = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Walk part : parts) {
            if (!part.appendTo(files, notes, limit)) {
                break;
            }
        }
        if (failure != null) {
            notes.add(failure);
        }
        boolean truncated = files.size() >= limit;
        if (truncated) {
            notes.add("The folder holds more than " + limit + " files; only the first " + limit
                    + " were listed, so a file that is absent may be among the rest");
        }
        return new FileTree(files, truncated, notes);
    }

    /** The path under the root, with forward slashes; cut from its text, as the walk gives each file under it. */
    private String relative(Path path) {
        String text = path.toString();
        if (text.startsWith(rootPrefix)) {
            return text.substring(rootPrefix.length()).replace('\\', '/');
        }
        return root.relativize(path).toString().replace('\\', '/');
    }

    /**
     * One walk's files and notes, each note with how many files were listed before it: put together, a note after the
     * file limit is dropped as a single walk, stopped there, would never have written it. A folder's walk stops once
     * the walks before it and its own have listed the limit: none of its later files could be kept.
     */
    private final class Walk extends SimpleFileVisitor<Path> {
        /** How often a walk adds up what the walks before it listed (they may still be listing). */
        private static final int CHECK_EVERY = 1024;

        private final List<Walk> parts;
        private final int index;
        private final Path folder;
        private final List<FileEntry> files = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final List<Integer> notedAfter = new ArrayList<>();
        /** The files listed so far, for the walks after this one to read while it goes on. */
        private volatile int listed;

        Walk(List<Walk> parts, Path folder) {
            this.parts = parts;
            this.index = parts.size();
            this.folder = folder;
            parts.add(this);
        }

        void walkFolder() {
            try {
                Files.walkFileTree(folder, this);
            } catch (IOException e) {
                note("The folder could not be listed completely: " + e.getMessage());
            }
        }

        /** Adds this walk to what came before it; false when the limit is reached. */
        boolean appendTo(List<FileEntry> all, List<String> allNotes, int max) {
            int before = all.size();
            for (int i = 0; i < notes.size(); i++) {
                if (before + notedAfter.get(i) < max) {
                    allNotes.add(notes.get(i));
                }
            }
            all.addAll(files.subList(0, Math.min(files.size(), max - before)));
            return all.size() < max;
        }

        void note(String note) {
            notes.add(note);
            notedAfter.add(files.size());
        }

        /** Whether the walks before this one and this one have listed the limit; they only ever list more. */
        private boolean enough() {
            int limit = limits.maxListedFiles();
            long total = files.size();
            for (int i = 0; i < index && total < limit; i++) {
                total += parts.get(i).listed;
            }
            return total >= limit;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(root) && isIgnored(dir)) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isSymbolicLink()) {
                visitLink(file);
            } else if (attrs.isRegularFile()) {
                files.add(new FileEntry(relative(file), attrs.size()));
                listed = files.size();
            }
            boolean stop = files.size() >= limits.maxListedFiles()
                    || (folder != null && files.size() % CHECK_EVERY == 0 && enough());
            return stop ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            note(relative(file) + " could not be listed: " + e.getClass().getSimpleName());
            return FileVisitResult.CONTINUE;
        }

        boolean isIgnored(Path dir) {
            String name = dir.getFileName().toString();
            return limits.ignores(name) || Files.isRegularFile(dir.resolve("pyvenv.cfg"));
        }

        private void visitLink(Path link) {
            String path = relative(link);
            Path target;
            try {
                target = link.toRealPath();
            } catch (IOException e) {
                note(path + " is a broken or looping symbolic link; it was skipped");
                return;
            }
            if (!target.startsWith(root)) {
                note(path + " links outside the repository; it was not followed");
            } else if (Files.isDirectory(target)) {
                note(path + " links to a folder inside the repository; it was not listed twice");
            } else if (!Files.isRegularFile(target)) {
                // a FIFO would block the read that opens it for ever; a device is no file of the repository either
                note(path + " links to something that is not a regular file (a FIFO, a socket or a device); "
                        + "it was skipped");
            } else {
                try {
                    files.add(new FileEntry(path, Files.size(target)));
                    listed = files.size();
                } catch (IOException e) {
                    note(path + " could not be read: " + e.getClass().getSimpleName());
                }
            }
        }
    }
}
