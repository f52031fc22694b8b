package dev.hireable.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hireable.audit.AuditReport;
import dev.hireable.rules.catalog.RuleCatalog;
import dev.hireable.standard.NextStep;
import dev.hireable.standard.RedFlag;
import dev.hireable.standard.SlotResult;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every format shows what the audit decided, the same in each: the red flags, the slots (title and repository) and
 * the next steps of the sample portfolio, as the audit model holds them. Renderers present; they never decide.
 */
class ReportFormatsAgreeTest {

    private static RuleCatalog catalog;
    private static AuditReport audit;

    @BeforeAll
    static void auditTheSamplePortfolio() throws Exception {
        catalog = RuleCatalog.builtIn();
        audit = SamplePortfolio.audit(catalog);
    }

    @Test
    void theSamplePortfolioHasSomethingOfEachToShow() {
        assertThat(audit.portfolio().redFlags()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(audit.portfolio().nextSteps()).isNotEmpty();
        assertThat(audit.portfolio().slotsInOrder()).hasSize(3);
    }

    @Test
    void everyTextualFormatShowsEveryRedFlagSlotAndNextStep() throws IOException {
        List<String> renderings = List.of(
                unwrapped(render(new TextReportRenderer(false))),
                unwrapped(render(new TextReportRenderer(false, 60, true))),
                render(new MarkdownReportRenderer()),
                Jsoup.parse(render(new HtmlReportRenderer(catalog))).text());

        for (String rendering : renderings) {
            for (RedFlag flag : audit.portfolio().redFlags()) {
                assertThat(unescaped(rendering)).contains(flag.message());
            }
            for (SlotResult slot : audit.portfolio().slotsInOrder()) {
                assertThat(rendering).contains(slot.title());
                slot.repo().ifPresent(repo -> assertThat(rendering).contains(repo));
            }
            for (NextStep step : audit.portfolio().nextSteps()) {
                assertThat(unescaped(rendering)).contains(step.action());
            }
        }
    }

    @Test
    void jsonAndSarifCarryTheSameRedFlagsSlotsAndNextSteps() throws IOException {
        JsonNode json = new ObjectMapper().readTree(render(new JsonReportRenderer()));
        JsonNode sarif = new ObjectMapper()
                .readTree(render(new SarifReportRenderer(catalog)))
                .path("runs")
                .path(0)
                .path("properties");
        List<String> flags =
                audit.portfolio().redFlags().stream().map(RedFlag::message).toList();
        List<String> actions =
                audit.portfolio().nextSteps().stream().map(NextStep::action).toList();

        assertThat(texts(json.path("portfolio").path("redFlags"), n -> n.path("message")))
                .isEqualTo(flags);
        assertThat(texts(sarif.path("redFlags"), n -> n.path("message"))).isEqualTo(flags);
        assertThat(texts(json.path("portfolio").path("nextSteps"), n -> n.path("action")))
                .isEqualTo(actions);
        assertThat(texts(sarif.path("nextSteps"), n -> n.path("action"))).isEqualTo(actions);
        for (SlotResult slot : audit.portfolio().slotsInOrder()) {
            assertThat(json.path("portfolio")
                            .path("slots")
                            .path(slot.slot().id())
                            .path("title")
                            .asText())
                    .isEqualTo(slot.title());
        }
        assertThat(texts(sarif.path("slots"), n -> n.path("title")))
                .isEqualTo(audit.portfolio().slotsInOrder().stream()
                        .map(SlotResult::title)
                        .toList());
    }

    @Test
    void everyRedFlagOfTheReportIsOneOfItsRepositories() {
        assertThat(audit.portfolio().redFlags())
                .isEqualTo(audit.repos().stream()
                        .flatMap(r -> r.redFlags().stream())
                        .toList());
    }

    private static List<String> texts(JsonNode array, Function<JsonNode, JsonNode> field) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        array.forEach(node -> texts.add(field.apply(node).asText()));
        return texts;
    }

    /** The text report is wrapped to the terminal's width: a line break and its indent read as one space. */
    private static String unwrapped(String text) {
        return text.replaceAll("\\s*\n\\s*", " ");
    }

    /** Markdown escapes punctuation with backslashes; the words are what a reader sees. */
    private static String unescaped(String rendering) {
        return rendering.replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>|~])", "$1");
    }

    private static String render(ReportRenderer renderer) throws IOException {
        StringWriter out = new StringWriter();
        renderer.render(audit, out);
        return out.toString();
    }
}
