package dev.hireable.source.local;

import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.FileTree;
import dev.hireable.snapshot.SnapshotLimits;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
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
 */
final class DirectoryLister {

    private final Path root;
    /** The root's text with a separator after it: what every walked path starts with. */
    private final String rootPrefix;

    private final SnapshotLimits limits;
    private final List<FileEntry> files = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    DirectoryLister(Path root, SnapshotLimits limits) {
        this.root = root;
        String text = root.toString();
        this.rootPrefix = text.endsWith(root.getFileSystem().getSeparator())
                ? text
                : text + root.getFileSystem().getSeparator();
        this.limits = limits;
    }

    FileTree list() {
        try {
            Files.walkFileTree(root, new Visitor());
        } catch (IOException e) {
            notes.add("The folder could not be listed completely: " + e.getMessage());
        }
        boolean truncated = files.size() >= limits.maxListedFiles();
        if (truncated) {
            notes.add("The folder holds more than " + limits.maxListedFiles() + " files; only the first "
                    + limits.maxListedFiles() + " were listed, so a file that is absent may be among the rest");
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

    private final class Visitor extends SimpleFileVisitor<Path> {

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
            }
            return files.size() >= limits.maxListedFiles() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            notes.add(relative(file) + " could not be listed: " + e.getClass().getSimpleName());
            return FileVisitResult.CONTINUE;
        }

        private boolean isIgnored(Path dir) {
            String name = dir.getFileName().toString();
            return limits.ignores(name) || Files.isRegularFile(dir.resolve("pyvenv.cfg"));
        }

        private void visitLink(Path link) {
            String path = relative(link);
            Path target;
            try {
                target = link.toRealPath();
            } catch (IOException e) {
                notes.add(path + " is a broken or looping symbolic link; it was skipped");
                return;
            }
            if (!target.startsWith(root)) {
                notes.add(path + " links outside the repository; it was not followed");
            } else if (Files.isDirectory(target)) {
                notes.add(path + " links to a folder inside the repository; it was not listed twice");
            } else if (!Files.isRegularFile(target)) {
                // a FIFO would block the read that opens it for ever; a device is no file of the repository either
                notes.add(path + " links to something that is not a regular file (a FIFO, a socket or a device); "
                        + "it was skipped");
            } else {
                try {
                    files.add(new FileEntry(path, Files.size(target)));
                } catch (IOException e) {
                    notes.add(path + " could not be read: " + e.getClass().getSimpleName());
                }
            }
        }
    }
}
