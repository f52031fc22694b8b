package dev.hireable.source.local;

import dev.hireable.snapshot.Forge;
import dev.hireable.snapshot.RepoMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the checked-out commit and the GitHub remote of a local clone straight from {@code .git}, without running
 * git: HEAD, loose refs, packed-refs, and a {@code gitdir:} file for worktrees and submodules. Each file is read
 * within a size limit, so a hostile {@code .git} leaves the commit unknown instead of exhausting memory.
 */
final class GitMetadata {

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");
    /** HEAD, a loose ref, a gitdir: or commondir file: one line. */
    private static final int MAX_LINE_FILE_BYTES = 4096;
    /** packed-refs and config: large for a repository with thousands of tags, never gigabytes. */
    private static final int MAX_LIST_FILE_BYTES = 16 << 20;

    private static final Pattern GITHUB_REMOTE = Pattern.compile(
            "url\\s*=\\s*(?:https?://(?:[^@/]+@)?github\\.com/|git@github\\.com:|ssh://git@github\\.com/)"
                    + "([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+?)(?:\\.git)?/?\\s*$",
            Pattern.MULTILINE);

    private GitMetadata() {}

    static RepoMetadata read(Path root, String id) {
        RepoMetadata metadata = RepoMetadata.named(id);
        Optional<Path> gitDir = gitDir(root);
        if (gitDir.isEmpty()) {
            return metadata;
        }
        Optional<String> commit = headCommit(gitDir.get());
        Forge forge = githubRemote(gitDir.get())
                .map(slug -> Forge.gitHub("https://github.com/" + slug))
                .orElse(Forge.NONE);
        return metadata.withCommit(commit).withForge(forge);
    }

    private static Optional<Path> gitDir(Path root) {
        Path dotGit = root.resolve(".git");
        if (Files.isDirectory(dotGit)) {
            return Optional.of(dotGit);
        }
        if (Files.isRegularFile(dotGit)) {
            return firstLine(dotGit)
                    .filter(line -> line.startsWith("gitdir:"))
                    .map(line -> root.resolve(line.substring("gitdir:".length()).trim())
                            .normalize())
                    .filter(Files::isDirectory);
        }
        return Optional.empty();
    }

    private static Optional<String> headCommit(Path gitDir) {
        Optional<String> head = firstLine(gitDir.resolve("HEAD"));
        if (head.isEmpty()) {
            return Optional.empty();
        }
        String value = head.get().trim();
        if (SHA.matcher(value).matches()) {
            return Optional.of(value);
        }
        if (!value.startsWith("ref:")) {
            return Optional.empty();
        }
        String ref = value.substring(4).trim();
        Optional<String> loose = firstLine(gitDir.resolve(ref))
                .map(String::trim)
                .filter(s -> SHA.matcher(s).matches());
        if (loose.isPresent()) {
            return loose;
        }
        return packedRef(gitDir, ref).or(() -> commonDir(gitDir).flatMap(common -> packedOrLoose(common, ref)));
    }

    private static Optional<String> packedOrLoose(Path gitDir, String ref) {
        return firstLine(gitDir.resolve(ref))
                .map(String::trim)
                .filter(s -> SHA.matcher(s).matches())
                .or(() -> packedRef(gitDir, ref));
    }

    private static Optional<Path> commonDir(Path gitDir) {
        return firstLine(gitDir.resolve("commondir"))
                .map(line -> gitDir.resolve(line.trim()).normalize());
    }

    private static Optional<String> packedRef(Path gitDir, String ref) {
        for (String line : lines(gitDir.resolve("packed-refs"))) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 2
                    && parts[1].equals(ref)
                    && SHA.matcher(parts[0]).matches()) {
                return Optional.of(parts[0]);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> githubRemote(Path gitDir) {
        Path config = Files.isRegularFile(gitDir.resolve("config"))
                ? gitDir.resolve("config")
                : commonDir(gitDir).map(c -> c.resolve("config")).orElse(gitDir.resolve("config"));
        String text = String.join("\n", lines(config));
        int origin = text.indexOf("[remote \"origin\"]");
        Matcher matcher = GITHUB_REMOTE.matcher(origin >= 0 ? text.substring(origin) : text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static Optional<String> firstLine(Path file) {
        return lines(file, MAX_LINE_FILE_BYTES).stream().findFirst();
    }

    private static List<String> lines(Path file) {
        return lines(file, MAX_LIST_FILE_BYTES);
    }

    /** The lines of a small file of .git; a larger one (or an unreadable one) reads as empty: nothing is known. */
    private static List<String> lines(Path file, int maxBytes) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            return bytes.length > maxBytes
                    ? List.of()
                    : new String(bytes, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
