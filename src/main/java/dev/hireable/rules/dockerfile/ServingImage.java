package dev.hireable.rules.dockerfile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hireable.rules.Evidence;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.rules.context.RepoContext;
import dev.hireable.snapshot.FileEntry;
import dev.hireable.snapshot.FileTree;
import dev.hireable.snapshot.JsonTrees;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * One parsed Dockerfile judged as a serving image: its final stage and the earlier stages that stage is built FROM,
 * whose base image, USER, CMD/ENTRYPOINT and EXPOSE it inherits.
 */
final class ServingImage {

    /** How one check came out, with the evidence and the values for the rule's message. */
    record Verdict(Outcome outcome, List<Evidence> evidence, Map<String, String> values) {
        Verdict {
            evidence = List.copyOf(evidence);
            values = Map.copyOf(values);
        }
    }

    private final String path;
    private final ParsedDockerfile dockerfile;
    private final DockerfileModule.Vocabulary vocabulary;
    private final List<ParsedDockerfile.Stage> chain;

    ServingImage(String path, ParsedDockerfile dockerfile, DockerfileModule.Vocabulary vocabulary) {
        this.path = path;
        this.dockerfile = dockerfile;
        this.vocabulary = vocabulary;
        this.chain = dockerfile.finalChain();
    }

