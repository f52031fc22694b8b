package dev.hireable.rules.readme;

import static dev.hireable.testing.RuleFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.rules.Finding;
import dev.hireable.rules.ModuleResult;
import dev.hireable.rules.Outcome;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.testing.RuleFixtures;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The four parts found in READMEs written in each language, once under the headings a native writer uses
 * (fixtures readme/lang-CODE-headings: the problem, approach, results and retrospective headings on lines 3, 7, 11
 * and 15) and once from content cues in paragraphs without headings (readme/lang-CODE-prose: one paragraph per part
 * on lines 3, 5, 7 and 9; the approach paragraph holds two of the language's approach cues and no model name, the
 * results paragraph the language's own metric name next to a number). The evidence line shows which cue decided.
 */
class ReadmeLanguagesTest {

    private static final List<String> LANGUAGES =
            List.of("en", "es", "pt", "fr", "de", "it", "ru", "tr", "id", "vi", "zh", "ja", "ko");
    private static final Map<Section, Integer> HEADING_LINES =
            Map.of(Section.PROBLEM, 3, Section.APPROACH, 7, Section.RESULTS, 11, Section.RETROSPECTIVE, 15);
    private static final Map<Section, Integer> PARAGRAPH_LINES =
            Map.of(Section.PROBLEM, 3, Section.APPROACH, 5, Section.RESULTS, 7, Section.RETROSPECTIVE, 9);

    private static final RuleFixtures FIXTURES = new RuleFixtures();
    private static final ReadmeModule MODULE = new ReadmeModule(FIXTURES.catalog());

    static Stream<Arguments> languagesAndParts() {
        return LANGUAGES.stream()
                .flatMap(language -> Stream.of(Section.values()).map(part -> Arguments.of(language, part)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("languagesAndParts")
    void partIsFoundUnderTheLanguagesHeading(String language, Section part) {
        assertFoundOnLine("lang-" + language + "-headings", part, HEADING_LINES.get(part));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("languagesAndParts")
    void partIsFoundFromTheLanguagesCuesWithoutHeadings(String language, Section part) {
        assertFoundOnLine("lang-" + language + "-prose", part, PARAGRAPH_LINES.get(part));
    }

    @Test
    void aReadmeIsReadInTheLanguagesItsMarkersShowAndNoOther() {
        ReadmePatterns patterns = new ReadmePatterns(RuleCatalog.builtIn()
                .book("readme.yaml", ReadmeVocabulary.class, List.of())
                .vocabulary());
        String english = "# Churn prediction\nThis project predicts which customers will leave, using their billing"
                + " history; it is deployed with FastAPI. Its inputs are invoices, visits and tickets.\n";
        String turkish = "# Proje\nBu projenin amacı müşteri kaybını tahmin etmektir. Veri seti şirketten geldi.\n";
        assertThat(new AuthoredText(new MarkdownReader().read(english), patterns).languages())
                .containsExactlyInAnyOrder("any", "en");
        assertThat(new AuthoredText(new MarkdownReader().read(turkish), patterns).languages())
                .contains("tr");
    }

    private static void assertFoundOnLine(String fixture, Section part, int line) {
        Finding finding = finding(audit(fixture), part.ruleId());

        assertThat(finding.outcome()).isEqualTo(Outcome.PASS);
        assertThat(finding.evidence().get(0).line()).isEqualTo(line);
    }

    private static ModuleResult audit(String fixture) {
        return FIXTURES.run(MODULE, "readme", fixture);
    }
}
