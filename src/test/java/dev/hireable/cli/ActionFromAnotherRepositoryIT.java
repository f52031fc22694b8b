package dev.hireable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.testing.TestFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The action as another repository's workflow uses it ({@code uses: OWNER/hireable@REF}): the action's folder lies
 * outside the read-only workspace, as the runner lays it out, and every step runs as the runner runs it
 * ({@link CompositeActionRunner}). The release host is a loopback server; the jar is the one this build made.
 */
class ActionFromAnotherRepositoryIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path JAR = PROJECT.resolve("target/hireable.jar");
    private static final String REPOSITORY = "acme/hireable";
    private static final List<String> SAMPLE = List.of("churn-guard", "review-sentiment", "titanic-notebook");

    @TempDir
    Path runner;

    private String tag;
    private Path workspace;
    private Path actionPath;

    @BeforeEach
    void layOutTheRunner() throws IOException {
        tag = "v" + ToolVersion.read().version();
        workspace = runner.resolve("work/portfolio/portfolio");
        for (String project : SAMPLE) {
            TestFolders.copyTree(PROJECT.resolve("examples").resolve(project), workspace.resolve(project));
        }
        actionPath = runner.resolve("work/_actions").resolve(REPOSITORY).resolve(tag);
        copyTheActionsRepository(actionPath);
        readOnly(workspace);
    }

    @Test
    void releasedJarOfTheActionsOwnRefIsDownloadedCheckedAndRunWithItsClassDataArchive() throws IOException {
        Map<String, String> workspaceBefore = CompositeActionRunner.snapshot(workspace);
        try (LoopbackReleaseHost host = release(sha256(JAR))) {
            CompositeActionRunner.JobRun job = job(host, tag).run();

            assertThat(job.success()).as(job.log()).isTrue();
            assertThat(job.outputs().get("score")).matches("\\d{1,3}");
            assertThat(job.outputs().get("standard-met")).matches("[0-3]");
            assertThat(job.outputs().get("verdict")).isNotBlank();
            assertThat(Path.of(job.outputs().get("report-path"))).exists().startsWith(runner.resolve("temp"));
            assertThat(job.summary()).contains("Standard met").contains("jdoe-ml/portfolio:churn-guard");
            assertThat(host.requests())
                    .containsExactly(
                            releasePath("hireable.jar.sha256"),
                            "/assets" + releasePath("hireable.jar.sha256"),
                            releasePath("hireable.jar"),
                            "/assets" + releasePath("hireable.jar"));
            CompositeActionRunner.StepRun audit = job.step("audit");
            Path jar = Path.of(audit.env().get("HIREABLE_JAR"));
            assertThat(jar).startsWith(runner.resolve("temp")).hasSameBinaryContentAs(JAR);
            assertThat(jar.resolveSibling("hireable.jsa")).isNotEmptyFile();
            assertThat(audit.stderr()).doesNotContain("[warning]").doesNotContain("cds");
        }
        assertThat(CompositeActionRunner.snapshot(workspace)).isEqualTo(workspaceBefore);
        assertThat(actionPath.resolve("target")).doesNotExist();
    }

    @Test
    void nextJobTakesTheJarFromTheCacheWithoutDownloadingAndItsArchiveStillFits() throws IOException {
        try (LoopbackReleaseHost host = release(sha256(JAR))) {
            assertThat(job(host, tag).run().success()).isTrue();
            int downloads = host.requests().size();
            clear(runner.resolve("temp"));

            CompositeActionRunner second = job(host, tag);
            CompositeActionRunner.JobRun job = second.run();

            assertThat(job.success()).as(job.log()).isTrue();
            assertThat(job.step("restore").outputs()).containsEntry("cache-hit", "true");
            assertThat(job.step("Download hireable's released jar, or build it once")
                            .ran())
                    .isFalse();
            assertThat(host.requests()).hasSize(downloads);
            assertThat(classesFromTheArchive(second.environmentAfter())).isPositive();
        }
    }

    @Test
    void jarThatDoesNotMatchItsSha256IsNeverRunAndTheSummarySaysWhy() throws IOException {
        try (LoopbackReleaseHost host = release("0".repeat(64))) {
            CompositeActionRunner.JobRun job = job(host, tag).run();

            assertThat(job.success()).isFalse();
            CompositeActionRunner.StepRun make = job.step("Download hireable's released jar, or build it once");
            assertThat(make.exitCode()).isNotZero();
            assertThat(make.stdout())
                    .contains("::error title=hireable::The downloaded hireable.jar of " + tag
                            + " does not match its SHA-256");
            assertThat(job.summary()).contains("hireable could not be set up").contains("does not match its SHA-256");
            assertThat(job.step("audit").ran()).isFalse();
            assertThat(runner.resolve("temp/hireable-action/hireable.jar")).doesNotExist();
        }
    }

    @Test
    void refWithoutAReleaseBuildsTheJarFromTheActionsSourcesOnceAndCachesIt() throws IOException {
        Path calls = stubTheMavenWrapper();
        Map<String, String> workspaceBefore = CompositeActionRunner.snapshot(workspace);
        try (LoopbackReleaseHost host = new LoopbackReleaseHost()) {
            CompositeActionRunner.JobRun job = job(host, "main").run();

            assertThat(job.success()).as(job.log()).isTrue();
            assertThat(Files.readAllLines(calls))
                    .containsExactly(actionPath + ": -B -q package -DskipTests -Dcds.skip");
            assertThat(host.requests()).isEmpty();
            assertThat(job.outputs().get("score")).matches("\\d{1,3}");

            clear(runner.resolve("temp"));
            assertThat(job(host, "main").run().success()).isTrue();
            assertThat(Files.readAllLines(calls)).hasSize(1);
        }
        assertThat(CompositeActionRunner.snapshot(workspace)).isEqualTo(workspaceBefore);
    }

    @Test
    void releaseTagWhoseReleaseHasNoJarFallsBackToBuildingFromSource() throws IOException {
        Path calls = stubTheMavenWrapper();
        try (LoopbackReleaseHost host = new LoopbackReleaseHost()) {
            CompositeActionRunner.JobRun job = job(host, tag).run();

            assertThat(job.success()).as(job.log()).isTrue();
            assertThat(host.requests()).containsExactly(releasePath("hireable.jar.sha256"));
            assertThat(Files.readAllLines(calls)).hasSize(1);
        }
    }

    @Test
    void cacheKeyHashesTheSourcesWhereverTheActionLiesAndChangesWithThem() throws IOException {
        Path elsewhere = runner.resolve("other-runner/_actions/acme/hireable").resolve(tag);
        copyTheActionsRepository(elsewhere);

        String key = plannedKey(actionPath);
        assertThat(plannedKey(elsewhere)).isEqualTo(key);
        assertThat(key)
                .startsWith("hireable-Linux-X64-java")
                .contains(ToolVersion.read().version());

        Path rule = elsewhere.resolve("rules/ci.yaml");
        Files.writeString(rule, Files.readString(rule) + "\n# changed\n");
        assertThat(plannedKey(elsewhere)).isNotEqualTo(key);
    }

    @Test
    void auditFalseOnlyPutsTheHireableCommandOnThePathOfTheLaterSteps() throws IOException, InterruptedException {
        try (LoopbackReleaseHost host = release(sha256(JAR))) {
            CompositeActionRunner action = job(host, tag, Map.of("audit", "false"));
            CompositeActionRunner.JobRun job = action.run();

            assertThat(job.success()).as(job.log()).isTrue();
            assertThat(job.step("audit").ran()).isFalse();
            assertThat(job.outputs().get("score")).isEmpty();
            Process later = startWith(action.environmentAfter(), "hireable --version");
            assertThat(new String(later.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip())
                    .isEqualTo("hireable " + ToolVersion.read().version());
            assertThat(later.waitFor()).isZero();
        }
    }

    @Test
    void theActionAsItWasFailsInThisSimulationAsItDidOnGitHub() throws IOException {
        Files.copy(
                PROJECT.resolve("src/test/resources/fixtures/action/setup-java-cache-of-the-action-path.yml"),
                actionPath.resolve("action.yml"),
                StandardCopyOption.REPLACE_EXISTING);
        try (LoopbackReleaseHost host = new LoopbackReleaseHost()) {
            CompositeActionRunner.JobRun job = job(host, tag).run();

            assertThat(job.success()).isFalse();
            assertThat(job.steps().get(0).stderr())
                    .contains("No file in " + workspace + " matched to [" + actionPath + "/pom.xml]");
        }
    }

    private CompositeActionRunner job(LoopbackReleaseHost host, String ref) throws IOException {
        return job(host, ref, Map.of());
    }

    private CompositeActionRunner job(LoopbackReleaseHost host, String ref, Map<String, String> inputs)
            throws IOException {
        Path temp = Files.createDirectories(runner.resolve("temp"));
        Path home = Files.createDirectories(runner.resolve("home"));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", System.getenv("PATH"));
        env.put("HOME", home.toString());
        env.put("LANG", "C.UTF-8");
        env.put("CI", "true");
        env.put("GITHUB_ACTIONS", "true");
        env.put("GITHUB_WORKSPACE", workspace.toString());
        env.put("GITHUB_REPOSITORY", "jdoe-ml/portfolio");
        env.put("GITHUB_REPOSITORY_OWNER", "jdoe-ml");
        env.put("GITHUB_SHA", ActionWorkflowRun.SHA);
        env.put("GITHUB_SERVER_URL", host.url());
        env.put("GITHUB_API_URL", host.url() + "/api/v3");
        env.put(
                "GITHUB_EVENT_PATH",
                PROJECT.resolve("src/test/resources/fixtures/action/event-push.json")
                        .toString());
        env.put("RUNNER_TEMP", temp.toString());
        env.put("RUNNER_OS", "Linux");
        env.put("RUNNER_ARCH", "X64");
        env.put("NO_COLOR", "1");
        Map<String, String> with = new LinkedHashMap<>(Map.of("paths", String.join(" ", SAMPLE)));
        with.putAll(inputs);
        Map<String, String> github =
                Map.of("action_repository", REPOSITORY, "action_ref", ref, "token", "ghs_" + "x".repeat(36));
        return new CompositeActionRunner(
                new CompositeActionRunner.Machine(
                        workspace, actionPath, temp, home, runner.resolve("cache-store"), env),
                with,
                github);
    }

    private LoopbackReleaseHost release(String checksum) throws IOException {
        LoopbackReleaseHost host = new LoopbackReleaseHost();
        return host.asset(REPOSITORY, tag, "hireable.jar", Files.readAllBytes(JAR))
                .asset(REPOSITORY, tag, "hireable.jar.sha256", checksum + "  hireable.jar\n");
    }

    private String releasePath(String asset) {
        return "/" + REPOSITORY + "/releases/download/" + tag + "/" + asset;
    }

    /** A copy of the repository as the runner downloads it for the action (the build's own output left out). */
    private static void copyTheActionsRepository(Path target) throws IOException {
        Set<String> left = Set.of("target", ".git", "src/test");
        try (Stream<Path> files = Files.walk(PROJECT)) {
            for (Path file : files.filter(f -> !f.equals(PROJECT)).toList()) {
                String relative = PROJECT.relativize(file).toString();
                if (left.stream().anyMatch(l -> relative.equals(l) || relative.startsWith(l + "/"))
                        || Files.isDirectory(file)) {
                    continue;
                }
                Path copy = target.resolve(relative);
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /** The action's Maven wrapper replaced by one that records how it was called and "builds" this build's jar. */
    private Path stubTheMavenWrapper() throws IOException {
        Path calls = runner.resolve("mvnw-calls.txt");
        Files.writeString(
                actionPath.resolve("mvnw"),
                "#!/bin/sh\n"
                        + "echo \"$PWD: $*\" >> '" + calls + "'\n"
                        + "mkdir -p target && cp '" + JAR + "' target/hireable.jar\n");
        Files.createFile(calls);
        return calls;
    }

    private String plannedKey(Path action) throws IOException {
        Path output = Files.createTempFile(runner, "output", ".txt");
        ProcessBuilder plan =
                new ProcessBuilder("bash", action.resolve("action/jar.sh").toString(), "plan");
        plan.environment()
                .putAll(Map.of(
                        "GITHUB_ACTION_PATH",
                        action.toString(),
                        "RUNNER_TEMP",
                        runner.resolve("temp").toString(),
                        "GITHUB_OUTPUT",
                        output.toString(),
                        "RUNNER_OS",
                        "Linux",
                        "RUNNER_ARCH",
                        "X64",
                        "HIREABLE_JAVA_VERSION",
                        Runtime.version().toString()));
        try {
            assertThat(plan.inheritIO().start().waitFor()).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return CompositeActionRunner.fileCommand(output).get("key");
    }

    /** How many classes `hireable --version` loads from the class-data archive, run as a later step would run it. */
    private int classesFromTheArchive(Map<String, String> environment) throws IOException {
        Path log = runner.resolve("class-load.log");
        Map<String, String> env = new LinkedHashMap<>(environment);
        env.put("HIREABLE_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
        try {
            Process process = startWith(env, "hireable --version");
            process.getInputStream().readAllBytes();
            assertThat(process.waitFor()).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        try (Stream<String> lines = Files.lines(log)) {
            return (int)
                    lines.filter(l -> l.contains("shared objects file (top)")).count();
        }
    }

    private Process startWith(Map<String, String> environment, String command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command)
                .directory(workspace.toFile())
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static void readOnly(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.toList()) {
                file.toFile().setWritable(false, false);
            }
        }
    }

    private static void clear(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!file.equals(folder)) {
                    Files.delete(file);
                }
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