    /** The FROM of the final stage's chain that names an image rather than an earlier stage. */
    private Optional<ParsedDockerfile.Stage> baseStage() {
        return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(chain.size() - 1));
    }

    Verdict pinnedBase() {
        Optional<ParsedDockerfile.Stage> base = baseStage();
        if (base.isEmpty()) {
            return new Verdict(
                    Outcome.UNKNOWN,
                    List.of(Evidence.file(path)),
                    Map.of("path", path, "reason", vocabulary.word("no_from", Map.of("path", path))));
        }
        ParsedDockerfile.Stage stage = base.get();
        List<Evidence> evidence = List.of(evidence(stage.from()));
        String raw = stage.image();
        BuildVariables variables = new BuildVariables().with(dockerfile.preamble());
        Optional<String> resolved = variables.resolve(raw);
        if (resolved.isEmpty() || resolved.get().isBlank()) {
            return new Verdict(
                    Outcome.UNKNOWN,
                    evidence,
                    Map.of(
                            "path",
                            path,
                            "reason",
                            vocabulary.word("unresolved_image", Map.of("path", path, "image", raw))));
        }
        String image = resolved.get();
        String substituted = variables.references(raw) ? vocabulary.word("from_build_args", Map.of("raw", raw)) : "";
        ImageReference reference = ImageReference.parse(image);
        Map<String, String> values = new java.util.HashMap<>(Map.of("path", path, "image", image));
        if (vocabulary.untaggableImages().stream().anyMatch(u -> u.equalsIgnoreCase(reference.name()))) {
            values.put("note", vocabulary.word("untaggable", Map.of()) + substituted);
            return new Verdict(Outcome.PASS, evidence, values);
        }
        if (reference.digest().isPresent()) {
            values.put("note", vocabulary.word("pinned_by_digest", Map.of()) + substituted);
            return new Verdict(Outcome.PASS, evidence, values);
        }
        Optional<String> problem = tagProblem(reference.tag());
        if (problem.isPresent()) {
            values.put("reason", problem.get());
            return new Verdict(Outcome.FAIL, evidence, values);
        }
        values.put("note", substituted);
        return new Verdict(Outcome.PASS, evidence, values);
    }

    private Optional<String> tagProblem(Optional<String> tag) {
        if (tag.isEmpty() || tag.get().isBlank()) {
            return Optional.of(vocabulary.word("untagged", Map.of()));
        }
        String value = tag.get();
        if (vocabulary.floatingTags().stream().anyMatch(f -> f.equalsIgnoreCase(value))) {
            return Optional.of(vocabulary.word("floating_tag", Map.of("tag", value)));
        }
        if (!vocabulary.versionTag().matcher(value).find()) {
            return Optional.of(vocabulary.word("not_version_tag", Map.of("tag", value)));
        }
        return Optional.empty();
    }

    Verdict nonRoot() {
        Optional<ParsedDockerfile.Instruction> user = lastInChain("USER");
        if (user.isEmpty()) {
            Optional<String> base = baseStage().map(ParsedDockerfile.Stage::image);
            if (base.isPresent()
                    && vocabulary.nonRootImages().stream()
                            .anyMatch(p -> p.matcher(base.get()).find())) {
                return new Verdict(
                        Outcome.PASS,
                        List.of(evidence(baseStage().get().from())),
                        Map.of(
                                "path",
                                path,
                                "user",
                                vocabulary.word("base_image_user", Map.of("image", base.get())),
                                "note",
                                ""));
            }
            List<Evidence> evidence = chain.isEmpty()
                    ? List.of(Evidence.file(path))
                    : List.of(evidence(chain.get(0).from()));
            return new Verdict(
                    Outcome.FAIL, evidence, Map.of("path", path, "reason", vocabulary.word("no_user", Map.of())));
        }
        ParsedDockerfile.Instruction instruction = user.get();
        List<Evidence> evidence = List.of(evidence(instruction));
        String raw = instruction.arguments().strip();
        Optional<String> resolved = variables().resolve(raw);
        if (resolved.isEmpty() || resolved.get().isBlank()) {
            return new Verdict(
                    Outcome.UNKNOWN,
                    evidence,
                    Map.of(
                            "path",
                            path,
                            "reason",
                            vocabulary.word("unresolved_user", Map.of("path", path, "user", raw))));
        }
        String name = resolved.get();
        String userPart = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
        boolean root =
                vocabulary.rootUsers().stream().anyMatch(r -> r.equalsIgnoreCase(name) || r.equalsIgnoreCase(userPart));
        if (root) {
            return new Verdict(
                    Outcome.FAIL,
                    evidence,
                    Map.of(
                            "path",
                            path,
                            "reason",
                            vocabulary.word(
                                    "root_user", Map.of("user", name, "line", String.valueOf(instruction.line())))));
        }
        return new Verdict(Outcome.PASS, evidence, Map.of("path", path, "user", name, "note", ""));
    }

    Verdict serves(RepoContext context) {
        Optional<ParsedDockerfile.Instruction> entrypoint = lastInChain("ENTRYPOINT");
        Optional<ParsedDockerfile.Instruction> cmd = lastInChain("CMD");
        String command = String.join(
                        " ",
                        entrypoint.map(i -> commandLine(i.arguments())).orElse(""),
                        cmd.map(i -> commandLine(i.arguments())).orElse(""))
                .strip();
        List<Evidence> evidence = new ArrayList<>();
        entrypoint.map(this::evidence).ifPresent(evidence::add);
        cmd.map(this::evidence).ifPresent(evidence::add);
        Optional<String> server = server(command);
        if (server.isPresent()) {
            return new Verdict(
                    Outcome.PASS, evidence, Map.of("path", path, "server", server.get(), "command", command));
        }
        Optional<Verdict> script = servingScript(command, evidence, context);
        if (script.isPresent()) {
            return script.get();
        }
        Optional<ParsedDockerfile.Stage> base = baseStage();
        if (base.isPresent()
                && vocabulary.servingBaseImages().stream()
                        .anyMatch(p -> p.matcher(base.get().image()).find())) {
            List<Evidence> withBase = new ArrayList<>(evidence);
            withBase.add(0, evidence(base.get().from()));
            return new Verdict(
                    Outcome.PASS,
                    withBase,
                    Map.of(
                            "path",
                            path,
                            "server",
                            vocabulary.word("serving_base_image", Map.of()),
                            "command",
                            base.get().image()));
        }
        String reason = command.isEmpty()
                ? vocabulary.word("no_command", Map.of("path", path))
                : vocabulary.word("not_a_server", Map.of("path", path, "command", command));
        return new Verdict(
                Outcome.FAIL,
                evidence.isEmpty() ? List.of(Evidence.file(path)) : evidence,
                Map.of("path", path, "reason", reason));
    }

    Verdict expose() {
        List<ParsedDockerfile.Instruction> exposed = new ArrayList<>();
        chain.forEach(stage -> exposed.addAll(stage.all("EXPOSE")));
        if (exposed.isEmpty()) {
            return new Verdict(Outcome.FAIL, List.of(Evidence.file(path)), Map.of("path", path));
        }
        String ports = String.join(
                ", ", exposed.stream().map(i -> i.arguments().strip()).toList());
        return new Verdict(
                Outcome.PASS, exposed.stream().map(this::evidence).toList(), Map.of("path", path, "ports", ports));
    }

    private Optional<String> server(String command) {
        for (Map.Entry<String, RulePattern> server : vocabulary.serverCommands().entrySet()) {
            if (server.getValue().matcher(command).find()) {
                return Optional.of(server.getKey());
            }
        }
        return Optional.empty();
    }

    /** A start command that runs a shell script: the script's first line that starts a server, if any. */
    private Optional<Verdict> servingScript(String command, List<Evidence> evidence, RepoContext context) {
        Matcher reference = vocabulary.scriptReference().matcher(command);
        while (reference.find()) {
            String name = reference.group();
            name = name.substring(name.lastIndexOf('/') + 1);
            for (String script : scriptsNamed(name, context.snapshot().tree())) {
                Optional<String> text = context.text(script);
                if (text.isEmpty()) {
                    continue;
                }
                String[] lines = text.get().split("\\R", -1);
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i].strip();
                    Optional<String> server = line.startsWith("#") ? Optional.empty() : server(line);
                    if (server.isPresent()) {
                        List<Evidence> withScript = new ArrayList<>(evidence);
                        withScript.add(Evidence.line(script, i + 1, line));
                        return Optional.of(new Verdict(
                                Outcome.PASS,
                                withScript,
                                Map.of("path", path, "server", server.get(), "command", line)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Files with the script's name: those next to the Dockerfile first. */
    private List<String> scriptsNamed(String name, FileTree tree) {
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        return tree.files().stream()
                .filter(f -> f.name().equals(name))
                .sorted(Comparator.comparing((FileEntry f) -> !f.directory().equals(folder))
                        .thenComparing(FileEntry::path))
                .map(FileEntry::path)
                .toList();
    }

    private Optional<ParsedDockerfile.Instruction> lastInChain(String keyword) {
        for (ParsedDockerfile.Stage stage : chain) {
            Optional<ParsedDockerfile.Instruction> found = stage.last(keyword);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** ARG defaults and ENV values visible in the final stage: global ones, then each stage of the chain in build order. */
    private BuildVariables variables() {
        BuildVariables variables = new BuildVariables().with(dockerfile.preamble());
        for (int i = chain.size() - 1; i >= 0; i--) {
            variables.with(chain.get(i).instructions());
        }
        return variables;
    }

    /** The command as one line: the exec form's JSON array joined by spaces, the shell form as written. */
    private static String commandLine(String arguments) {
        String trimmed = arguments.strip();
        if (trimmed.startsWith("[")) {
            try {
                JsonNode array = JsonTrees.parse(JsonTrees.JSON, trimmed);
                if (array != null && array.isArray()) {
                    List<String> words = new ArrayList<>();
                    array.forEach(word -> words.add(word.asText()));
                    return String.join(" ", words);
                }
            } catch (IOException e) {
                return trimmed;
            }
        }
        return trimmed;
    }

    private Evidence evidence(ParsedDockerfile.Instruction instruction) {
        return Evidence.line(path, instruction.line(), instruction.text());
    }
}
