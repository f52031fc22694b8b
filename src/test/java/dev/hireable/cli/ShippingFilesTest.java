package dev.hireable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The files that ship hireable, checked for what only runs where this machine cannot (Docker, GitHub): the
 * Dockerfile against the rules a linter would apply, the workflows against what a release must publish, and the
 * README's commands against what CI runs.
 */
class ShippingFilesTest {

    private static final Pattern FROM = Pattern.compile("(?m)^FROM\\s+(\\S+)(?:\\s+AS\\s+(\\S+))?\\s*$");
    private static final Pattern README_COMMAND = Pattern.compile("```sh\\n(\\./mvnw [^\\n]+)\\n```");

    @Test
    void dockerfileBuildsWithMavenOnAJdkAndRunsOnAJreOnly() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        List<String[]> stages = new ArrayList<>();
        Matcher from = FROM.matcher(dockerfile);
        while (from.find()) {
            stages.add(new String[] {from.group(1), from.group(2)});
        }

        assertThat(stages).hasSize(2);
        assertThat(stages.get(0)[0]).matches("eclipse-temurin:17-jdk-[a-z]+");
        assertThat(stages.get(0)[1]).isEqualTo("build");
        assertThat(stages.get(1)[0]).matches("eclipse-temurin:17-jre-[a-z]+");
        assertThat(stages)
                .allSatisfy(
                        stage -> assertThat(stage[0]).doesNotEndWith(":latest").contains(":"));
        String build = dockerfile.substring(dockerfile.indexOf("AS build"), dockerfile.lastIndexOf("\nFROM "));
        assertThat(build).contains("RUN sh ./mvnw -B -q package");
        String runtime = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));
        assertThat(runtime)
                .contains("COPY --from=build /src/target/hireable.jar /opt/hireable/lib/hireable.jar")
                .contains("COPY bin/hireable /opt/hireable/bin/hireable")
                .contains("COPY rules/ /opt/hireable/rules/");
    }

    @Test
    void dockerImageRunsAsAnUnprivilegedUserWithItsClassDataArchive() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        String runtime = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\d+)(?::(\\d+))?\\s*$").matcher(runtime);

        assertThat(user.find()).isTrue();
        assertThat(Integer.parseInt(user.group(1))).isPositive();
        String afterUser = runtime.substring(user.end());
        assertThat(afterUser).doesNotContainPattern("(?m)^(RUN|COPY|ADD)\\b");
        // the archive is made by the runtime's own JRE, for the jar where it lies
        assertThat(runtime.substring(0, user.start()))
                .containsPattern("RUN HIREABLE_CDS=create .*bin/hireable dir")
                .contains("test -s lib/hireable.jsa");
        assertThat(afterUser).containsPattern("(?m)^ENTRYPOINT \\[\"/opt/hireable/bin/hireable\"]$");
        assertThat(dockerfile)
                .doesNotContainPattern("(?mi)^(ADD|MAINTAINER)\\b")
                .doesNotContain("apt-get");
    }

    @Test
    void everyFileTheDockerfileCopiesIsLetThroughByDockerignore() throws IOException {
        List<String> allowed = Files.readAllLines(Path.of(".dockerignore")).stream()
                .filter(l -> l.startsWith("!"))
                .map(l -> l.substring(1).replaceAll("/$", ""))
                .toList();
        assertThat(Files.readAllLines(Path.of(".dockerignore"))).contains("*");
        Matcher copy =
                Pattern.compile("(?m)^COPY (?!--from)(.+) \\S+$").matcher(Files.readString(Path.of("Dockerfile")));
        int copies = 0;
        while (copy.find()) {
            for (String source : copy.group(1).split("\\s+")) {
                String path = source.replaceAll("/$", "");
                assertThat(allowed)
                        .as(source)
                        .anySatisfy(a -> assertThat(path.equals(a)
                                        || path.startsWith(a + "/")
                                        || FileSystems.getDefault()
                                                .getPathMatcher("glob:" + a)
                                                .matches(Path.of(path)))
                                .isTrue());
                assertThat(Path.of(path)).as(source).exists();
                copies++;
            }
        }
        assertThat(copies).isGreaterThan(5);
    }

    @Test
    void releaseOnAVersionTagPublishesEveryAssetAndTheImage() throws IOException {
        JsonNode release = new YAMLMapper()
                .readTree(Path.of(".github/workflows/release.yml").toFile());
        String text = Files.readString(Path.of(".github/workflows/release.yml"));

        assertThat(release.path("on").path("push").path("tags").get(0).asText()).isEqualTo("v*");
        assertThat(release.path("permissions").path("contents").asText()).isEqualTo("read");
        assertThat(release.path("jobs")
                        .path("release")
                        .path("permissions")
                        .path("contents")
                        .asText())
                .isEqualTo("write");
        assertThat(release.path("jobs")
                        .path("container")
                        .path("permissions")
                        .path("packages")
                        .asText())
                .isEqualTo("write");
        assertThat(text)
                .contains("./mvnw -B -Prelease verify")
                .contains("cp target/hireable.jar target/hireable.cdx.json dist/")
                .contains("cp target/hireable_completion dist/hireable-completion.bash")
                .contains("cp bin/hireable dist/hireable")
                .contains("sha256sum hireable.jar > hireable.jar.sha256")
                .contains("gh release create \"$GITHUB_REF_NAME\" dist/*")
                .contains("docker push \"$image:${GITHUB_REF_NAME#v}\"");
        // the action downloads exactly these names from the release of its ref
        String jarScript = Files.readString(Path.of("action/jar.sh"));
        assertThat(jarScript).contains("$base/hireable.jar.sha256").contains("$base/hireable.jar\"");
    }

    @Test
    void ciRunsTheReadmesTwoCommandsAndBuildsTheImage() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> commands = new ArrayList<>();
        Matcher command = README_COMMAND.matcher(readme);
        while (command.find()) {
            commands.add(command.group(1));
        }
        assertThat(commands).hasSizeGreaterThanOrEqualTo(2);
        String demo = commands.get(0);
        String tests = commands.get(1);
        assertThat(tests).isEqualTo("./mvnw -B verify");

        List<String> ciRun = Files.readAllLines(Path.of(".ci/run"));
        assertThat(ciRun).contains(tests);
        for (String part : demo.split(" && ")) {
            assertThat(ciRun).contains(part);
        }
        JsonNode ci =
                new YAMLMapper().readTree(Path.of(".github/workflows/ci.yml").toFile());
        assertThat(ci.path("jobs").path("test").path("steps").toString()).contains(tests);
        assertThat(ci.path("jobs").path("container").path("steps").toString()).contains("docker build");
    }
}
