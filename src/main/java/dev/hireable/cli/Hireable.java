package dev.hireable.cli;

import dev.hireable.report.TerminalText;
import dev.hireable.rules.catalog.RuleFileException;
import dev.hireable.source.SourceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: wires picocli to the subcommands and maps every failure to one sentence and an exit code. */
@Command(
        name = "hireable",
        mixinStandardHelpOptions = true,
        versionProvider = Hireable.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Audits a machine-learning candidate's GitHub portfolio against the three-project standard: an "
                    + "end-to-end tabular project with a deployed API, a fine-tuned transformer that is deployed, "
                    + "and an MLOps project with tracking, a registry and a serving deployment.",
            "Every finding carries its evidence (file, line, link) and every gap a concrete next step."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  hireable user jdoe-ml",
            "  hireable repo jdoe-ml/churn-guard jdoe-ml/review-sentiment --format json",
            "  hireable dir examples/churn-guard examples/review-sentiment examples/titanic-notebook",
            "  hireable dir ~/code/my-project --format json --output report.json",
            "  hireable dir . --format html --output report.html",
            "  hireable batch candidates.txt --output reviews/",
            "  hireable compare before.json after.json",
            "  hireable action        (in a GitHub Actions step; see docs/github-action.md)",
            "  hireable rules list",
            "  hireable rules explain readme.results",
            "",
            "Exit codes: 0 audited, 1 score below --fail-under, 2 bad input, 3 GitHub unavailable, "
                    + "4 partial (some repositories not audited), 70 internal error."
        })
public final class Hireable implements Runnable {

    /** An unexpected failure inside hireable itself (a bug): one sentence, no stack trace unless HIREABLE_DEBUG is set. */
    public static final int INTERNAL_ERROR = 70;

    static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";
    /** The option types no hireable option has, as picocli's setting names them: regular expressions, comma-separated. */
    static final String UNUSED_CONVERTERS = "java\\.sql\\..*,java\\.time\\..*";

    /** The subcommands, in the order the usage lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            UserCommand.class,
            RepoCommand.class,
            DirCommand.class,
            ActionCommand.class,
            BatchCommand.class,
            CompareCommand.class,
            RulesCommand.class,
            CommandLine.HelpCommand.class);

    /** The subcommands of a subcommand, listed here rather than in its annotation so that they too are built only when named. */
    private static final Map<Class<?>, List<Class<?>>> NESTED = Map.of(RulesCommand.class, RulesCommand.SUBCOMMANDS);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the CLI against a console and returns the exit code. */
    public static int run(Console console, String... args) {
        return run(console, new Factory(console), args);
    }

