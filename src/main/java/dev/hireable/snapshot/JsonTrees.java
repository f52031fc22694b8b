package dev.hireable.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Trees of JSON (or YAML) read with a parser alone, the nodes an ObjectMapper's {@code readTree} makes: setting up
 * a first ObjectMapper takes a tenth of a second in a JVM that has just started, and an audit reads trees (rule
 * files, notebooks, settings) without needing anything else of one.
 */
public final class JsonTrees {

    /** Reads JSON as an ObjectMapper's default factory does. */
    public static final JsonFactory JSON = new JsonFactory();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {}

    /**
     * The first value of a document: a missing node when there is none; trailing content is not read.
     *
     * @throws JsonParseException (an {@link IOException}) when the document is malformed
     */
    public static JsonNode parse(JsonFactory format, String text) throws IOException {
        try (JsonParser parser = format.createParser(text)) {
            return parser.nextToken() == null ? MissingNode.getInstance() : read(parser);
        }
    }

    /** The value the parser is on, with everything in it; the parser is left on the value's last token. */
    public static JsonNode read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new JsonParseException(parser, "unexpected end of the document");
        }
        return switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, read(parser));
                }
                if (parser.currentToken() != JsonToken.END_OBJECT) {
                    throw new JsonParseException(parser, "unexpected " + parser.currentToken() + " in an object");
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser));
                }
                yield array;
            }
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT ->
                switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT ->
                parser.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
                        ? NODES.numberNode(parser.getDecimalValue())
                        : NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            case VALUE_EMBEDDED_OBJECT ->
                parser.getEmbeddedObject() instanceof byte[] bytes
                        ? NODES.binaryNode(bytes)
                        : NODES.pojoNode(parser.getEmbeddedObject());
            default -> throw new JsonParseException(parser, "unexpected " + token);
        };
    }
}
