package dev.hireable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.testing.CliRun;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The root command builds in full only the subcommands a run names; the others are outlines that the root's usage
 * lists. Whatever is built, every command must read and print as if all were whole.
 */
class RootCommandTest {

    @Test
    void rootUsageIsTheOneEveryWholeCommandWouldGive() {
        CommandLine every = Hireable.everyCommand(new Hireable.Factory(Console.system()));
        every.setHelpFactory(WrappingHelp::new);

        CliRun run = CliRun.run("--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo(every.getUsageMessage());
        assertThat(run.out()).contains("  compare  Compare two JSON reports");
    }

    @Test
    void rulesUsageIsTheOneItsWholeSubcommandsWouldGive() {
        CommandLine every = Hireable.everyCommand(new Hireable.Factory(Console.system()));
        every.setHelpFactory(WrappingHelp::new);

        CliRun run = CliRun.run("rules", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo(every.getSubcommands().get("rules").getUsageMessage());
        assertThat(run.out()).contains("  list ").contains("  explain ").contains("  signals ");
        assertThat(CliRun.run("rules", "explain", "--help").out())
                .isEqualTo(every.getSubcommands()
                        .get("rules")
                        .getSubcommands()
                        .get("explain")
                        .getUsageMessage());
    }

    @Test
    void noOptionOfAnyCommandHasATypeWhoseConverterIsLeftOut() {
        CommandLine every = Hireable.everyCommand(new Hireable.Factory(Console.system()));
        List<Pattern> leftOut = Arrays.stream(Hireable.UNUSED_CONVERTERS.split(","))
                .map(Pattern::compile)
                .toList();
        List<String> types = new ArrayList<>();
        ArrayDeque<CommandLine> commands = new ArrayDeque<>(List.of(every));
        while (!commands.isEmpty()) {
            CommandLine command = commands.pop();
            commands.addAll(command.getSubcommands().values());
            command.getCommandSpec().args().forEach(arg -> {
                types.add(arg.type().getName());
                Arrays.stream(arg.auxiliaryTypes()).forEach(t -> types.add(t.getName()));
            });
        }

        assertThat(types).contains("java.nio.file.Path", "int");
        assertThat(types)
                .noneMatch(
                        type -> leftOut.stream().anyMatch(p -> p.matcher(type).matches()));
        assertThat(System.getProperty(Hireable.CONVERTER_EXCLUDES)).isEqualTo(Hireable.UNUSED_CONVERTERS);
    }

    @Test
    void noArgumentsPrintTheSameUsageAsHelp() {
        assertThat(CliRun.run().out()).isEqualTo(CliRun.run("--help").out());
    }

    @Test
    void helpCommandPrintsTheWholeUsageOfTheCommandItNames() {
        CliRun viaHelp = CliRun.run("help", "dir");

        assertThat(viaHelp.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(viaHelp.out()).contains("Usage: hireable dir").contains("--format");
        assertThat(viaHelp.out()).isEqualTo(CliRun.run("dir", "--help").out());
    }

    @Test
    void mistypedCommandIsAnsweredWithTheClosestName() {
        CliRun run = CliRun.run("dri", "examples");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("dir");
    }

    @Test
    void anArgumentThatSpellsAnotherCommandIsStillAnArgument() {
        // the project's rules/ folder, audited as a repository named "rules"
        CliRun run = CliRun.run("dir", "rules", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isIn(ExitCode.OK, 1);
        assertThat(run.out()).contains("\"schemaVersion\"").contains("\"rules\"");
    }

    @Test
    void completionScriptCoversTheOptionsOfEverySubcommand() {
        CommandLine every = Hireable.everyCommand(new Hireable.Factory(Console.system()));

        assertThat(every.getSubcommands().keySet())
                .containsExactly("user", "repo", "dir", "action", "batch", "compare", "rules", "help");
        assertThat(every.getSubcommands().get("dir").getCommandSpec().findOption("--format"))
                .isNotNull();
        assertThat(every.getSubcommands().get("rules").getSubcommands()).containsKeys("list", "explain");
    }
}
