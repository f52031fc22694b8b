package dev.hireable.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hireable.audit.AuditReport;
import java.io.IOException;
import java.io.Writer;

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
        Trees.JSON.writeTree(generator, toJson(report));
    }

    /** The data binder, for the renderers that build or read a whole tree: made on first use. */
    static final class Trees {
        static final ObjectMapper JSON =
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

        private Trees() {}
    }
}
