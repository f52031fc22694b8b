package dev.hireable.snapshot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A repository's hireable settings, {@code .hireable.yml} or {@code .hireable.yaml} at its root (the first found
 * wins): the projects a profile repository showcases and the ignores of any repository. Every feature reads it
 * through here. YAML aliases are refused rather than read as the alias's name.
 *
 * @param file    the file's name as the reader should see it, e.g. {@code project-a/.hireable.yml}
 * @param root    the parsed document, when it could be read
 * @param problem why it could not be read, one clause ("it is not valid YAML (line 3): ..."), when it could not
 */
public record SettingsFile(String file, Optional<JsonNode> root, Optional<String> problem) {

    /** The names the settings file may have, in the order they are looked for. */
    public static final List<String> NAMES = List.of(".hireable.yml", ".hireable.yaml");

    private static final YAMLFactory YAML = new YAMLFactory();

    /** The settings file at the root of a tree, if there is one. */
    public static Optional<String> locate(FileTree tree) {
        return NAMES.stream().filter(tree::contains).findFirst();
    }

    /** Parses the text of a settings file; nothing throws, a problem is a clause a reader can act on. */
    public static SettingsFile parse(String file, String text) {
        try {
            Optional<String> alias = firstAlias(text);
            if (alias.isPresent()) {
                return new SettingsFile(file, Optional.empty(), alias);
            }
            return new SettingsFile(
                    file, Optional.of(JsonTrees.parse(YAML, text)).filter(n -> !n.isMissingNode()), Optional.empty());
        } catch (JsonProcessingException e) {
            String detail = Optional.ofNullable(e.getOriginalMessage())
                    .flatMap(m -> m.lines().findFirst())
                    .orElse("syntax error");
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            return new SettingsFile(
                    file,
                    Optional.empty(),
                    Optional.of("it is not valid YAML" + (line > 0 ? " (line " + line + ")" : "") + ": " + detail));
        } catch (IOException e) {
            return new SettingsFile(file, Optional.empty(), Optional.of("it could not be read: " + e.getMessage()));
        }
    }

    /** The value under a top-level key, when the document is a mapping that has it (and it is not null). */
    public Optional<JsonNode> get(String key) {
        return root.filter(JsonNode::isObject).map(r -> r.get(key)).filter(n -> !n.isNull());
    }

    /** YAML's aliases ({@code *name}) would be read as the plain text "name": say so instead, with the line. */
    private static Optional<String> firstAlias(String text) throws IOException {
        try (JsonParser parser = YAML.createParser(text)) {
            while (parser.nextToken() != null) {
                if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    return Optional.of("it uses the YAML alias '*" + parser.getText() + "' (line "
                            + parser.currentLocation().getLineNr() + "); aliases are not read, so write the value out "
                            + "in full");
                }
            }
        }
        return Optional.empty();
    }
}
