package dev.hireable.rules.context;

import dev.hireable.rules.context.usage.FileIndex;
import dev.hireable.snapshot.FileContent;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Python packages a repository declares, from the dependency files rules/snapshot.yaml names
 * (requirements*.txt, pyproject.toml, setup.cfg, setup.py, environment.yml, Pipfile). The parsing is by line and
 * forgiving: it finds names with their line numbers, it does not resolve versions.
 */
public final class DependencyIndex {

    private static final Pattern REQUIREMENT =
            Pattern.compile("^\\s*([A-Za-z0-9][A-Za-z0-9._-]*)\\s*(?:\\[[^]]*])?\\s*(?:[<>=!~;@ ]|$)");
    private static final Pattern QUOTED_REQUIREMENT =
            Pattern.compile("[\"']([A-Za-z0-9][A-Za-z0-9._-]*)\\s*(?:\\[[^]]*])?\\s*(?:[<>=!~;@ ][^\"']*)?[\"']");
    private static final Pattern TOML_KEY = Pattern.compile("^\\s*([A-Za-z0-9][A-Za-z0-9._-]*)\\s*=");
    private static final Pattern YAML_ITEM = Pattern.compile(
            "^\\s*-\\s*(?:[A-Za-z0-9_-]+::)?([A-Za-z0-9][A-Za-z0-9._-]*)\\s*(?:\\[[^]]*])?\\s*(?:[<>=!~ ]|$)");
    private static final Pattern SECTION = Pattern.compile("^\\s*\\[([^]]+)]\\s*$");

    private final List<Dependency> dependencies;
    private final List<String> unreadable;

    private DependencyIndex(List<Dependency> dependencies, List<String> unreadable) {
        this.dependencies = List.copyOf(dependencies);
        this.unreadable = List.copyOf(unreadable);
    }

    static DependencyIndex build(Snapshot snapshot, SourceVocabulary vocabulary) {
        return build(snapshot, vocabulary, FileIndex.build(snapshot.tree(), vocabulary));
    }

    /** Reads the dependency files among {@code own}, the repository's files outside vendored folders. */
    static DependencyIndex build(Snapshot snapshot, SourceVocabulary vocabulary, FileIndex own) {
        List<Dependency> found = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (FileEntry entry : own.matching(vocabulary.dependencyFiles())) {
            FileContent content = snapshot.read(entry.path());
            if (content instanceof FileContent.Text text) {
                parse(entry, text.text(), found);
            } else {
                unreadable.add(content.explanation());
            }
        }
        return new DependencyIndex(found, unreadable);
    }

    public List<Dependency> all() {
        return dependencies;
    }

    /** Declarations of any of the packages, by normalised name. */
    public List<Dependency> named(List<String> packages) {
        List<String> wanted = packages.stream().map(DependencyIndex::normalise).toList();
        return dependencies.stream().filter(d -> wanted.contains(d.name())).toList();
    }

    public Optional<Dependency> first(List<String> packages) {
        return named(packages).stream().findFirst();
    }

    /** Dependency files that could not be read, one sentence each. */
    public List<String> unreadable() {
        return unreadable;
    }

    public static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    private static void parse(FileEntry file, String text, List<Dependency> out) {
        String name = file.name().toLowerCase(Locale.ROOT);
        String[] lines = text.split("\\R", -1);
        if (name.endsWith(".txt") || name.endsWith(".in")) {
            parseRequirements(file.path(), lines, out);
        } else if (name.equals("pipfile") || name.endsWith(".toml") && !name.equals("pyproject.toml")) {
            parseTomlTables(file.path(), lines, out, true);
        } else if (name.equals("pyproject.toml")) {
            parseTomlTables(file.path(), lines, out, false);
        } else if (name.endsWith(".yml") || name.endsWith(".yaml")) {
            parseCondaEnvironment(file.path(), lines, out);
        } else {
            parseQuoted(file.path(), lines, out, name.equals("setup.cfg"));
        }
    }

    private static void parseRequirements(String path, String[] lines, List<Dependency> out) {
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]);
            if (line.isBlank() || line.strip().startsWith("-")) {
                continue;
            }
            Matcher m = REQUIREMENT.matcher(line);
            if (m.find()) {
                out.add(new Dependency(normalise(m.group(1)), path, i + 1, lines[i].strip()));
            }
        }
    }

    /** pyproject.toml and Pipfile: keys of dependency tables, and quoted requirement strings in dependency arrays. */
    private static void parseTomlTables(String path, String[] lines, List<Dependency> out, boolean pipfile) {
        String section = "";
        boolean inArray = false;
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]);
            Matcher header = SECTION.matcher(line);
            if (header.matches()) {
                section = header.group(1).strip().toLowerCase(Locale.ROOT);
                inArray = false;
                continue;
            }
            boolean dependencyTable = pipfile
                    ? section.contains("packages")
                    : section.endsWith("dependencies")
                            || section.contains("dependency-groups")
                            || section.contains("optional-dependencies");
            if (dependencyTable) {
                Matcher key = TOML_KEY.matcher(line);
                if (key.find() && !line.contains("[")) {
                    if (!key.group(1).equalsIgnoreCase("python")) {
                        out.add(new Dependency(normalise(key.group(1)), path, i + 1, lines[i].strip()));
                    }
                    continue;
                }
            }
            boolean opensArray = line.matches("^\\s*(dependencies|requires|[A-Za-z0-9_-]+)\\s*=\\s*\\[.*")
                    && (section.equals("project") || section.equals("build-system") || dependencyTable);
            if (opensArray) {
                inArray = true;
            }
            if (inArray || dependencyTable) {
                Matcher quoted = QUOTED_REQUIREMENT.matcher(line);
                while (quoted.find()) {
                    out.add(new Dependency(normalise(quoted.group(1)), path, i + 1, lines[i].strip()));
                }
            }
            if (inArray && line.strip().endsWith("]")) {
                inArray = false;
            }
        }
    }

    private static void parseCondaEnvironment(String path, String[] lines, List<Dependency> out) {
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]);
            Matcher item = YAML_ITEM.matcher(line);
            if (item.find()
                    && !item.group(1).equalsIgnoreCase("pip")
                    && !item.group(1).equalsIgnoreCase("python")) {
                out.add(new Dependency(normalise(item.group(1)), path, i + 1, lines[i].strip()));
            }
        }
    }

    /** setup.py: the quoted strings of install_requires; setup.cfg: the lines under install_requires. */
    private static void parseQuoted(String path, String[] lines, List<Dependency> out, boolean setupCfg) {
        boolean inInstallRequires = false;
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]);
            if (setupCfg) {
                if (line.matches("^\\s*install_requires\\s*=.*")) {
                    inInstallRequires = true;
                    line = line.substring(line.indexOf('=') + 1);
                } else if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                    inInstallRequires = false;
                }
                if (inInstallRequires) {
                    Matcher m = REQUIREMENT.matcher(line);
                    if (m.find()) {
                        out.add(new Dependency(normalise(m.group(1)), path, i + 1, lines[i].strip()));
                    }
                }
                continue;
            }
            int start = line.indexOf("install_requires");
            if (start >= 0) {
                inInstallRequires = true;
                line = line.substring(start);
            }
            if (inInstallRequires) {
                int end = line.indexOf(']');
                Matcher quoted = QUOTED_REQUIREMENT.matcher(end >= 0 ? line.substring(0, end) : line);
                while (quoted.find()) {
                    out.add(new Dependency(normalise(quoted.group(1)), path, i + 1, lines[i].strip()));
                }
                if (end >= 0) {
                    inInstallRequires = false;
                }
            }
        }
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }
}
