package dev.hireable.report;

import dev.hireable.audit.AuditReport;
import java.io.IOException;
import java.io.Writer;

/** Writes an audit report in one format. Renderers present findings; they never decide them. */
public interface ReportRenderer {

    void render(AuditReport report, Writer out) throws IOException;
}
