package dev.hireable.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hireable.audit.AuditReport;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;

/** A renderer whose format is a JSON document, written indented: as a tree, or as it goes. */
abstract class JsonTreeRenderer implements ReportRenderer {

    /** Makes the documents' nodes. */
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /**
     * Writes a document as it goes, indented as {@link Trees#JSON} indents one: no data binder, whose set-up (its
     * serializers, date formats and locale data) cost a fresh JVM 40 ms before the first byte of a JSON report.
     */
    private static final JsonFactory GENERATORS = new JsonFactory();

    /** The whole document for a report. */
    public abstract ObjectNode toJson(AuditReport report);

    @Override
    public final void render(AuditReport report, Writer out) throws IOException {
        try (JsonGenerator generator =
                GENERATORS.createGenerator(new NonClosingWriter(out)).useDefaultPrettyPrinter()) {
            write(report, generator);
        }
        out.write('\n');
        out.flush();
    }

    /** Writes the document: its tree, unless a renderer writes it as it goes. */
    protected void write(AuditReport report, JsonGenerator generator) throws IOException {
        writeNode(generator, toJson(report));
    }

    /**
     * A tree of objects, arrays, text, numbers, true/false and null, written as it is: the data binder's own
     * {@code writeTree} looks up a serializer on every call, and needs the binder set up.
     */
    static void writeNode(JsonGenerator g, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    g.writeFieldName(field.getKey());
                    writeNode(g, field.getValue());
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode element : node) {
                    writeNode(g, element);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(node.textValue());
            case BOOLEAN -> g.writeBoolean(node.booleanValue());
            case NULL -> g.writeNull();
            case NUMBER -> writeNumber(g, node);
            default -> throw new IllegalArgumentException("a report holds no " + node.getNodeType());
        }
    }

    private static void writeNumber(JsonGenerator g, JsonNode number) throws IOException {
        if (number.isInt()) {
            g.writeNumber(number.intValue());
        } else if (number.isLong()) {
            g.writeNumber(number.longValue());
        } else if (number.isBigInteger()) {
            g.writeNumber(number.bigIntegerValue());
        } else if (number.isBigDecimal()) {
            g.writeNumber(number.decimalValue());
        } else if (number.isFloat()) {
            g.writeNumber(number.floatValue());
        } else {
            g.writeNumber(number.doubleValue());
        }
    }

    /** The data binder, for the callers that read a report back as a tree ({@code toJson}): made on first use. */
    static final class Trees {
        static final ObjectMapper JSON =
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

        private Trees() {}
    }
}
