package dev.hireable.rules.context;

import dev.hireable.snapshot.Glob;
import java.util.List;

/**
 * The part of rules/snapshot.yaml that says which files are which: folders never listed, vendored folders that
 * rules look past, code files, notebooks and dependency files (where the README is, rules/readme.yaml says).
 *
 * @param bulkCommitMinutes a repository created and last pushed within this many minutes was probably uploaded in
 *                      one bulk commit
 */
public record SourceVocabulary(
        List<String> ignoredFolders,
        List<String> vendoredFolders,
        List<String> codeFiles,
        List<String> notebookFiles,
        List<String> dependencyFiles,
        Integer bulkCommitMinutes) {

    public SourceVocabulary {
        ignoredFolders = nonEmpty(ignoredFolders, "ignored_folders");
        vendoredFolders = List.copyOf(vendoredFolders == null ? List.of() : vendoredFolders);
        codeFiles = nonEmpty(codeFiles, "code_files");
        notebookFiles = nonEmpty(notebookFiles, "notebook_files");
        dependencyFiles = nonEmpty(dependencyFiles, "dependency_files");
        bulkCommitMinutes = bulkCommitMinutes == null ? 0 : bulkCommitMinutes;
        if (bulkCommitMinutes < 0) {
            throw new IllegalArgumentException("'bulk_commit_minutes' cannot be negative");
        }
        codeFiles.forEach(Glob::of);
        notebookFiles.forEach(Glob::of);
        dependencyFiles.forEach(Glob::of);
    }

    private static List<String> nonEmpty(List<String> values, String key) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("'" + key + "' needs at least one entry");
        }
        return List.copyOf(values);
    }

    public List<Glob> codeGlobs() {
        return codeFiles.stream().map(Glob::of).toList();
    }

    public List<Glob> notebookGlobs() {
        return notebookFiles.stream().map(Glob::of).toList();
    }

    public List<Glob> dependencyGlobs() {
        return dependencyFiles.stream().map(Glob::of).toList();
    }

    /**
     * Whether a path lies in a vendored or third-party folder that says nothing about the author's work: a folder of
     * that name at any depth. Asked for every file of the tree, so it compares in place rather than building strings.
     */
    public boolean isVendored(String path) {
        for (String folder : vendoredFolders) {
            for (int at = path.indexOf(folder); at >= 0; at = path.indexOf(folder, at + 1)) {
                int end = at + folder.length();
                if ((at == 0 || path.charAt(at - 1) == '/') && end < path.length() && path.charAt(end) == '/') {
                    return true;
                }
            }
        }
        return false;
    }
}
