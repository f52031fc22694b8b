package dev.hireable.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.hireable.testing.TestFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs a composite action the way the GitHub Actions runner does, as far as action.yml needs it: each step's
 * {@code ${{ }}} expressions evaluated (github.action_repository and action_ref only where the runner evaluates them:
 * in a step's {@code env}, never inside {@code run}), {@code run} steps executed by bash in the workspace with the
 * runner's environment and per-step GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH and GITHUB_STEP_SUMMARY files, {@code if}
 * conditions, and the actions it uses played by stand-ins that behave as the real ones do on what matters here:
 * setup-java (its {@code cache} keys on files matched under the workspace only, and fails when none match),
 * cache/restore and cache/save (a folder per key, file times kept as tar keeps them). Any other action fails the run.
 */
final class CompositeActionRunner {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final Pattern PINNED = Pattern.compile("([\\w.-]+/[\\w.-]+(?:/[\\w./-]+)?)@([0-9a-f]{40})");

    /** Where a job runs: the folders a runner lays out, and the cache that outlives a job. */
    record Machine(
            Path workspace, Path actionPath, Path runnerTemp, Path home, Path cacheStore, Map<String, String> env) {}

    /** What one step did. */
    record StepRun(
            String name,
            boolean ran,
            int exitCode,
            String stdout,
            String stderr,
            Map<String, String> env,
            Map<String, String> outputs) {}

    /** What the job did with the action: its steps, the action's outputs and the job summary. */
    record JobRun(boolean success, List<StepRun> steps, Map<String, String> outputs, String summary) {

        StepRun step(String name) {
            return steps.stream()
                    .filter(s -> s.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no step " + name + " in "
                            + steps.stream().map(StepRun::name).toList()));
        }

        String log() {
            StringBuilder log = new StringBuilder();
            for (StepRun step : steps) {
                log.append("--- ")
                        .append(step.name())
                        .append(step.ran() ? " (exit " + step.exitCode() + ")" : " (skipped)")
                        .append('\n')
                        .append(step.stdout())
                        .append(step.stderr());
            }
            return log.toString();
        }
    }

    private static final Pattern STATUS_FUNCTION = Pattern.compile("\\b(success|failure|always|cancelled)\\s*\\(");

    private final Machine machine;
    private final Map<String, String> inputs;
    private final Map<String, String> github;
    /** What GITHUB_ENV and GITHUB_PATH (and setup-java) added for the later steps of the job. */
    private final Map<String, String> jobEnv = new LinkedHashMap<>();

    private final List<String> pathAdditions = new ArrayList<>();

    /**
     * @param inputs the {@code with:} of the workflow step that uses the action (defaults come from action.yml)
     * @param github the github context: action_repository, action_ref, token, ...
     */
    CompositeActionRunner(Machine machine, Map<String, String> inputs, Map<String, String> github) {
        this.machine = machine;
        this.inputs = Map.copyOf(inputs);
        this.github = Map.copyOf(github);
    }

    /** Runs every step of the action in {@code machine.actionPath()/action.yml}. */
    JobRun run() throws IOException {
        JsonNode action = new YAMLMapper()
                .readTree(machine.actionPath().resolve("action.yml").toFile());
        if (!action.path("runs").path("using").asText().equals("composite")) {
            throw new AssertionError("not a composite action");
        }
        Map<String, String> withDefaults = new LinkedHashMap<>();
        action.path("inputs")
                .properties()
                .forEach(input -> withDefaults.put(
                        input.getKey(),
                        evaluateText(input.getValue().path("default").asText(""), Map.of(), "success")));
        withDefaults.putAll(inputs);
        Map<String, Map<String, String>> stepOutputs = new LinkedHashMap<>();
        jobEnv.clear();
        jobEnv.putAll(machine.env());
        pathAdditions.clear();
        List<StepRun> runs = new ArrayList<>();
        StringBuilder summary = new StringBuilder();
        String status = "success";
        int index = 0;
        for (JsonNode step : action.path("runs").path("steps")) {
            index++;
            String name = step.path("id").asText(step.path("name").asText("step " + index));
            Context context = new Context(withDefaults, stepOutputs, jobEnv, status);
            String condition = step.path("if").asText("success()");
            condition = condition.contains("${{") ? unwrap(condition) : condition;
            if (!STATUS_FUNCTION.matcher(condition).find()) {
                condition = "success() && (" + condition + ")"; // as the runner reads an if without a status function
            }
            if (!truthy(evaluate(condition, context))) {
                runs.add(new StepRun(name, false, 0, "", "", Map.of(), Map.of()));
                continue;
            }
            Map<String, String> stepEnv = new LinkedHashMap<>();
            step.path("env")
                    .properties()
                    .forEach(e ->
                            stepEnv.put(e.getKey(), evaluateText(e.getValue().asText(), context)));
            StepRun result =
                    step.has("uses") ? uses(name, step, context, stepEnv) : run(name, step, context, stepEnv, summary);
            runs.add(result);
            stepOutputs.put(name, result.outputs());
            if (result.exitCode() != 0) {
                status = "failure";
            }
        }
        Context end = new Context(withDefaults, stepOutputs, jobEnv, status);
        Map<String, String> outputs = new LinkedHashMap<>();
        action.path("outputs")
                .properties()
                .forEach(o -> outputs.put(
                        o.getKey(), evaluateText(o.getValue().path("value").asText(), end)));
        return new JobRun(status.equals("success"), runs, outputs, summary.toString());
    }

    /** The environment a workflow step after the action gets: the runner's, with what the action's steps added. */
    Map<String, String> environmentAfter() {
        Map<String, String> environment = new LinkedHashMap<>(jobEnv);
        environment.put("PATH", path());
        return environment;
    }

    private String path() {
        List<String> paths = new ArrayList<>(pathAdditions);
        java.util.Collections.reverse(paths);
        paths.add(jobEnv.getOrDefault("PATH", System.getenv("PATH")));
        return String.join(":", paths);
    }

    private record Context(
            Map<String, String> inputs,
            Map<String, Map<String, String>> steps,
            Map<String, String> env,
            String status) {}

    private StepRun run(String name, JsonNode step, Context context, Map<String, String> stepEnv, StringBuilder summary)
            throws IOException {
        if (!step.path("shell").asText().equals("bash")) {
            throw new AssertionError("step " + name + ": a composite action's run step needs shell: bash here");
        }
        // the runner evaluates expressions inside run too, but github.action_* are empty there (actions/runner#2473)
        Map<String, String> runGithub = new HashMap<>(github);
        runGithub.put("action_repository", "");
        runGithub.put("action_ref", "");
        String script = evaluateText(step.path("run").asText(), context, runGithub);
        Path stepFiles = Files.createDirectories(machine.runnerTemp().resolve("_runner_file_commands"));
        String id = UUID.randomUUID().toString();
        Path output = Files.createFile(stepFiles.resolve("set_output_" + id));
        Path env = Files.createFile(stepFiles.resolve("set_env_" + id));
        Path path = Files.createFile(stepFiles.resolve("add_path_" + id));
        Path stepSummary = Files.createFile(stepFiles.resolve("step_summary_" + id));
        Path file = machine.runnerTemp().resolve(id + ".sh");
        Files.writeString(file, script, StandardCharsets.UTF_8);

        Map<String, String> environment = new LinkedHashMap<>(jobEnv);
        environment.putAll(stepEnv);
        environment.put("PATH", path());
        environment.put("GITHUB_ACTION_PATH", machine.actionPath().toString());
        environment.put("GITHUB_OUTPUT", output.toString());
        environment.put("GITHUB_ENV", env.toString());
        environment.put("GITHUB_PATH", path.toString());
        environment.put("GITHUB_STEP_SUMMARY", stepSummary.toString());
        environment.put("GITHUB_ACTION_REPOSITORY", "");
        environment.put("GITHUB_ACTION_REF", "");

        ProcessBuilder builder = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", file.toString())
                .directory(machine.workspace().toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Path stdout = machine.runnerTemp().resolve(id + ".out");
        Path stderr = machine.runnerTemp().resolve(id + ".err");
        builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        Process process = builder.start();
        int code;
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("step " + name + " ran for 10 minutes");
            }
            code = process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        summary.append(Files.readString(stepSummary));
        Files.readAllLines(path).stream().filter(l -> !l.isBlank()).forEach(pathAdditions::add);
        jobEnv.putAll(fileCommand(env));
        return new StepRun(
                name, true, code, Files.readString(stdout), Files.readString(stderr), environment, fileCommand(output));
    }

    /** NAME=value lines and NAME<<DELIMITER heredocs, as GITHUB_OUTPUT and GITHUB_ENV take them. */
    static Map<String, String> fileCommand(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int heredoc = line.indexOf("<<");
            int equals = line.indexOf('=');
            if (heredoc > 0 && (equals < 0 || heredoc < equals)) {
                String delimiter = line.substring(heredoc + 2);
                List<String> value = new ArrayList<>();
                for (i++; i < lines.size() && !lines.get(i).equals(delimiter); i++) {
                    value.add(lines.get(i));
                }
                values.put(line.substring(0, heredoc), String.join("\n", value));
            } else if (equals > 0) {
                values.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return values;
    }

    private StepRun uses(String name, JsonNode step, Context context, Map<String, String> stepEnv) throws IOException {
        String uses = step.path("uses").asText();
        Matcher pinned = PINNED.matcher(uses);
        if (!pinned.matches()) {
            throw new AssertionError("step " + name + ": '" + uses + "' is not pinned to a commit SHA");
        }
        Map<String, String> with = new LinkedHashMap<>();
        step.path("with")
                .properties()
                .forEach(w -> with.put(w.getKey(), evaluateText(w.getValue().asText(), context)));
        return switch (pinned.group(1)) {
            case "actions/setup-java" -> setupJava(name, with);
            case "actions/cache/restore" -> cacheRestore(name, with);
            case "actions/cache/save" -> cacheSave(name, with);
            default -> throw new AssertionError("step " + name + ": the simulation does not know " + pinned.group(1));
        };
    }

    /** Java 17 from this test's own JDK; a cache input keys on files under the workspace, as setup-java's hashFiles does. */
    private StepRun setupJava(String name, Map<String, String> with) throws IOException {
        if (!with.getOrDefault("cache", "").isEmpty()) {
            String pattern = with.getOrDefault("cache-dependency-path", "").isEmpty()
                    ? "**/pom.xml"
                    : with.get("cache-dependency-path");
            if (hashFiles(pattern).isEmpty()) {
                return new StepRun(
                        name,
                        true,
                        1,
                        "",
                        "Error: No file in " + machine.workspace() + " matched to [" + pattern
                                + "], make sure you have checked out the target repository\n",
                        Map.of(),
                        Map.of());
            }
        }
        if (!with.getOrDefault("java-version", "").equals("17")) {
            throw new AssertionError("step " + name + ": the simulation provides Java 17 only");
        }
        jobEnv.put("JAVA_HOME", System.getProperty("java.home"));
        pathAdditions.add(Path.of(System.getProperty("java.home"), "bin").toString());
        return new StepRun(
                name,
                true,
                0,
                "",
                "",
                Map.of(),
                Map.of(
                        "version",
                        Runtime.version().toString(),
                        "path",
                        System.getProperty("java.home"),
                        "distribution",
                        with.getOrDefault("distribution", "")));
    }

    /** The workspace files a hashFiles pattern matches: only under the workspace, whatever the pattern says. */
    private List<Path> hashFiles(String pattern) throws IOException {
        Path root = machine.workspace();
        String relative = pattern.startsWith(root.toString())
                ? pattern.substring(root.toString().length() + 1)
                : pattern;
        if (relative.startsWith("/")) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + relative);
        PathMatcher anyFolder = relative.startsWith("**/")
                ? FileSystems.getDefault().getPathMatcher("glob:" + relative.substring(3))
                : matcher;
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(root::relativize)
                    .filter(f -> matcher.matches(f) || anyFolder.matches(f))
                    .toList();
        }
    }

    private StepRun cacheRestore(String name, Map<String, String> with) throws IOException {
        Path stored = machine.cacheStore().resolve(cacheFolder(with.get("key")));
        Path target = cachePath(with.get("path"));
        boolean hit = Files.isDirectory(stored);
        if (hit) {
            TestFolders.copyTree(stored, target);
        }
        return new StepRun(
                name,
                true,
                0,
                hit ? "Cache restored from key: " + with.get("key") + "\n" : "Cache not found\n",
                "",
                Map.of(),
                Map.of("cache-hit", String.valueOf(hit), "cache-primary-key", with.get("key")));
    }

    private StepRun cacheSave(String name, Map<String, String> with) throws IOException {
        Path stored = machine.cacheStore().resolve(cacheFolder(with.get("key")));
        Path source = cachePath(with.get("path"));
        if (Files.isDirectory(stored)) {
            return new StepRun(
                    name, true, 0, "Cache already exists: " + with.get("key") + "\n", "", Map.of(), Map.of());
        }
        if (!Files.exists(source)) {
            return new StepRun(
                    name,
                    true,
                    0,
                    "",
                    "Warning: Path Validation Error: Path(s) specified in the action for caching "
                            + "do(es) not exist, hence no cache is being saved.\n",
                    Map.of(),
                    Map.of());
        }
        TestFolders.copyTree(source, stored);
        return new StepRun(name, true, 0, "Cache saved with key: " + with.get("key") + "\n", "", Map.of(), Map.of());
    }

    private Path cachePath(String path) {
        if (path == null || path.isBlank() || path.strip().contains("\n")) {
            throw new AssertionError("the simulated cache takes one path, not '" + path + "'");
        }
        String single = path.strip();
        Path resolved = single.startsWith("~/")
                ? machine.home().resolve(single.substring(2))
                : machine.workspace().resolve(single);
        return resolved.normalize();
    }

    private static String cacheFolder(String key) {
        if (key == null || key.isBlank()) {
            throw new AssertionError("a cache step without a key");
        }
        return key.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private String evaluateText(String text, Context context) {
        return evaluateText(text, context, github);
    }

    private String evaluateText(String text, Map<String, String> noInputs, String status) {
        return evaluateText(text, new Context(noInputs, Map.of(), machine.env(), status));
    }

    private String evaluateText(String text, Context context, Map<String, String> githubContext) {
        Matcher matcher = EXPRESSION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(
                    out,
                    Matcher.quoteReplacement(
                            stringOf(new Expression(matcher.group(1), context, githubContext).parse())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String unwrap(String condition) {
        Matcher matcher = EXPRESSION.matcher(condition.strip());
        if (!matcher.matches()) {
            throw new AssertionError("an if: mixing text and expressions: " + condition);
        }
        return matcher.group(1);
    }

    private Object evaluate(String expression, Context context) {
        return new Expression(expression, context, github).parse();
    }

    private static boolean truthy(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return value != null && !stringOf(value).isEmpty();
    }

    private static String stringOf(Object value) {
        return value == null ? "" : value.toString();
    }

    /**
     * GitHub's expression language, the part an action uses: contexts (github, inputs, steps, runner, env), string
     * literals, true/false, ==, != (strings compared ignoring case), !, &&, ||, parentheses, and the status functions.
     * Anything else fails the test, so that action.yml cannot use what the simulation does not check.
     */
    private final class Expression {
        private final String text;
        private final Context context;
        private final Map<String, String> githubContext;
        private int at;

        Expression(String text, Context context, Map<String, String> githubContext) {
            this.text = text;
            this.context = context;
            this.githubContext = githubContext;
        }

        Object parse() {
            Object value = or();
            skip();
            if (at != text.length()) {
                throw new AssertionError("cannot evaluate '" + text + "' at " + at);
            }
            return value;
        }

        private Object or() {
            Object left = and();
            while (take("||")) {
                Object right = and();
                left = truthy(left) ? left : right;
            }
            return left;
        }

        private Object and() {
            Object left = comparison();
            while (take("&&")) {
                Object right = comparison();
                left = truthy(left) ? right : left;
            }
            return left;
        }

        private Object comparison() {
            Object left = unary();
            if (take("==")) {
                return stringOf(left).equalsIgnoreCase(stringOf(unary()));
            }
            if (take("!=")) {
                return !stringOf(left).equalsIgnoreCase(stringOf(unary()));
            }
            return left;
        }

        private Object unary() {
            if (take("!")) {
                return !truthy(unary());
            }
            return primary();
        }

        private Object primary() {
            skip();
            if (take("(")) {
                Object value = or();
                expect(")");
                return value;
            }
            if (at < text.length() && text.charAt(at) == '\'') {
                StringBuilder literal = new StringBuilder();
                at++;
                while (true) {
                    if (at >= text.length()) {
                        throw new AssertionError("unclosed string in '" + text + "'");
                    }
                    char c = text.charAt(at++);
                    if (c == '\'') {
                        if (at < text.length() && text.charAt(at) == '\'') {
                            literal.append('\'');
                            at++;
                            continue;
                        }
                        return literal.toString();
                    }
                    literal.append(c);
                }
            }
            Matcher name = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(?:\\.[A-Za-z_][A-Za-z0-9_-]*)*")
                    .matcher(text)
                    .region(at, text.length());
            if (!name.lookingAt()) {
                throw new AssertionError("cannot evaluate '" + text + "' at " + at);
            }
            at = name.end();
            String path = name.group();
            if (take("(")) {
                expect(")");
                return switch (path) {
                    case "success" -> context.status().equals("success");
                    case "failure" -> context.status().equals("failure");
                    case "always" -> true;
                    case "cancelled" -> false;
                    default -> throw new AssertionError("the simulation does not know the function " + path + "()");
                };
            }
            return lookup(path);
        }

        private Object lookup(String path) {
            String[] parts = path.split("\\.");
            return switch (parts[0]) {
                case "true" -> true;
                case "false" -> false;
                case "github" -> parts.length == 2 ? githubOf(parts[1]) : fail(path);
                case "inputs" ->
                    parts.length == 2
                            ? Optional.ofNullable(context.inputs().get(parts[1]))
                                    .orElseThrow(() -> new AssertionError("action.yml declares no input " + parts[1]))
                            : fail(path);
                case "steps" ->
                    parts.length == 4 && parts[2].equals("outputs")
                            ? context.steps().getOrDefault(parts[1], Map.of()).getOrDefault(parts[3], "")
                            : fail(path);
                case "runner" ->
                    parts.length == 2
                            ? switch (parts[1]) {
                                case "temp" -> machine.runnerTemp().toString();
                                case "os" -> context.env().getOrDefault("RUNNER_OS", "Linux");
                                case "arch" -> context.env().getOrDefault("RUNNER_ARCH", "X64");
                                default -> fail(path);
                            }
                            : fail(path);
                case "env" -> parts.length == 2 ? context.env().getOrDefault(parts[1], "") : fail(path);
                default -> fail(path);
            };
        }

        private String githubOf(String property) {
            return switch (property) {
                case "action_path" -> machine.actionPath().toString();
                case "workspace" -> machine.workspace().toString();
                default -> githubContext.getOrDefault(property, "");
            };
        }

        private Object fail(String path) {
            throw new AssertionError("the simulation does not know '" + path + "'");
        }

        private void skip() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private boolean take(String token) {
            skip();
            if (text.startsWith(token, at) && !(token.equals("!") && text.startsWith("!=", at))) {
                at += token.length();
                return true;
            }
            return false;
        }

        private void expect(String token) {
            if (!take(token)) {
                throw new AssertionError("expected '" + token + "' in '" + text + "' at " + at);
            }
        }
    }

    /** Every file under a folder with its size and modification time: to show a step wrote nothing there. */
    static Map<String, String> snapshot(Path folder) {
        Map<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.toList()) {
                files.put(
                        folder.relativize(file).toString(),
                        Files.isDirectory(file)
                                ? "dir"
                                : Files.size(file) + " "
                                        + Files.getLastModifiedTime(file).toMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
