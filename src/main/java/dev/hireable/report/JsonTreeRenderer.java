package dev.hireable.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hireable.audit.AuditReport;
import java.io.IOException;
import java.io.Writer;

/** A renderer whose format is a JSON document, written indented: as a tree, or as it goes. */
abstract class JsonTreeRenderer implements ReportRenderer {

    static final ObjectMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The whole document for a report. */
    public abstract ObjectNode toJson(AuditReport report);

    @Override
    public final void render(AuditReport report, Writer out) throws IOException {
        try (JsonGenerator generator = JSON.createGenerator(new NonClosingWriter(out))) {
            write(report, generator);
        }
        out.write('\n');
        out.flush();
    }

    /** Writes the document: its tree, unless a renderer writes it as it goes. */
    protected void write(AuditReport report, JsonGenerator generator) throws IOException {
        generator.writeTree(toJson(report));
    }
}
