package dev.hireable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What ships beside the jar, checked against the jar this build made: the JBang catalog and the shell completion. */
class ShippedExtrasIT {

    private static final Path CATALOG = LauncherIT.PROJECT.resolve("jbang-catalog.json");
    private static final Path COMPLETION = LauncherIT.PROJECT.resolve("target/hireable_completion");
    /** The JVM options the launcher gives every run: `set -- OPTIONS ... -jar`. */
    private static final Pattern LAUNCHER_OPTIONS = Pattern.compile("(?m)^jvm=\"((?:-XX:\\S+ )+)");

    @TempDir
    Path work;

    @Test
    void jbangCatalogRunsTheLatestReleasedJarOnJava17WithTheLaunchersOptions() throws IOException {
        JsonNode alias = JsonMapper.builder()
                .build()
                .readTree(CATALOG.toFile())
                .path("aliases")
                .path("hireable");

        assertThat(alias.path("script-ref").asText())
                .matches("https://github\\.com/[\\w.-]+/hireable/releases/latest/download/hireable\\.jar");
        assertThat(alias.path("java").asText()).isEqualTo("17+");
        assertThat(alias.path("description").asText()).isNotBlank();
        List<String> options = new ArrayList<>();
        alias.path("runtime-options").forEach(o -> options.add(o.asText()));
        Matcher launcher = LAUNCHER_OPTIONS.matcher(Files.readString(LauncherIT.LAUNCHER));
        assertThat(launcher.find()).isTrue();
        assertThat(options)
                .containsExactlyElementsOf(List.of(launcher.group(1).strip().split(" ")));
    }

    @Test
    void jbangCatalogsJavaOptionsStartTheLocalJarQuietly() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        JsonMapper.builder()
                .build()
                .readTree(CATALOG.toFile())
                .path("aliases")
                .path("hireable")
                .path("runtime-options")
                .forEach(o -> command.add(o.asText()));
        assertThat(command).hasSizeGreaterThan(1);
        command.addAll(List.of("-jar", LauncherIT.JAR.toString(), "--version"));
        Path err = work.resolve("err.txt");

        Process process =
                new ProcessBuilder(command).redirectError(err.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isZero();
        assertThat(out.strip()).isEqualTo("hireable " + ToolVersion.read().version());
        assertThat(err).isEmptyFile();
    }

    @Test
    void completionScriptCompletesCommandsAndTheirOptionsInBash() throws IOException, InterruptedException {
        assertThat(COMPLETION).isNotEmptyFile();

        assertThat(complete("hireable ba")).containsExactly("batch");
        assertThat(complete("hireable batch --sh")).containsExactly("--shard");
        assertThat(complete("hireable dir --for")).containsExactly("--format");
    }

    /** What bash completes the last word of {@code line} to, with the build's completion script loaded. */
    private List<String> complete(String line) throws IOException, InterruptedException {
        String script = "source '" + COMPLETION + "'\n"
                + "COMP_LINE='" + line + "'; COMP_WORDS=(" + line + "); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
                + "COMP_POINT=${#COMP_LINE}\n"
                + "_complete_hireable hireable \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        // compopt complains outside a real completion; what matters is COMPREPLY
        Process bash = new ProcessBuilder("bash", "-c", script)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(bash.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(bash.waitFor()).as(out).isZero();
        return out.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
