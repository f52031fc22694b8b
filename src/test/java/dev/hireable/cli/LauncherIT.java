package dev.hireable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/hireable, the launcher of the README, the release, the container and the Action, starting the jar this build
 * made: with its class-data archive when it fits, silently without it when it is missing, stale or foreign.
 */
class LauncherIT {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path LAUNCHER = PROJECT.resolve("bin/hireable");
    static final Path JAR = PROJECT.resolve("target/hireable.jar");

    @TempDir
    Path work;

    /** What a launcher run printed and how it ended. */
    record Run(int exitCode, String out, String err) {}

    @Test
    void theBuildsJarStartsWithTheArchiveTheBuildMadeAndPrintsNothingElse() throws IOException {
        Path log = work.resolve("class-load.log");

        Run run = launch(LAUNCHER, Map.of("HIREABLE_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("hireable " + ToolVersion.read().version());
        assertThat(run.err()).isEmpty();
        assertThat(fromArchive(log))
                .as("classes loaded from target/hireable.jsa")
                .isGreaterThan(100);
    }

    @Test
    void staleArchiveIsIgnoredWithoutAWord() throws IOException {
        Path jar = installedCopy();
        Files.copy(PROJECT.resolve("target/hireable.jsa"), jar.resolveSibling("hireable.jsa"));
        Path log = work.resolve("class-load.log");

        Run run = launch(
                LAUNCHER,
                Map.of("HIREABLE_JAR", jar.toString(), "HIREABLE_JAVA_OPTS", "-Xlog:class+load=info:file=" + log),
                "rules",
                "list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("archetype.classified")
                .doesNotContain("[warning]")
                .doesNotContain("cds");
        assertThat(fromArchive(log)).as("an archive made for another jar file").isZero();
    }

    @Test
    void missingOrCorruptArchiveIsIgnoredWithoutAWord() throws IOException {
        Path jar = installedCopy();
        Run missing = launch(LAUNCHER, Map.of("HIREABLE_JAR", jar.toString()), "--help");
        Files.writeString(jar.resolveSibling("hireable.jsa"), "not a class-data archive");
        Run corrupt = launch(LAUNCHER, Map.of("HIREABLE_JAR", jar.toString()), "--help");

        for (Run run : List.of(missing, corrupt)) {
            assertThat(run.exitCode()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).startsWith("Usage: hireable");
        }
        assertThat(corrupt.out()).isEqualTo(missing.out());
    }

    @Test
    void archiveOfAnotherJavaIsIgnoredWithoutAWord() throws IOException {
        Path otherJava = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.isExecutable(otherJava.resolve("bin/java")), "a second Java");
        Path jar = installedCopy();
        assertThat(launch(LAUNCHER, Map.of("HIREABLE_JAR", jar.toString(), "HIREABLE_CDS", "create"), "--version")
                        .exitCode())
                .isZero();

        Run run = launch(
                LAUNCHER, Map.of("HIREABLE_JAR", jar.toString(), "JAVA_HOME", otherJava.toString()), "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("hireable " + ToolVersion.read().version());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void createWritesTheArchiveBesideTheJarWholeAndTheNextRunUsesIt() throws IOException {
        Path jar = installedCopy();

        Run create =
                launch(LAUNCHER, Map.of("HIREABLE_JAR", jar.toString(), "HIREABLE_CDS", "create"), "rules", "list");
        Path log = work.resolve("class-load.log");
        Run next = launch(
                LAUNCHER,
                Map.of("HIREABLE_JAR", jar.toString(), "HIREABLE_JAVA_OPTS", "-Xlog:class+load=info:file=" + log),
                "rules",
                "list");

        assertThat(create.exitCode()).isZero();
        assertThat(create.err()).isEmpty();
        try (Stream<Path> files = Files.list(jar.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("hireable.jar", "hireable.jsa");
        }
        assertThat(next.out()).isEqualTo(create.out());
        assertThat(fromArchive(log)).isGreaterThan(100);
    }

    @Test
    void launcherLinkedFromElsewhereFindsTheJarBesideItsOwnFolder() throws IOException {
        Path opt = work.resolve("opt/hireable");
        Path launcher = Files.createDirectories(opt.resolve("bin")).resolve("hireable");
        Files.copy(LAUNCHER, launcher, StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(JAR, Files.createDirectories(opt.resolve("lib")).resolve("hireable.jar"));
        Path link = Files.createDirectories(work.resolve("usr/bin")).resolve("hireable");
        Files.createSymbolicLink(link, Path.of("../../opt/hireable/bin/hireable"));

        Run run = launch(link, Map.of(), "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("hireable " + ToolVersion.read().version());
    }

    @Test
    void noJarIsExit70InOneSentence() throws IOException {
        Path launcher = Files.createDirectories(work.resolve("bin")).resolve("hireable");
        Files.copy(LAUNCHER, launcher, StandardCopyOption.COPY_ATTRIBUTES);

        Run run = launch(launcher, Map.of(), "--help");

        assertThat(run.exitCode()).isEqualTo(70);
        assertThat(run.err().strip())
                .startsWith("hireable: hireable.jar is not beside")
                .doesNotContain("\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void javaOlderThan17IsExit70WithoutStartingIt() throws IOException {
        Run run = launch(LAUNCHER, Map.of("JAVA_HOME", java11().toString()), "--help");

        assertThat(run.exitCode()).isEqualTo(70);
        assertThat(run.err().strip())
                .endsWith("is Java 11; hireable needs Java 17 or later (set JAVA_HOME)")
                .doesNotContain("started");
    }

    @Test
    void javaIsTheFirstOnThePathWithoutJavaHomeAndItsLinksAreFollowedToItsVersion() throws IOException {
        Path bin = Files.createDirectories(work.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("java"), java11().resolve("bin/java"));
        Path empty = Files.createDirectories(work.resolve("empty"));

        Run linked = launch(LAUNCHER, Map.of("PATH", empty + ":" + bin + ":/usr/bin:/bin"), "--help");
        Run none = launch(LAUNCHER, Map.of("PATH", empty.toString()), "--help");

        assertThat(linked.exitCode()).isEqualTo(70);
        assertThat(linked.err().strip())
                .isEqualTo("hireable: " + bin.resolve("java")
                        + " is Java 11; hireable needs Java 17 or later (set JAVA_HOME)");
        assertThat(none.exitCode()).isEqualTo(70);
        assertThat(none.err().strip())
                .isEqualTo("hireable: no Java found: install Java 17 or later (e.g. Temurin 17) or set JAVA_HOME");
    }

    @Test
    void hireablesExitCodesAndArgumentsPassThrough() {
        Run run =
                launch(LAUNCHER, Map.of(), "dir", work.resolve("no such folder").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("'" + work.resolve("no such folder") + "' does not exist");
    }

    @Test
    void theArchiveIsMappedAtItsOwnAddressOnOneCompilerThreadUnlessTheUserSaysOtherwise() throws IOException {
        Path log = work.resolve("cds.log");

        Run run = launch(
                LAUNCHER,
                Map.of("HIREABLE_JAVA_OPTS", "-Xlog:cds=info:file=" + log + " -XX:+PrintFlagsFinal"),
                "--version");
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(log))
                .contains("Mapped dynamic region")
                .doesNotContain("ArchiveRelocationMode == 1");
        assertThat(run.out()).containsPattern("CICompilerCount\\s+= 1\\b").containsPattern("UsePerfData\\s+= false\\b");

        Run restored = launch(
                LAUNCHER,
                Map.of("HIREABLE_JAVA_OPTS", "-XX:ArchiveRelocationMode=1 -Xlog:cds=info:file=" + log),
                "--version");
        assertThat(restored.exitCode()).isZero();
        assertThat(Files.readString(log)).contains("ArchiveRelocationMode == 1");
    }

    @Test
    void theHeapIsAskedForHugePagesExactlyWhereTheKernelGivesThemOnRequest() throws IOException {
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        boolean onRequest =
                Files.isReadable(setting) && Files.readString(setting).contains("[madvise]");

        Run run = launch(LAUNCHER, Map.of("HIREABLE_JAVA_OPTS", "-XX:+PrintFlagsFinal"), "--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).containsPattern("UseTransparentHugePages\\s+= " + onRequest + "\\b");

        Run declined = launch(
                LAUNCHER,
                Map.of("HIREABLE_JAVA_OPTS", "-XX:-UseTransparentHugePages -XX:+PrintFlagsFinal"),
                "--version");
        assertThat(declined.out()).containsPattern("UseTransparentHugePages\\s+= false\\b");
    }

    @Test
    void theOptimisingCompilerBroughtBackGetsTheCompilerThreadsItNeeds() {
        Run run = launch(LAUNCHER, Map.of("HIREABLE_JAVA_OPTS", "-XX:TieredStopAtLevel=4"), "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().strip()).isEqualTo("hireable " + ToolVersion.read().version());
    }

    /** A Java home whose release file says 11 and whose java only says it started (it must never be run). */
    private Path java11() throws IOException {
        Path home = work.resolve("jdk-11");
        if (Files.exists(home)) {
            return home;
        }
        Path bin = Files.createDirectories(home.resolve("bin"));
        Files.writeString(bin.resolve("java"), "#!/bin/sh\necho started >&2\nexit 1\n");
        bin.resolve("java").toFile().setExecutable(true);
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"11.0.2\"\n");
        return home;
    }

    /** The jar copied into its own folder, one hour newer than the build's (so the build's archive does not fit it). */
    private Path installedCopy() throws IOException {
        Path jar = Files.createDirectories(work.resolve("install")).resolve("hireable.jar");
        Files.copy(JAR, jar);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(3600)));
        return jar;
    }

    @Test
    void anArchiveMadeOnAnAuditAlsoHoldsTheClassesOfTheUsageAndTheRuleList() throws IOException {
        Path jar = installedCopy();
        Path repo = Files.createDirectories(work.resolve("project"));
        Files.writeString(repo.resolve("README.md"), "# A project\n");
        Run create = launch(
                LAUNCHER, Map.of("HIREABLE_JAR", jar.toString(), "HIREABLE_CDS", "create"), "dir", repo.toString());
        assertThat(create.exitCode()).as(create.err()).isIn(ExitCode.OK, 1);
        assertThat(create.out()).contains("project").doesNotContain("Usage: hireable");

        for (String[] command : List.of(new String[] {"--help"}, new String[] {"rules", "list"})) {
            Path log = work.resolve("class-load-" + command.length + ".log");
            launch(
                    LAUNCHER,
                    Map.of("HIREABLE_JAR", jar.toString(), "HIREABLE_JAVA_OPTS", "-Xlog:class+load=info:file=" + log),
                    command);
            try (Stream<String> lines = Files.lines(log)) {
                assertThat(lines.filter(l -> l.contains(" picocli.") || l.contains(" dev.hireable."))
                                .filter(l -> !l.contains("shared objects file")))
                        .as(String.join(" ", command) + ": classes read from the jar, not the archive")
                        .isEmpty();
            }
        }
    }

    static long fromArchive(Path classLoadLog) throws IOException {
        try (Stream<String> lines = Files.lines(classLoadLog)) {
            return lines.filter(l -> l.contains("shared objects file (top)")).count();
        }
    }

    /** Runs a launcher with the environment of this test, minus JAVA_HOME and the launcher's own variables, plus {@code env}. */
    static Run launch(Path launcher, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = new LinkedHashMap<>(System.getenv());
        environment.keySet().removeIf(k -> k.startsWith("HIREABLE_") || k.equals("JAVA_HOME"));
        environment.put("NO_COLOR", "1");
        environment.putAll(env);
        builder.environment().clear();
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            var err = new java.util.concurrent.CompletableFuture<String>();
            Thread reader = new Thread(() -> {
                try {
                    err.complete(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    err.completeExceptionally(e);
                }
            });
            reader.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = process.waitFor();
            return new Run(code, out, err.get());
        } catch (IOException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
