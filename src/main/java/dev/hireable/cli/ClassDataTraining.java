package dev.hireable.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * The entry point of a run that writes the class-data archive (bin/hireable with {@code HIREABLE_CDS=create}): the
 * usage and the rule list first, with their output discarded, then the command asked for, as {@link Main} runs it.
 * The archive holds the classes a run loaded, so the commands people start with ({@code --help}, {@code rules list})
 * start from it too, not only the audit the archive was made on.
 */
public final class ClassDataTraining {

    private static final List<List<String>> FIRST = List.of(List.of("--help"), List.of("rules", "list"));

    private ClassDataTraining() {}

    public static void main(String[] args) {
        Console quiet = new Console(
                new PrintWriter(Writer.nullWriter()),
                new PrintWriter(Writer.nullWriter()),
                System.getenv(),
                false,
                false,
                java.time.Clock.systemUTC());
        FIRST.forEach(command -> Hireable.run(quiet, command.toArray(String[]::new)));
        Main.main(args);
    }
}