    /** Runs the CLI with commands made by {@code factory}, e.g. a batch command with a fake auditor in tests. */
    static int run(Console console, CommandLine.IFactory factory, String... args) {
        leaveOutUnusedConverters();
        CommandLine commandLine = commandLine(factory, Set.copyOf(Arrays.asList(args)));
        commandLine.setOut(console.out());
        commandLine.setErr(console.err());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setHelpFactory(WrappingHelp::new);
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> handle(e, console));
        commandLine.setParameterExceptionHandler((e, args1) -> {
            console.err().println("hireable: " + TerminalText.safe(e.getMessage()));
            Suggestions.print(e, console.err());
            console.err()
                    .println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            console.err().flush();
            return ExitCode.BAD_INPUT;
        });
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            code = fail(console, e, INTERNAL_ERROR, outOfMemory(e));
        }
        console.out().flush();
        console.err().flush();
        return code;
    }

    /** Every command whole: for generating the shell completion script. */
    static CommandLine everyCommand(CommandLine.IFactory factory) {
        leaveOutUnusedConverters();
        CommandLine root = new CommandLine(new Hireable(), factory);
        addSubcommands(root, SUBCOMMANDS, factory, command -> true);
        return root;
    }

    /**
     * picocli registers a converter for every java.time and java.sql type by reflection, loading and initialising each
     * class, on every start (a third of making its first command line); no option of hireable has such a type
     * (RootCommandTest checks), so they are left out, through picocli's own setting unless it is set already.
     */
    static void leaveOutUnusedConverters() {
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, UNUSED_CONVERTERS);
        }
    }

    /**
     * The root with the subcommands the arguments name built whole, and the others only as far as the root's usage
     * shows them (name, aliases and description): picocli's model of a command (its options, mixins and their
     * annotations, read by reflection) is most of the start-up of {@code --help}, and a run uses one command. The
     * same holds one level down ({@code rules list} builds no {@code explain}).
     */
    private static CommandLine commandLine(CommandLine.IFactory factory, Set<String> args) {
        CommandLine root = new CommandLine(new Hireable(), factory);
        addSubcommands(
                root,
                SUBCOMMANDS,
                factory,
                command -> args.contains(command.name())
                        || Arrays.stream(command.aliases()).anyMatch(args::contains));
        return root;
    }

    /**
     * Adds each of {@code types} to {@code parent}: whole, with its own subcommands ({@link #NESTED}) added the same
     * way, when {@code whole} takes it; otherwise an outline for the parent's usage.
     */
    private static void addSubcommands(
            CommandLine parent, List<Class<?>> types, CommandLine.IFactory factory, Predicate<Command> whole) {
        for (Class<?> type : types) {
            Command command = type.getAnnotation(Command.class);
            if (whole.test(command)) {
                CommandLine child = new CommandLine(create(factory, type), factory);
                addSubcommands(child, NESTED.getOrDefault(type, List.of()), factory, whole);
                parent.addSubcommand(child);
            } else {
                CommandLine.Model.CommandSpec outline =
                        CommandLine.Model.CommandSpec.create().aliases(command.aliases());
                outline.usageMessage().header(command.header()).description(command.description());
                parent.addSubcommand(command.name(), outline);
            }
        }
    }

    private static Object create(CommandLine.IFactory factory, Class<?> type) {
        try {
            return factory.create(type);
        } catch (Exception e) {
            throw new IllegalStateException("the " + type.getSimpleName() + " command could not be made", e);
        }
    }

    /** One sentence for running out of memory: it is not the fail-under code 1, and no stack trace. */
    private static String outOfMemory(Throwable e) {
        return "hireable ran out of memory ("
                + Optional.ofNullable(e.getMessage()).orElse("OutOfMemoryError")
                + "); give Java more (java -Xmx2g -jar hireable.jar ...) or read fewer repositories at once (--concurrency 1)";
    }

    private static int handle(Exception e, Console console) {
        Failure failure = Failure.of(e);
        return fail(console, e, failure.exitCode(), failure.sentence());
    }

    private static int fail(Console console, Throwable e, int code, String message) {
        console.err().println("hireable: " + TerminalText.safe(message));
        if (console.env("HIREABLE_DEBUG").isPresent()) {
            e.printStackTrace(console.err());
        }
        console.err().flush();
        return code;
    }

    /** A failure as the user is told about it: one sentence and the exit code. */
    record Failure(int exitCode, String sentence) {

        static Failure of(Exception e) {
            Optional<Throwable> oom = cause(e, OutOfMemoryError.class);
            if (oom.isPresent()) {
                return new Failure(INTERNAL_ERROR, outOfMemory(oom.get()));
            }
            if (e instanceof RuleFileException rule) {
                return new Failure(ExitCode.BAD_INPUT, "invalid rule file " + rule.getMessage());
            }
            if (e instanceof SourceException source) {
                return new Failure(
                        switch (source.kind()) {
                            case NOT_FOUND -> ExitCode.BAD_INPUT;
                            case UNAVAILABLE -> ExitCode.GITHUB_UNAVAILABLE;
                            case REPOSITORY_FAILED -> ExitCode.PARTIAL;
                        },
                        source.getMessage());
            }
            if (e instanceof UsageException usage) {
                return new Failure(ExitCode.BAD_INPUT, usage.getMessage());
            }
            if (e instanceof IOException || e instanceof UncheckedIOException) {
                return new Failure(ExitCode.BAD_INPUT, "could not write the report: " + e.getMessage());
            }
            return new Failure(
                    INTERNAL_ERROR,
                    "internal error (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null
                                    ? ""
                                    : ": " + e.getMessage().lines().findFirst().orElse(""))
                            + "); set HIREABLE_DEBUG=1 for details and please report it");
        }
    }

    private static Optional<Throwable> cause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Gives commands the console they run in. */
    record Factory(Console console) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(Console.class).newInstance(console);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"hireable " + ToolVersion.read().version()};
        }
    }
}
