package dev.hireable.testing;

import dev.hireable.cli.Console;
import dev.hireable.cli.Hireable;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Runs the CLI in-process with captured streams, a fixed clock and a chosen environment. */
public record CliRun(int exitCode, String out, String err) {

    public static final Instant FIXED_TIME = Instant.parse("2026-11-25T14:00:00Z");

    public static CliRun run(String... args) {
        return run(Map.of(), args);
    }

    public static CliRun run(Map<String, String> env, String... args) {
        return run(env, false, args);
    }

    public static CliRun run(Map<String, String> env, boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Console console = new Console(
                new PrintWriter(out),
                new PrintWriter(err),
                env,
                terminal,
                terminal,
                Clock.fixed(FIXED_TIME, ZoneOffset.UTC));
        int code = Hireable.run(console, args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
