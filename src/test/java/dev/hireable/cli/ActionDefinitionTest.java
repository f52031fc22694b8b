package dev.hireable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.hireable.testing.CliRun;
import dev.hireable.testing.FakeGitHub;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * action.yml and `hireable action` agree: every input is passed on and read, every output produced, the command
 * exists; and the action stands on its own: third-party actions pinned, no repository name written into it.
 */
class ActionDefinitionTest {

    private static final Pattern INPUT_REFERENCE = Pattern.compile("\\$\\{\\{\\s*inputs\\.([A-Za-z0-9_-]+)\\s*}}");
    private static final Pattern ANY_INPUT = Pattern.compile("\\binputs\\.([A-Za-z0-9_-]+)");
    /** Inputs the action's own steps consume instead of passing them to `hireable action`. */
    private static final List<String> FOR_THE_ACTION_ITSELF = List.of("audit");

    private static final Pattern USES = Pattern.compile("^\\s*(?:-\\s+)?uses:\\s*(\\S+)(.*)$");
    private static final Pattern STEP_OUTPUT =
            Pattern.compile("\\$\\{\\{\\s*steps\\.audit\\.outputs\\.([A-Za-z0-9_-]+)\\s*}}");

    /** A value for each input, and how `hireable action` shows it read the value. */
    private static final Map<String, Map.Entry<String, Function<ActionInputs, Object>>> READ = Map.of(
            "user", Map.entry("someone-else", i -> i.user().orElse("")),
            "repos", Map.entry("a/b c/d:e", ActionInputs::repos),
            "paths", Map.entry("x y", ActionInputs::paths),
            "fail-under", Map.entry("42", i -> i.failUnder().orElse(-1)),
            "format", Map.entry("html", ActionInputs::format),
            "sarif", Map.entry("out.sarif", i -> i.sarif().map(Path::toString).orElse("")),
            "badge", Map.entry("badge.json", i -> i.badge().map(Path::toString).orElse("")),
            "probe-endpoints", Map.entry("true", ActionInputs::probeEndpoints),
            "compare-to",
                    Map.entry(
                            "base.json", i -> i.compareTo().map(Path::toString).orElse("")));

    private static JsonNode action;

    @BeforeAll
    static void readActionYml() throws Exception {
        action = new YAMLMapper().readTree(Path.of("action.yml").toFile());
    }

    @Test
    void everyDeclaredInputIsUsedByTheSteps() {
        String steps = action.get("runs").get("steps").toString();
        List<String> used = new ArrayList<>();
        Matcher matcher = ANY_INPUT.matcher(steps);
        while (matcher.find()) {
            used.add(matcher.group(1));
        }
        assertThat(used).containsAll(names(action.get("inputs")));
        assertThat(names(action.get("inputs"))).containsAll(used);
    }

    @Test
    void everyInputVariableTheStepSetsIsReadByHireableAction() {
        Map<String, String> variables = auditStepInputVariables();
        List<String> forHireable = new ArrayList<>(names(action.get("inputs")));
        forHireable.removeAll(FOR_THE_ACTION_ITSELF);
        assertThat(variables.keySet()).containsExactlyInAnyOrderElementsOf(forHireable);
        assertThat(variables.get("token")).isEqualTo("GITHUB_TOKEN");
        for (Map.Entry<String, String> input : variables.entrySet()) {
            if (input.getKey().equals("token")) {
                continue;
            }
            assertThat(ActionInputs.VARIABLES).as(input.getKey()).contains(input.getValue());
            assertThat(READ).as("a test value for the input " + input.getKey()).containsKey(input.getKey());
            var read = READ.get(input.getKey());
            Object unset = read.getValue().apply(inputs(Map.of()));
            Object set = read.getValue().apply(inputs(Map.of(input.getValue(), read.getKey())));
            assertThat(set).as("hireable action reads " + input.getValue()).isNotEqualTo(unset);
        }
    }

    @Test
    void theGitHubTokenInputReachesGitHub(@TempDir Path root) {
        try (FakeGitHub github = FakeGitHub.start()) {
            github.user("jdoe-ml").repo("review-sentiment", Path.of("examples/review-sentiment"));
            new ActionWorkflowRun(github, root, "jdoe-ml/portfolio")
                    .input("repos", "jdoe-ml/review-sentiment")
                    .run();
            assertThat(github.everythingReceived()).contains(ActionWorkflowRun.TOKEN);
        }
    }

