package dev.hireable.rules.notebook;

import dev.hireable.rules.context.CodeIndex;
import dev.hireable.snapshot.FileEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When the code outside the notebooks is a real package rather than a few helpers: a folder holding at least
 * {@code modules} modules of at least {@code moduleLines} code lines each (comment and blank lines not counted), or one
 * script of at least {@code longScriptLines} code lines. An empty __init__.py, a setup.py or a ten-line plotting helper
 * is not one.
 */
public record RealPackage(int modules, int moduleLines, int longScriptLines) {

    public RealPackage {
        if (modules < 1 || moduleLines < 1 || longScriptLines < 1) {
            throw new IllegalArgumentException(
                    "'real_package' needs positive 'modules', 'module_lines' and 'long_script_lines'");
        }
    }

    /** The first module of a real package among the scripts (or the long script), if there is one. */
    Optional<String> firstModule(List<FileEntry> scripts, CodeIndex code) {
        Map<String, List<String>> substantialByFolder = new LinkedHashMap<>();
        for (FileEntry script : scripts) {
            int lines = code.codeLineCount(script.path());
            if (lines >= longScriptLines) {
                return Optional.of(script.path());
            }
            if (lines >= moduleLines) {
                substantialByFolder
                        .computeIfAbsent(script.directory(), folder -> new java.util.ArrayList<>())
                        .add(script.path());
            }
        }
        return substantialByFolder.values().stream()
                .filter(paths -> paths.size() >= modules)
                .map(paths -> paths.get(0))
                .findFirst();
    }
}
