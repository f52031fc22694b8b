package dev.hireable.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.hireable.audit.ProjectSplitter;
import dev.hireable.probe.AddressPolicy;
import dev.hireable.probe.EndpointProbes;
import dev.hireable.probe.HostResolver;
import dev.hireable.probe.ProbeSettings;
import dev.hireable.report.InterviewQuestions;
import dev.hireable.rules.Modules;
import dev.hireable.rules.RuleEngine;
import dev.hireable.rules.ignores.Ignores;
import dev.hireable.snapshot.FetchPolicy;
import dev.hireable.standard.PortfolioStandard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every rule file has a JSON Schema in schema/rules/, generated from the types hireable binds it to, and every
 * built-in rule file validates against it. When a vocabulary type changes, regenerate and review the diff:
 *
 * <pre>mvn -B test -Dtest=RuleFileSchemaTest -Dhireable.schema.update=true</pre>
 */
class RuleFileSchemaTest {

    private static final Path SCHEMAS = Path.of("schema", "rules");
    private static final Path RULES = Path.of("rules");
    private static final boolean UPDATE = Boolean.getBoolean("hireable.schema.update");

    private static Map<String, Class<?>> types;

    /** Everything that reads a rule file, built once, so the catalog knows each file's vocabulary type. */
    @BeforeAll
    static void bindEveryRuleFile() {
        RuleCatalog catalog = RuleCatalog.builtIn();
        new RuleEngine(catalog, Modules.all(catalog));
        new PortfolioStandard(catalog);
        InterviewQuestions.from(catalog);
        ProjectSplitter.from(catalog);
        new Ignores(catalog);
        catalog.section("github.yaml", "vocabulary", FetchPolicy.class);
        new EndpointProbes(
                catalog,
                new ProbeSettings(Duration.ofSeconds(1), 1, 1, "test"),
                HostResolver.system(),
                AddressPolicy.strict());
        types = new TreeMap<>(catalog.vocabularyTypes());
    }

    @Test
    void everyRuleFileIsReadByPartOfHireable() throws IOException {
        try (var files = Files.list(RULES)) {
            assertThat(types.keySet())
                    .containsExactlyInAnyOrderElementsOf(
                            files.map(f -> f.getFileName().toString())
                                    .filter(n -> n.endsWith(".yaml"))
                                    .toList());
        }
    }

    @Test
    void everyRuleFileHasTheSchemaOfItsVocabulary() throws IOException {
        for (Map.Entry<String, Class<?>> file : types.entrySet()) {
            Path schema = SCHEMAS.resolve(RuleCatalog.moduleName(file.getKey()) + ".schema.json");
            String generated = RuleFileSchemas.pretty(RuleFileSchemas.of(file.getKey(), file.getValue()));
            if (UPDATE) {
                Files.createDirectories(SCHEMAS);
                Files.writeString(schema, generated, StandardCharsets.UTF_8);
            }
            assertThat(schema)
                    .as("%s is missing; generate it with -Dhireable.schema.update=true", schema)
                    .exists();
            assertThat(Files.readString(schema))
                    .as(
                            "%s is out of date with the vocabulary of %s; regenerate it with "
                                    + "-Dhireable.schema.update=true and review the diff",
                            schema, file.getKey())
                    .isEqualTo(generated);
        }
    }

    @Test
    void everyBuiltInRuleFileValidatesAgainstItsSchema() throws IOException {
        for (String file : types.keySet()) {
            List<String> problems = schema(file).validate(yaml(RULES.resolve(file))).stream()
                    .map(ValidationMessage::getMessage)
                    .toList();
            assertThat(problems).as(file).isEmpty();
        }
    }

    @Test
    void theSchemaRejectsWhatTheLoaderRejects() throws IOException {
        JsonNode misspelt = new YAMLMapper().readTree("""
                vocabulary:
                  tools:
                    trackio:
                      packges: [trackio]
                      code: {hint: trackio, imports: ['^import trackio']}
                """);

        assertThat(schema("monitoring.yaml").validate(misspelt))
                .extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("packges"));
    }

    @Test
    void everyRuleFileNamesItsSchemaForEditors() throws IOException {
        for (String file : types.keySet()) {
            assertThat(Files.readString(RULES.resolve(file)).lines().findFirst().orElse(""))
                    .as(file)
                    .isEqualTo("# yaml-language-server: $schema=../schema/rules/" + RuleCatalog.moduleName(file)
                            + ".schema.json");
        }
    }

    private static JsonSchema schema(String file) throws IOException {
        JsonNode schema = new ObjectMapper()
                .readTree(SCHEMAS.resolve(RuleCatalog.moduleName(file) + ".schema.json")
                        .toFile());
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    }

    private static JsonNode yaml(Path file) throws IOException {
        return new YAMLMapper().readTree(file.toFile());
    }
}
