package dev.hireable.rules.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.rules.catalog.RulePattern;
import dev.hireable.testing.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A cue that cannot match a line break is matched only on the lines its hints are on: it must find exactly what one
 * scan of the whole prose finds, on every README at hand.
 */
class CueLinesTest {

    private static final ReadmeVocabulary VOCABULARY = RuleCatalog.builtIn()
            .book("readme.yaml", ReadmeVocabulary.class, List.of())
            .vocabulary();
    private static final ReadmePatterns PATTERNS = new ReadmePatterns(VOCABULARY);

    /** Texts whose hints sit at line edges, in words run over lines, in tables, lists and several languages. */
    private static final List<String> WRITTEN = List.of(
            """
            # Churn
            The goal of this project is to
            predict churn. Our results: accuracy 0.91, F1 0.87; we
            achieved 92% recall. Fine-tuned
            BERT with LoRA.
            """,
            "Results\n\n| model | F1 |\n|---|---|\n| XGBoost | 0.91 |\n\nIn hindsight, next time I would tune the\nthreshold.\n",
            "- [ ] add monitoring\n- [x] deploy with FastAPI\n\nfeature engineering,feature\nengineering and cross-validation",
            "## 结果\n模型的准确率为 91%。\n## Résultats\nNous avons obtenu une précision de 0,91.\n## Ergebnisse\nWir erreichten 91 %.",
            "problem statement\r\nbusiness problem\r\nthe main goal here is to\r\n");

    @Test
    void theMetricPatternJoinedFromTheRuleFileNamesWhereItsNamesAreWritten() {
        assertThat(PATTERNS.metricValue().pattern().origin())
                .startsWith("rules/readme.yaml")
                .endsWith(" (metric_names)");
    }

    @Test
    void everyCueFindsOnTheLinesOfItsHintsWhatOneScanFinds() throws IOException {
        List<String> readmes = new ArrayList<>(WRITTEN);
        readmes.addAll(readmesUnder(Path.of("examples")));
        if (Corpus.available() || Files.isDirectory(Corpus.checkouts())) {
            readmes.addAll(readmesUnder(Corpus.checkouts()));
        }
        int cuesOnLines = 0;
        for (String readme : readmes) {
            AuthoredText text = new AuthoredText(new MarkdownReader().read(readme), PATTERNS);
            for (Section section : Section.values()) {
                for (ReadmePatterns.Cue cue :
                        PATTERNS.cues(section, VOCABULARY.languages().keySet())) {
                    cuesOnLines += cue.onOneLine() ? 1 : 0;
                    assertThat(text.matches(cue))
                            .as(
                                    "%s in %s",
                                    cue.pattern(), readme.lines().findFirst().orElse(""))
                            .containsExactly(oneScan(cue.pattern(), text.prose()));
                }
            }
        }
        assertThat(cuesOnLines).as("cues matched line by line").isPositive();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            \\bresults\\b ; true
            \\b(the|our) (goal|aim)s? is\\b ; true
            \\d+(\\.\\d+)?\\s*% ; false
            [^.]*results ; false
            (?s)results.*table ; false
            \\p{L}+ results ; false
            results\\x0Atable ; false
            \\Qa b\\E results ; false
            results[\\w-]*\\S+ ; true
            """)
    void aPatternStaysOnOneLineOnlyWhenItsTextSaysSo(String regex, boolean onOneLine) {
        assertThat(RulePattern.compile(regex).staysOnOneLine()).as(regex).isEqualTo(onOneLine);
    }

    private static int[] oneScan(RulePattern pattern, String prose) {
        List<Integer> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(prose);
        while (matcher.find()) {
            found.add(ReadmePatterns.wordStart(matcher, prose));
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<String> readmesUnder(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root, 3)) {
            return files.filter(file -> Set.of("readme.md", "readme.rst", "readme.txt")
                            .contains(file.getFileName().toString().toLowerCase(java.util.Locale.ROOT)))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .map(CueLinesTest::read)
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
