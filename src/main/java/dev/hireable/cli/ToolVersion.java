package dev.hireable.cli;

import dev.hireable.audit.AuditReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's name and version, from the build. */
final class ToolVersion {

    private ToolVersion() {}

    static AuditReport.ToolInfo read() {
        Properties properties = new Properties();
        try (InputStream in = ToolVersion.class.getClassLoader().getResourceAsStream("hireable-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // fall through to "dev"
        }
        String version = properties.getProperty("version", "dev");
        return new AuditReport.ToolInfo("hireable", version.startsWith("${") ? "dev" : version);
    }
}
