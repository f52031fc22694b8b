package dev.hireable.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** --rules: folders of rule files that extend or override the built-in ones. */
public final class RuleOptions {

    @Option(
            names = "--rules",
            paramLabel = "DIR",
            description = "A folder of rule files (same names as the built-in rules/*.yaml) that add to or override "
                    + "the built-in vocabulary and texts. Repeatable; later folders win.")
    List<Path> folders = new ArrayList<>();

    List<Path> folders() {
        return List.copyOf(folders);
    }
}
