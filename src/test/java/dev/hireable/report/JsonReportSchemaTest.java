package dev.hireable.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.hireable.audit.AuditReport;
import dev.hireable.rules.catalog.RuleCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON report validates against schema/report-1.schema.json, which every report names as its $schema. */
class JsonReportSchemaTest {

    private static final Path SCHEMA = Path.of("schema", "report-1.schema.json");

    @Test
    void theSamplePortfolioReportValidates() throws Exception {
        assertThat(problems(SamplePortfolio.audit(RuleCatalog.builtIn()))).isEmpty();
    }

    @Test
    void handBuiltReportsWithErrorsSkipsAndHostileTextValidate() throws IOException {
        assertThat(problems(SampleReports.rich())).isEmpty();
        assertThat(problems(SampleReports.hostile())).isEmpty();
        assertThat(problems(SampleReports.large(7))).isEmpty();
    }

    @Test
    void theSchemaRejectsAReportMissingAContractField() throws IOException {
        JsonNode report = new JsonReportRenderer().toJson(SampleReports.rich());
        ((com.fasterxml.jackson.databind.node.ObjectNode)
                        report.path("repos").path(0).path("signals"))
                .remove("ci");

        assertThat(schema().validate(report))
                .extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("ci"));
    }

    @Test
    void everyReportNamesTheSchemaItFollows() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());

        assertThat(new JsonReportRenderer()
                        .toJson(SampleReports.rich())
                        .path("$schema")
                        .asText())
                .isEqualTo(schema.path("$id").asText())
                .isEqualTo(JsonReportRenderer.SCHEMA_URI);
    }

    private static List<String> problems(AuditReport report) throws IOException {
        return schema().validate(new JsonReportRenderer().toJson(report)).stream()
                .map(ValidationMessage::getMessage)
                .toList();
    }

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(new ObjectMapper().readTree(SCHEMA.toFile()));
    }
}
