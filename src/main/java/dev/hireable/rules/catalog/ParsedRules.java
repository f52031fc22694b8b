package dev.hireable.rules.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hireable.snapshot.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The built-in rule files parsed when the jar is built, as JSON: reading YAML is several times slower than reading
 * JSON in a JVM that has just started, and every start reads all of them. An entry is used only for the very text it
 * was made from (by checksum), so a rule file changed since the build, or an overlay, is parsed as YAML as before.
 *
 * <p>The build runs {@link #main} over the compiled rules folder; it fails on a rule file that is not valid YAML.
 */
public final class ParsedRules {

    static final String RESOURCE = "rules/parsed.json";
    /**
     * Without interning field names: the pointers of every node (thousands, each seen once) would fill its table.
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .build();

    private static final ParsedRules BUILT_IN = read();

    private final Map<String, JsonNode> entries;

    private ParsedRules(Map<String, JsonNode> entries) {
        this.entries = entries;
    }

    /**
     * Writes {@value #RESOURCE} for the rules/*.yaml of the folder given as the only argument, and their names in
     * {@value RuleSources#INDEX}.
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        ObjectMapper writer = JsonMapper.builder().build();
        ObjectNode out = writer.createObjectNode();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String name = file.getFileName().toString();
                byte[] utf8 = Files.readAllBytes(file);
                ObjectNode entry = LocatedYaml.parse("rules/" + name, new String(utf8, StandardCharsets.UTF_8))
                        .toJson();
                entry.put("checksum", checksum(utf8));
                out.set(name, entry);
            }
        }
        Files.writeString(folder.resolve("parsed.json"), writer.writeValueAsString(out));
        List<String> names = new ArrayList<>();
        out.fieldNames().forEachRemaining(names::add);
        Files.write(folder.resolve(RuleSources.INDEX_NAME), names);
    }

    /** The built-in file as parsed at build time, when it is exactly the text it was parsed from. */
    static Optional<LocatedYaml> of(RuleSources.RuleFile file) {
        JsonNode entry = BUILT_IN.entries.get(file.name());
        if (entry == null || entry.path("checksum").asLong() != checksum(file.utf8())) {
            return Optional.empty();
        }
        return Optional.of(LocatedYaml.fromJson(file.label(), entry));
    }

    private static long checksum(byte[] utf8) {
        CRC32C crc = new CRC32C();
        crc.update(utf8);
        return crc.getValue();
    }

    private static ParsedRules read() {
        try (InputStream in = ParsedRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new ParsedRules(Map.of());
            }
            Map<String, JsonNode> entries = new HashMap<>();
            try (JsonParser parser = JSON.createParser(in)) {
                if (parser.nextToken() == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        parser.nextToken();
                        entries.put(name, JsonTrees.read(parser));
                    }
                }
            }
            return new ParsedRules(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("the parsed built-in rules could not be read", e);
        }
    }
}
