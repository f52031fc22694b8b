package dev.hireable.rules.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A YAML document as a Jackson tree plus the file and line of every node, keyed by JSON pointer, so a problem
 * found after merging overlays or while binding can still name the file and line it came from.
 */
final class LocatedYaml {

    record Location(String file, int line) {}

    private static final YAMLFactory YAML = YAMLFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode root;
    /** Made from {@link #lines} when first needed (a problem to report, a pattern's origin): most starts need none. */
    private Map<String, Location> locations;

    private final String file;
    /** The line of every node in document order, as {@link #toJson} wrote them; null once the map is made. */
    private JsonNode lines;

    private LocatedYaml(ObjectNode root, Map<String, Location> locations) {
        this.root = root;
        this.locations = locations;
        this.file = null;
    }

    private LocatedYaml(ObjectNode root, String file, JsonNode lines) {
        this.root = root;
        this.file = file;
        this.lines = lines;
    }

    private synchronized Map<String, Location> locations() {
        if (locations == null) {
            Map<String, Location> located = new HashMap<>();
            Iterator<JsonNode> inOrder = lines.elements();
            inDocumentOrder(root, "", pointer -> {
                int line = inOrder.hasNext() ? inOrder.next().asInt() : 0;
                if (line > 0) {
                    located.put(pointer, new Location(file, line));
                }
            });
            locations = located;
            lines = null;
        }
        return locations;
    }

    /** Every node's pointer, a node before its children, children in document order. */
    private static void inDocumentOrder(JsonNode node, String pointer, Consumer<String> visit) {
        visit.accept(pointer);
        if (node.isObject()) {
            node.fields()
                    .forEachRemaining(
                            field -> inDocumentOrder(field.getValue(), pointer + "/" + escape(field.getKey()), visit));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                inDocumentOrder(node.get(i), pointer + "/" + i, visit);
            }
        }
    }

    static LocatedYaml parse(String file, String text) {
        Map<String, Location> locations = new HashMap<>();
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new LocatedYaml(NODES.objectNode(), locations);
            }
            if (first != JsonToken.START_OBJECT) {
                throw new RuleFileException(
                        file, line(parser.currentTokenLocation()), "the file must be a mapping of keys to values");
            }
            JsonNode node = new Reader(file, parser, locations).value("");
            return new LocatedYaml((ObjectNode) node, locations);
        } catch (StreamReadException e) {
            throw new RuleFileException(
                    file, line(e.getLocation()), "is not valid YAML: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new RuleFileException(file, 0, "could not be read: " + e.getMessage());
        }
    }

    ObjectNode root() {
        return root;
    }

    /**
     * The document and the line of every node, as JSON (see {@link ParsedRules}): the lines as one list in document
     * order rather than keyed by pointer, which took longer to read at every start than the document itself.
     */
    ObjectNode toJson() {
        ObjectNode json = NODES.objectNode();
        json.set("tree", root);
        ArrayNode lines = json.putArray("lines");
        Map<String, Location> located = locations();
        inDocumentOrder(
                root,
                "",
                pointer -> lines.add(Optional.ofNullable(located.get(pointer))
                        .map(Location::line)
                        .orElse(0)));
        return json;
    }

    /** The document {@link #toJson} wrote, its nodes located in {@code file}. */
    static LocatedYaml fromJson(String file, JsonNode json) {
        return new LocatedYaml((ObjectNode) json.get("tree"), file, json.get("lines"));
    }

    /** The location of the node at the pointer, or of its nearest located ancestor. */
    Location locate(String pointer, String fallbackFile) {
        Map<String, Location> located = locations();
        String at = pointer;
        while (true) {
            Location location = located.get(at);
            if (location != null) {
                return location;
            }
            if (at.isEmpty()) {
                return new Location(fallbackFile, 0);
            }
            at = at.substring(0, Math.max(0, at.lastIndexOf('/')));
        }
    }

    /** Lays {@code overlay} over this document: mappings merge key by key, anything else replaces, null removes. */
    LocatedYaml overlay(LocatedYaml overlay) {
        ObjectNode merged = root.deepCopy();
        Map<String, Location> mergedLocations = new HashMap<>(locations());
        merge(merged, overlay.root, "", overlay.locations(), mergedLocations);
        return new LocatedYaml(merged, mergedLocations);
    }

    private static void merge(
            ObjectNode base,
            ObjectNode over,
            String pointer,
            Map<String, Location> overLocations,
            Map<String, Location> target) {
        Iterator<Map.Entry<String, JsonNode>> fields = over.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String childPointer = pointer + "/" + escape(field.getKey());
            JsonNode existing = base.get(field.getKey());
            if (field.getValue().isNull()) {
                base.remove(field.getKey());
            } else if (existing instanceof ObjectNode baseChild && field.getValue() instanceof ObjectNode overChild) {
                merge(baseChild, overChild, childPointer, overLocations, target);
            } else {
                base.set(field.getKey(), field.getValue().deepCopy());
                target.keySet().removeIf(key -> key.startsWith(childPointer + "/"));
                overLocations.forEach((key, location) -> {
                    if (key.equals(childPointer) || key.startsWith(childPointer + "/")) {
                        target.put(key, location);
                    }
                });
            }
        }
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }

    private static String firstLine(String message) {
        return message == null ? "syntax error" : message.lines().findFirst().orElse("syntax error");
    }

    private record Reader(String file, JsonParser parser, Map<String, Location> locations) {

        JsonNode value(String pointer) throws IOException {
            locations.put(pointer, new Location(file, line(parser.currentTokenLocation())));
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> object(pointer);
                case START_ARRAY -> array(pointer);
                case VALUE_STRING -> NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT ->
                    parser.getNumberType() == JsonParser.NumberType.INT
                            ? NODES.numberNode(parser.getIntValue())
                            : NODES.numberNode(parser.getLongValue());
                case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
                case VALUE_TRUE -> NODES.booleanNode(true);
                case VALUE_FALSE -> NODES.booleanNode(false);
                case VALUE_NULL -> NODES.nullNode();
                default ->
                    throw new RuleFileException(
                            file,
                            line(parser.currentTokenLocation()),
                            "holds a value YAML rule files cannot use (" + token + ")");
            };
        }

        private ObjectNode object(String pointer) throws IOException {
            ObjectNode node = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int keyLine = line(parser.currentTokenLocation());
                if (node.has(name)) {
                    throw new RuleFileException(file, keyLine, "the key '" + name + "' appears twice");
                }
                String child = pointer + "/" + escape(name);
                parser.nextToken();
                node.set(name, value(child));
                locations.put(child, new Location(file, keyLine));
            }
            return node;
        }

        private ArrayNode array(String pointer) throws IOException {
            ArrayNode node = NODES.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                node.add(value(pointer + "/" + index++));
            }
            return node;
        }
    }
}
