package dev.hireable.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hireable.audit.AuditReport;
import java.io.IOException;
import java.io.Writer;

/** A renderer whose format is a JSON document: it builds the tree, this writes it indented. */
abstract class JsonTreeRenderer implements ReportRenderer {

    static final ObjectMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The whole document for a report. */
    public abstract ObjectNode toJson(AuditReport report);

    @Override
    public final void render(AuditReport report, Writer out) throws IOException {
        JSON.writeValue(new NonClosingWriter(out), toJson(report));
        out.write('\n');
        out.flush();
    }
}