    @Test
    void everyDeclaredOutputIsWrittenByHireableAction(@TempDir Path root) {
        List<String> declared = names(action.get("outputs"));
        for (JsonNode output : action.get("outputs")) {
            Matcher matcher = STEP_OUTPUT.matcher(output.get("value").asText());
            assertThat(matcher.matches()).as(output.toString()).isTrue();
            assertThat(declared).contains(matcher.group(1));
        }
        try (FakeGitHub github = FakeGitHub.start()) {
            ActionWorkflowRun step = new ActionWorkflowRun(github, root, "jdoe-ml/portfolio")
                    .checkout(ActionWorkflowRun.FIXTURES.resolve("many-findings"))
                    .input("paths", "a");
            CliRun run = step.run();
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(step.outputs().keySet()).containsExactlyInAnyOrderElementsOf(declared);
        }
    }

    @Test
    void theCommandTheActionRunsExists() {
        Matcher command = Pattern.compile("bin/hireable\"?\\s+([a-z-]+)")
                .matcher(auditStep().get("run").asText());
        assertThat(command.find()).isTrue();
        CliRun help = CliRun.run(command.group(1), "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: hireable " + command.group(1));
    }

    @Test
    void theActionSetsUpJava17AndCachesNothingByFilesOutsideTheWorkspace() {
        JsonNode setup = action.get("runs").get("steps").get(0);
        assertThat(setup.get("uses").asText()).startsWith("actions/setup-java@");
        assertThat(setup.get("with").get("distribution").asText()).isEqualTo("temurin");
        assertThat(setup.get("with").get("java-version").asText()).isEqualTo("17");
        // setup-java's cache keys on hashFiles, which sees only the workspace: not the action's folder (setup-java#381)
        assertThat(setup.get("with").has("cache")).isFalse();
        assertThat(action.toString()).doesNotContain("hashFiles");
    }

    @Test
    void everyThirdPartyActionIsPinnedToACommitWithItsVersionInAComment() throws Exception {
        List<Path> files = new ArrayList<>(List.of(Path.of("action.yml")));
        try (var workflows = java.nio.file.Files.list(Path.of(".github/workflows"))) {
            workflows.filter(f -> f.toString().endsWith(".yml")).forEach(files::add);
        }
        int pinned = 0;
        for (Path file : files) {
            for (String line : java.nio.file.Files.readAllLines(file)) {
                Matcher uses = USES.matcher(line);
                if (!uses.matches() || uses.group(1).startsWith("./")) {
                    continue;
                }
                assertThat(uses.group(1)).as(file + ": " + line).matches("[\\w.-]+/[\\w.-]+(/[\\w./-]+)?@[0-9a-f]{40}");
                assertThat(uses.group(2)).as(file + ": " + line).matches("\\s+# v\\d+(\\.\\d+)*");
                pinned++;
            }
        }
        assertThat(pinned).isGreaterThan(5);
    }

    @Test
    void theActionNamesNoRepositoryOfItsOwnAndFindsItsReleaseFromItsRef() throws Exception {
        String setup = java.nio.file.Files.readString(Path.of("action/jar.sh"));
        for (String text : List.of(java.nio.file.Files.readString(Path.of("action.yml")), setup)) {
            assertThat(text)
                    .doesNotContainPattern("github\\.com/[\\w.-]+/hireable")
                    .doesNotContain("HIREABLE_OWNER");
        }
        assertThat(action.toString())
                .contains("${{ github.action_repository }}")
                .contains("${{ github.action_ref }}");
        assertThat(setup).contains("$HIREABLE_ACTION_REPOSITORY/releases/download/$tag");
    }

    /** Input name -> the environment variable the audit step passes it in. */
    private static Map<String, String> auditStepInputVariables() {
        Map<String, String> variables = new LinkedHashMap<>();
        auditStep().get("env").properties().forEach(entry -> {
            Matcher matcher = INPUT_REFERENCE.matcher(entry.getValue().asText());
            if (matcher.matches()) {
                variables.put(matcher.group(1), entry.getKey());
            }
        });
        return variables;
    }

    private static JsonNode auditStep() {
        for (JsonNode step : action.get("runs").get("steps")) {
            if (step.path("id").asText().equals("audit")) {
                return step;
            }
        }
        throw new AssertionError("action.yml has no step with id: audit");
    }

    private static ActionInputs inputs(Map<String, String> env) {
        Console console = new Console(
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                new HashMap<>(env),
                false,
                false,
                Clock.systemUTC());
        return ActionInputs.read(console, new ActionCommand(console));
    }

    private static List<String> names(JsonNode mapping) {
        List<String> names = new ArrayList<>();
        mapping.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
