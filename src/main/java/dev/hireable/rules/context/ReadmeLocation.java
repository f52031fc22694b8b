package dev.hireable.rules.context;

import dev.hireable.snapshot.Glob;
import java.util.List;

/**
 * Where a project's README is, as rules/readme.yaml says ({@code location}); {@link ReadmeLocator} applies it.
 *
 * @param names              README file names in order of preference, matched case-insensitively (globs)
 * @param folders            folders searched in order; {@code ""} is the root
 * @param projectFolderDepth how deep a README of a project folder may sit when those folders hold none; 0 for never
 */
public record ReadmeLocation(List<String> names, List<String> folders, int projectFolderDepth) {

    public ReadmeLocation {
        if (names == null || names.isEmpty() || folders == null || folders.isEmpty()) {
            throw new IllegalArgumentException("'names' and 'folders' need at least one entry");
        }
        if (projectFolderDepth < 0) {
            throw new IllegalArgumentException("'project_folder_depth' must not be negative");
        }
        names = List.copyOf(names);
        folders = List.copyOf(folders);
        names.forEach(Glob::of);
    }
}
