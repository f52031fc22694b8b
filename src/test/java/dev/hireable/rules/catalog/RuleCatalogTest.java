package dev.hireable.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hireable.rules.Outcome;
import dev.hireable.rules.registry.RegistryModule;
import dev.hireable.rules.tracking.TrackingModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleCatalogTest {

    /** A vocabulary shaped like a module's: tools with patterns. */
    record ToolVocabulary(Map<String, Tool> tools) {
        record Tool(List<String> packages, List<RulePattern> calls) {}
    }

    private static final String TOOLS = """
            rules:
              tools.used:
                title: A tool is used
                why: Because.
                fix: Use one.
                placeholders: [tool, path]
                messages:
                  pass: "{tool} is used in {path}."
            vocabulary:
              tools:
                mlflow:
                  packages: [mlflow]
                  calls: ['mlflow\\.log_metric\\(']
            """;

    @Test
    void builtInRuleFilesAreAllValid() {
        RuleCatalog catalog = RuleCatalog.builtIn();
        assertThat(catalog.fileNames()).contains("ci.yaml", "snapshot.yaml");
        assertThat(catalog.docs()).allSatisfy(doc -> {
            assertThat(doc.title()).isNotBlank();
            assertThat(doc.why()).isNotBlank();
            assertThat(doc.fix()).isNotBlank();
        });
    }

    @Test
    void theBuiltInCatalogIsMadeOncePerProcessAndAnOverlaidOneEachTime(@TempDir Path rules) throws IOException {
        Files.writeString(rules.resolve("ci.yaml"), "vocabulary: {}\n");

        assertThat(RuleCatalog.load(RuleSources.builtInOnly())).isSameAs(RuleCatalog.load(RuleSources.builtInOnly()));
        assertThat(RuleCatalog.load(RuleSources.withOverlays(List.of(rules))))
                .isNotSameAs(RuleCatalog.load(RuleSources.withOverlays(List.of(rules))))
                .isNotSameAs(RuleCatalog.load(RuleSources.builtInOnly()));
        assertThat(catalog(TOOLS)).as("stand-ins for the built-in files").isNotSameAs(catalog(TOOLS));
    }

    @Test
    void theBuiltInFingerprintIsWorkedOutOnceAndIsTheDigestOfTheFiles() {
        RuleSources builtIn = RuleSources.builtInOnly();
        RuleSources sameFilesReadAgain = new RuleSources(new java.util.ArrayList<>(builtIn.builtIn()), List.of());

        assertThat(builtIn.fingerprint()).isSameAs(RuleSources.builtInOnly().fingerprint());
        assertThat(sameFilesReadAgain.fingerprint())
                .isNotSameAs(builtIn.fingerprint())
                .isEqualTo(builtIn.fingerprint())
                .hasSize(64);
    }

    @Test
    void vocabularyIsBoundAndMessagesAreFilled() {
        RuleBook<ToolVocabulary> book = catalog(TOOLS).book("tools.yaml", ToolVocabulary.class, List.of("tools.used"));

        assertThat(book.vocabulary()
                        .tools()
                        .get("mlflow")
                        .calls()
                        .get(0)
                        .matcher("mlflow.log_metric(")
                        .find())
                .isTrue();
        assertThat(book.doc("tools.used").message(Outcome.PASS, Map.of("tool", "mlflow", "path", "train.py")))
                .isEqualTo("mlflow is used in train.py.");
    }

    @Test
    void overlayAddsAToolAndKeepsTheBuiltInOnes() {
        RuleCatalog catalog = catalog(TOOLS, overlay("""
                vocabulary:
                  tools:
                    trackio:
                      packages: [trackio]
                      calls: ['trackio\\.log\\(']
                """));

        ToolVocabulary vocabulary =
                catalog.book("tools.yaml", ToolVocabulary.class, List.of()).vocabulary();

        assertThat(vocabulary.tools()).containsOnlyKeys("mlflow", "trackio");
    }

    @Test
    void overlayNullRemovesAnEntry() {
        RuleCatalog catalog = catalog(TOOLS, overlay("vocabulary:\n  tools:\n    mlflow: null\n"));
        assertThat(catalog.book("tools.yaml", ToolVocabulary.class, List.of())
                        .vocabulary()
                        .tools())
                .isEmpty();
    }

    @Test
    void aRegularExpressionKnowsTheFileAndLineItWasWrittenOn(@TempDir Path rules) throws IOException {
        Files.writeString(rules.resolve("tracking.yaml"), """
                vocabulary:
                  tools:
                    slowtool:
                      code: {hints: [a], imports: ['^import slowtool'], calls: ['(.*a){14}$']}
                """);
        RuleCatalog catalog = RuleCatalog.load(RuleSources.withOverlays(List.of(rules)));

        TrackingModule.Vocabulary vocabulary = catalog.book("tracking.yaml", TrackingModule.Vocabulary.class, List.of())
                .vocabulary();

        assertThat(vocabulary.tools().get("slowtool").code().calls())
                .singleElement()
                .extracting(RulePattern::origin)
                .isEqualTo(rules.resolve("tracking.yaml") + ":4");
        assertThat(vocabulary.tools().get("mlflow").code().imports())
                .singleElement()
                .extracting(RulePattern::origin)
                .asString()
                .startsWith("rules/tracking.yaml:");
    }

    @Test
    void invalidRegularExpressionNamesFileLineAndPattern() {
        String broken = TOOLS.replace("'mlflow\\.log_metric\\('", "'mlflow(('");
        RuleSources.RuleFile overlay = new RuleSources.RuleFile("tools.yaml", "mine/tools.yaml", broken);
        assertThatThrownBy(() -> catalog(TOOLS, overlay).book("tools.yaml", ToolVocabulary.class, List.of()))
                .isInstanceOfSatisfying(RuleFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("mine/tools.yaml");
                    assertThat(e.line()).contains(13);
                    assertThat(e.problem()).isEqualTo("'mlflow((' is not a valid regular expression: Unclosed group");
                });
    }

    @Test
    void invalidRegularExpressionInTheTrackingVocabularyNamesOverlayLineAndPattern(@TempDir Path rules)
            throws IOException {
        assertOverlayRejected(
                rules,
                "tracking.yaml",
                """
                vocabulary:
                  tools:
                    mlflow:
                      code: {hints: [mlflow], imports: ['^import mlflow'], calls: ['mlflow((']}
                """,
                TrackingModule::new,
                4,
                "'mlflow((' is not a valid regular expression: Unclosed group");
    }

    @Test
    void invalidRegularExpressionInAFileSignatureOfTheRegistryVocabularyNamesLineAndPattern(@TempDir Path rules)
            throws IOException {
        assertOverlayRejected(
                rules,
                "registry.yaml",
                """
                vocabulary:
                  tools:
                    mlflow:
                      files:
                        - files: ["*.yaml"]
                          contains: ['models:/[']
                """,
                RegistryModule::new,
                6,
                "'models:/[' is not a valid regular expression: Unclosed character class");
    }

    /** A module over the built-in rules with this overlay fails to start, naming the overlay file, line and problem. */
    private static void assertOverlayRejected(
            Path rules, String file, String text, Function<RuleCatalog, ?> module, int line, String problem)
            throws IOException {
        Files.writeString(rules.resolve(file), text);
        RuleCatalog catalog = RuleCatalog.load(RuleSources.withOverlays(List.of(rules)));

        assertThatThrownBy(() -> module.apply(catalog)).isInstanceOfSatisfying(RuleFileException.class, e -> {
            assertThat(e.file()).isEqualTo(rules.resolve(file).toString());
            assertThat(e.line()).contains(line);
            assertThat(e.problem()).isEqualTo(problem);
        });
    }

    @Test
    void problemInAnOverlayNamesTheOverlayFileAndLine() {
        RuleCatalog catalog = catalog(TOOLS, overlay("""
                vocabulary:
                  tools:
                    trackio:
                      pakages: [trackio]
                """));
        assertThatThrownBy(() -> catalog.book("tools.yaml", ToolVocabulary.class, List.of()))
                .isInstanceOfSatisfying(RuleFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("my-rules/tools.yaml");
                    assertThat(e.line()).contains(4);
                    assertThat(e.problem()).contains("unknown key 'pakages'").contains("packages");
                });
    }

    @Test
    void yamlSyntaxErrorNamesTheLine() {
        assertThatThrownBy(() -> catalog("rules:\n  a.b:\n    title: [unclosed\n"))
                .isInstanceOfSatisfying(RuleFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("rules/tools.yaml");
                    assertThat(e.problem()).contains("not valid YAML");
                    assertThat(e.line()).isPresent();
                });
    }

    @Test
    void ruleWithoutFixIsRejected() {
        String noFix = TOOLS.replace("    fix: Use one.\n", "");
        assertThatThrownBy(() -> catalog(noFix)).isInstanceOfSatisfying(RuleFileException.class, e -> {
            assertThat(e.line()).contains(2);
            assertThat(e.problem()).contains("tools.used").contains("'fix'");
        });
    }

    @Test
    void duplicateKeyIsRejected() {
        assertThatThrownBy(() -> catalog(TOOLS + "rules: {}\n"))
                .isInstanceOfSatisfying(
                        RuleFileException.class, e -> assertThat(e.problem()).contains("'rules' appears twice"));
    }

    @Test
    void ruleIdUsedByAModuleMustBeDocumented() {
        assertThatThrownBy(() -> catalog(TOOLS).book("tools.yaml", ToolVocabulary.class, List.of("tools.missing")))
                .isInstanceOfSatisfying(
                        RuleFileException.class, e -> assertThat(e.problem()).contains("tools.missing"));
    }

    @Test
    void overlayWithAnUnknownFileNameIsRejected() {
        RuleSources sources = new RuleSources(
                List.of(new RuleSources.RuleFile("tools.yaml", "rules/tools.yaml", TOOLS)),
                List.of(new RuleSources.RuleFile("tols.yaml", "my-rules/tols.yaml", "vocabulary: {}\n")));
        assertThatThrownBy(() -> RuleCatalog.load(sources))
                .isInstanceOfSatisfying(
                        RuleFileException.class, e -> assertThat(e.problem()).contains("tools.yaml"));
    }

    private static RuleSources.RuleFile overlay(String text) {
        return new RuleSources.RuleFile("tools.yaml", "my-rules/tools.yaml", text);
    }

    private static RuleCatalog catalog(String text, RuleSources.RuleFile... overlays) {
        return RuleCatalog.load(new RuleSources(
                List.of(new RuleSources.RuleFile("tools.yaml", "rules/tools.yaml", text)), List.of(overlays)));
    }

    @Test
    void aFolderNamedLikeARuleFileIsAProblemNotSilentlyIgnored(@TempDir Path rules) throws IOException {
        Files.createDirectories(rules.resolve("tracking.yaml"));

        assertThatThrownBy(() -> RuleSources.withOverlays(List.of(rules)))
                .isInstanceOfSatisfying(RuleFileException.class, e -> {
                    assertThat(e.file()).endsWith("tracking.yaml");
                    assertThat(e.problem()).contains("is not a file");
                });
    }

    @Test
    void aRuleFileThatIsNotUtf8NamesTheFileAndTheLine(@TempDir Path rules) throws IOException {
        byte[] latin1 =
                "vocabulary:\n  tools:\n    caf\u00e9: {}\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(rules.resolve("tracking.yaml"), latin1);

        assertThatThrownBy(() -> RuleSources.withOverlays(List.of(rules)))
                .isInstanceOfSatisfying(RuleFileException.class, e -> {
                    assertThat(e.file()).endsWith("tracking.yaml");
                    assertThat(e.line()).contains(3);
                    assertThat(e.problem()).contains("not valid UTF-8");
                });
    }
}
