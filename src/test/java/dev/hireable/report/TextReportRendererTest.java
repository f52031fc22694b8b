package dev.hireable.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hireable.audit.AuditReport;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.standard.RedFlag;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextReportRendererTest {

    private static AuditReport sample;

    @BeforeAll
    static void auditTheSamplePortfolio() throws Exception {
        sample = SamplePortfolio.audit(RuleCatalog.builtIn());
    }

    @Test
    void verdictWordsAndScoreStayWithinTheFirstFiveLines() throws IOException {
        List<String> firstFive = lines(new TextReportRenderer(false, 40, false)).subList(0, 5);

        assertThat(String.join("\n", firstFive)).contains("Standard met 1/3", "score 25/100");
    }

    @Test
    void defaultReportOfTheSamplePortfolioIsAboutThirtyLinesWithinTheWidth() throws IOException {
        List<String> lines = lines(new TextReportRenderer(false, 100, false));

        assertThat(lines).hasSizeLessThanOrEqualTo(40);
        assertThat(lines)
                .allSatisfy(line -> assertThat(TextWrap.visibleWidth(line)).isLessThanOrEqualTo(100));
    }

    @Test
    void everyLineFitsANarrowTerminalExceptAWordLongerThanTheLine() throws IOException {
        for (boolean detail : new boolean[] {false, true}) {
            for (String line : lines(new TextReportRenderer(false, 60, detail))) {
                if (TextWrap.visibleWidth(line) > 60) {
                    assertThat(line.strip())
                            .as("only an unbreakable word may overflow")
                            .doesNotContain(" ");
                }
            }
        }
    }

    @Test
    void aUrlLongerThanTheLineIsNeverSplit() {
        String url = "https://huggingface.co/spaces/jdoe-ml/review-sentiment-demo-with-a-long-name";

        List<String> lines = new TextWrap(40).wrap(" ! ", "   ", "the demo at " + url + " answers");

        assertThat(lines).containsExactly(" ! the demo at", "   " + url, "   answers");
    }

    @Test
    void slotsAreNamedByTitleNotById() throws IOException {
        String text = render(new TextReportRenderer(false));

        assertThat(text)
                .contains("End-to-end tabular project", "Fine-tuned transformer", "MLOps project")
                .doesNotContain("tabular_e2e", "transformer_finetune", "mlops,");
    }

    @Test
    void theRepositoryThatQualifiesButFillsAnotherSlotIsNamedWithTheEmptySlot() throws IOException {
        String text = unwrapped(render(new TextReportRenderer(false)));

        assertThat(text)
                .contains("End-to-end tabular project no repository: jdoe-ml/churn-guard qualifies but fills the "
                        + "MLOps project; one repository fills one slot: a second project is needed.");
    }

    @Test
    void theStepThatCompletesASlotComesFirstAndSaysSo() throws IOException {
        String steps = unwrapped(section(render(new TextReportRenderer(false)), "Next steps"));

        assertThat(steps)
                .startsWith("Next steps 1. jdoe-ml/review-sentiment: Add a \"What I would do differently\" section")
                .contains("completes Fine-tuned transformer: standard met 2/3, score +1");
        assertThat(steps).doesNotContain("Near misses");
    }

    @Test
    void eachRepositoryShowsOnlyWhatItsOwnSlotMisses() throws IOException {
        String repositories = unwrapped(section(render(new TextReportRenderer(false)), "Repositories"));

        assertThat(repositories)
                .contains("fills Fine-tuned transformer: 87/100; missing: a README retrospective")
                .doesNotContain("CI", "Dockerfile", "monitoring", "feature store");
    }

    @Test
    void everyRedFlagIsInTheDefaultReportOnceEach() throws IOException {
        String text = unwrapped(render(new TextReportRenderer(false)));

        for (RedFlag flag : sample.portfolio().redFlags()) {
            assertThat(text).containsOnlyOnce(flag.message());
        }
    }

    @Test
    void findingsEvidenceAndFixesAreOnlyInTheDetailedReport() throws IOException {
        String brief = render(new TextReportRenderer(false));
        String detailed = unwrapped(render(new TextReportRenderer(false, 100, true)));

        assertThat(brief)
                .doesNotContain("No CI configuration was found", "[readme.retrospective]", "→ Add a GitHub Actions");
        assertThat(detailed)
                .contains("No CI configuration was found", "[readme.retrospective]", "notebooks/Titanic.ipynb");
    }

    @Test
    void widthComesFromColumnsThenTheTerminalThenTheDefault() {
        assertThat(TextWrap.widthFor(Optional.of("132"), OptionalInt.of(90))).isEqualTo(132);
        assertThat(TextWrap.widthFor(Optional.empty(), OptionalInt.of(90))).isEqualTo(90);
        assertThat(TextWrap.widthFor(Optional.empty(), OptionalInt.empty())).isEqualTo(TextWrap.DEFAULT_WIDTH);
        assertThat(TextWrap.widthFor(Optional.of("wide"), OptionalInt.empty())).isEqualTo(TextWrap.DEFAULT_WIDTH);
        assertThat(TextWrap.widthFor(Optional.of("12"), OptionalInt.empty())).isEqualTo(TextWrap.MIN_WIDTH);
    }

    @Test
    void repositoryScoresAreRightAlignedInAsciiDigitsWhateverTheDefaultLocale() throws IOException {
        Locale before = Locale.getDefault();
        List<String> scores;
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            scores = lines(new TextReportRenderer(false, 100, false)).stream()
                    .filter(line -> line.matches(".*  score [ 0-9]{3}  .*"))
                    .map(line -> line.replaceAll(".*  score ([ 0-9]{3})  .*", "$1"))
                    .toList();
        } finally {
            Locale.setDefault(before);
        }

        assertThat(scores)
                .hasSize(sample.repos().size())
                .containsExactlyElementsOf(sample.repos().stream()
                        .map(repo -> " ".repeat(3 - String.valueOf(repo.score()).length()) + repo.score())
                        .toList());
    }

    @Test
    void colourCodesTakeNoWidth() {
        List<String> lines = new TextWrap(40)
                .wrap("", "", "\u001b[1mbold\u001b[0m " + "word ".repeat(7).strip());

        assertThat(lines).hasSize(1);
    }

    private static String section(String text, String heading) {
        int start = text.indexOf(heading + "\n");
        int end = text.indexOf("\n\n", start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static String unwrapped(String text) {
        return text.replaceAll("\\s*\n\\s*", " ").replaceAll(" {2,}", " ");
    }

    private static List<String> lines(TextReportRenderer renderer) throws IOException {
        return render(renderer).lines().toList();
    }

    private static String render(TextReportRenderer renderer) throws IOException {
        return render(renderer, sample);
    }

    private static String render(TextReportRenderer renderer, AuditReport report) throws IOException {
        StringWriter out = new StringWriter();
        renderer.render(report, out);
        return out.toString();
    }
}
