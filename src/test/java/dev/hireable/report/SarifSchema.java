package dev.hireable.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The SARIF 2.1.0 JSON schema (the 2.1.0-rtm.5 text, as Microsoft's SARIF SDK ships it; its definitions are those of
 * the OASIS sarif-schema-2.1.0.json), for validating what the renderer writes.
 */
final class SarifSchema {

    private static final JsonSchema SCHEMA = load();

    private SarifSchema() {}

    static List<String> problems(JsonNode sarif) {
        return SCHEMA.validate(sarif).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }

    private static JsonSchema load() {
        try (InputStream in = SarifSchema.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            JsonNode schema = new ObjectMapper().readTree(in);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
