package dev.hireable.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The process's surroundings, passed in so the CLI can be run in tests: the streams, the environment variables,
 * whether standard output and error are terminals, and the clock.
 */
public record Console(
        PrintWriter out,
        PrintWriter err,
        Map<String, String> env,
        boolean outIsTerminal,
        boolean errIsTerminal,
        Clock clock) {

    public Console {
        env = Map.copyOf(env);
    }

    public static Console system() {
        boolean terminal = System.console() != null;
        return new Console(
                new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8),
                System.getenv(),
                terminal,
                terminal,
                Clock.systemUTC());
    }

    public Optional<String> env(String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    /** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
    public boolean colorOnStdout() {
        return outIsTerminal && !env.containsKey("NO_COLOR");
    }
}
