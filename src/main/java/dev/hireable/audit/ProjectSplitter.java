package dev.hireable.audit;

import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.FileTree;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Decides whether a repository is a monorepo portfolio, i.e. its top-level folders are separate projects, each with
 * its own README and code, and if so which folders. Pure: a function of the file tree and rules/projects.yaml.
 */
public final class ProjectSplitter {

    /** The vocabulary of rules/projects.yaml. */
    public record Vocabulary(
            List<String> readmeNames,
            List<String> codeExtensions,
            List<String> notProjects,
            int minProjects,
            double minCodeShare) {
        public Vocabulary {
            if (readmeNames == null || readmeNames.isEmpty() || codeExtensions == null || codeExtensions.isEmpty()) {
                throw new IllegalArgumentException("'readme_names' and 'code_extensions' need at least one entry");
            }
            if (minProjects < 2) {
                throw new IllegalArgumentException("'min_projects' must be at least 2");
            }
            if (minCodeShare < 0 || minCodeShare > 1) {
                throw new IllegalArgumentException("'min_code_share' must be between 0 and 1");
            }
            readmeNames = lower(readmeNames);
            codeExtensions = lower(codeExtensions);
            notProjects = notProjects == null ? List.of() : lower(notProjects);
        }

        private static List<String> lower(List<String> names) {
            return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        }
    }

    private final Vocabulary vocabulary;

    public ProjectSplitter(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public static ProjectSplitter from(RuleCatalog catalog) {
        return new ProjectSplitter(
                catalog.book("projects.yaml", Vocabulary.class, List.of()).vocabulary());
    }

    /** The top-level folders to audit as separate projects, sorted; empty when the repository is one project. */
    public List<String> projectFolders(FileTree tree) {
        Map<String, List<FileEntry>> byFolder = tree.files().stream()
                .filter(f -> f.depth() > 0)
                .collect(Collectors.groupingBy(
                        f -> f.path().substring(0, f.path().indexOf('/')), TreeMap::new, Collectors.toList()));
        List<String> projects = byFolder.entrySet().stream()
                .filter(e -> !vocabulary.notProjects().contains(e.getKey().toLowerCase(Locale.ROOT)))
                .filter(e -> !e.getKey().startsWith("."))
                .filter(e -> hasOwnReadme(e.getValue()) && codeFiles(e.getValue()) > 0)
                .map(Map.Entry::getKey)
                .toList();
        if (projects.size() < vocabulary.minProjects()) {
            return List.of();
        }
        long allCode = codeFiles(tree.files());
        Set<String> chosen = Set.copyOf(projects);
        long inProjects = byFolder.entrySet().stream()
                .filter(e -> chosen.contains(e.getKey()))
                .mapToLong(e -> codeFiles(e.getValue()))
                .sum();
        return inProjects >= vocabulary.minCodeShare() * allCode ? projects : List.of();
    }

    private boolean hasOwnReadme(List<FileEntry> files) {
        return files.stream()
                .anyMatch(f -> f.depth() == 1
                        && vocabulary.readmeNames().contains(f.name().toLowerCase(Locale.ROOT)));
    }

    private long codeFiles(List<FileEntry> files) {
        return files.stream()
                .filter(f -> vocabulary.codeExtensions().contains(f.extension()))
                .count();
    }
}
